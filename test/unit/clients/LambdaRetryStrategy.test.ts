import { LambdaRetryStrategy } from '../../../src/clients/LambdaRetryStrategy';

const withStatus = (httpStatusCode: number) => Object.assign(new Error('x'), { $metadata: { httpStatusCode } });
const withCode = (code: string, name = 'Error') => Object.assign(new Error(code), { code, name });

describe('Class: LambdaRetryStrategy', () => {
    describe('Method: mayHaveReachedFunction', () => {
        it.each([
            ['a 429', withStatus(429), false],
            ['a 500', withStatus(500), false],
            ['a 503', withStatus(503), false],
            ['a 200 that broke while read', withStatus(200), true],
            ['a refused connection', withCode('ECONNREFUSED'), false],
            ['a DNS failure', withCode('ENOTFOUND'), false],
            ['a reset', withCode('ECONNRESET', 'TimeoutError'), true],
            ['a socket timeout', withCode('ETIMEDOUT', 'TimeoutError'), true],
            ['an abort', Object.assign(new Error('aborted'), { name: 'AbortError' }), true],
        ])('classifies %s', (_name, error, expected) => {
            expect(LambdaRetryStrategy.mayHaveReachedFunction(error)).toBe(expected);
        });
    });

    describe('Method: refreshRetryTokenForRetry', () => {
        it('refuses to retry an error that may have reached the function', async () => {
            const strategy = new LambdaRetryStrategy(3, false);
            const token = await strategy.acquireInitialRetryToken('');
            await expect(strategy.refreshRetryTokenForRetry(token, { errorType: 'TRANSIENT', error: withCode('ECONNRESET') as never }))
                .rejects.toThrow('may already be running');
        });

        it('retries the same error when retryUnsafe is set', async () => {
            const strategy = new LambdaRetryStrategy(3, true);
            const token = await strategy.acquireInitialRetryToken('');
            const next = await strategy.refreshRetryTokenForRetry(token, { errorType: 'TRANSIENT', error: withCode('ECONNRESET') as never });
            expect(next.getRetryCount()).toBe(1);
        });

        it('retries a refused connection and stops after maxAttempts', async () => {
            const strategy = new LambdaRetryStrategy(2, false);
            const token = await strategy.acquireInitialRetryToken('');
            const info = { errorType: 'TRANSIENT' as const, error: withCode('ECONNREFUSED') as never };
            const next = await strategy.refreshRetryTokenForRetry(token, info);
            await expect(strategy.refreshRetryTokenForRetry(next, info)).rejects.toThrow();
            strategy.recordSuccess(next);
        });
    });
});
