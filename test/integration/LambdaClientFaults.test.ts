import { createServer } from 'node:net';

import {
    type ApplicationException,
    BadRequestException,
    ConnectionException,
    InvalidStateException,
    InvocationException,
    NotFoundException,
    UnauthorizedException,
} from 'pip-services4-commons-node';

import { ConfigParams } from '../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../src/pip-services4/components/context/Context';
import { Descriptor } from '../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../src/pip-services4/components/refer/References';
import { type IContext } from '../../src/pip-services4/components/context/IContext';
import { LogLevel } from '../../src/pip-services4/observability/log/LogLevel';
import { Logger } from '../../src/pip-services4/observability/log/Logger';
import {
    empty,
    FakeLambdaServer,
    functionError,
    hang,
    json,
    raw,
    reset,
    resetMidResponse,
    sequence,
    serviceError,
    throttled,
    withLogTail,
} from '../helpers/FakeLambdaServer';
import { ProbeLambdaClient } from '../helpers/ProbeLambdaClient';

const ACCESS_ID = 'AKIDINTEGRATION';
const ACCESS_KEY = 'Integration/Secret+Key/0123456789abcdefEXAMPLE';
const SESSION_TOKEN = 'IntegrationSessionTokenSECRET';

/** Keeps every log line, with the error's text and stack, at trace level. */
class CapturingLogger extends Logger {
    public readonly lines: string[] = [];

    public constructor() {
        super();
        this.setLevel(LogLevel.Trace);
    }

    protected write(level: LogLevel, context: IContext | null, error: Error | null, message: string): void {
        this.lines.push([level, context?.get('trace_id'), message, error?.toString(), error?.stack,
            JSON.stringify(error)].join(' | '));
    }
}

async function rejectionOf(promise: Promise<unknown>): Promise<ApplicationException> {
    try {
        await promise;
    } catch (err) {
        return err as ApplicationException;
    }
    throw new Error('expected a rejection');
}

async function freePort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
}

describe.each([
    ['the direct Invoke path', true],
    ['the SDK command pipeline', false],
])('Integration: LambdaClient against a fault-injecting Invoke endpoint, through %s', (_path, directInvoke) => {
    let server: FakeLambdaServer;
    let logger: CapturingLogger;
    const clients: ProbeLambdaClient[] = [];
    const errorTexts: string[] = [];

    async function openClient(...options: unknown[]): Promise<ProbeLambdaClient> {
        const client = new ProbeLambdaClient();
        client.configure(ConfigParams.fromTuples(
            'connection.arn', 'faulty',
            'connection.region', 'us-east-1',
            'connection.endpoint', server.endpoint,
            'credential.access_id', ACCESS_ID,
            'credential.access_key', ACCESS_KEY,
            'credential.session_token', SESSION_TOKEN,
            'options.retries', 0,
            'options.direct_invoke', directInvoke,
            ...options,
        ));
        client.setReferences(References.fromTuples(new Descriptor('test', 'logger', 'capture', 'default', '1.0'), logger));
        await client.open(Context.fromTraceId('open-trace'));
        clients.push(client);
        return client;
    }

    /** Calls through instrument, as user code does, and keeps the error's texts for the secrets check. */
    async function failingCall(client: ProbeLambdaClient, cmd = 'work', params: object = {}, traceId = 'trace-x'): Promise<ApplicationException> {
        const context = Context.fromTraceId(traceId);
        const timing = client.probeInstrument(context, 'faults.' + cmd);
        const error = await rejectionOf(client.probeCall(cmd, context, params));
        timing.endTiming(error);
        errorTexts.push(String(error), error.message, JSON.stringify(error), error.stack ?? '', error.getCauseString() ?? '',
            JSON.stringify(error.details), String((error as { cause?: unknown }).cause),
            JSON.stringify((error as { cause?: unknown }).cause) ?? '');
        return error;
    }

    beforeAll(async () => {
        server = await FakeLambdaServer.start({
            verifySignature: { accessKeyId: ACCESS_ID, secretAccessKey: ACCESS_KEY, region: 'us-east-1' },
        });
        logger = new CapturingLogger();
    });

    afterEach(async () => {
        await Promise.all(clients.splice(0).map((client) => client.close(null)));
        server.reset();
    });

    afterAll(async () => {
        await server.stop();
        // Secrets: every log line at trace level and every error text of this suite.
        const everything = [...logger.lines, ...errorTexts].join('\n');
        expect(logger.lines.length).toBeGreaterThan(10);
        expect(everything).not.toContain(ACCESS_KEY);
        expect(everything).not.toContain(SESSION_TOKEN);
    });

    describe('Success paths', () => {
        it('sends a signed request that the endpoint verifies, and parses the result', async () => {
            const client = await openClient();
            server.onInvoke((req) => json({ got: req.json }));

            const result = await client.probeCall('echo', Context.fromTraceId('t-sig'), { n: 1 });

            expect(result).toEqual({ got: { n: 1, cmd: 'echo', trace_id: 't-sig' } });
            expect(server.requests).toHaveLength(1);
            expect(server.requests[0].signatureValid).toBe(true);
            expect(server.requests[0].headers['x-amz-security-token']).toBe(SESSION_TOKEN);
            expect(server.requests[0].functionName).toBe('faulty');
        });

        it('resolves callOneWay on 202 with an empty body', async () => {
            const client = await openClient();
            server.onInvoke(empty(202));

            await expect(client.probeCallOneWay('later', null, { a: 1 })).resolves.toBeUndefined();
            expect(server.requests[0].invocationType).toBe('Event');
        });

        it('returns null for an empty 200 body', async () => {
            const client = await openClient();
            server.onInvoke(empty(200));
            await expect(client.probeCall('nothing', null)).resolves.toBeNull();
        });
    });

    describe('Function errors', () => {
        it('rejects Unhandled with a plain runtime payload as InvocationException FUNCTION_ERROR', async () => {
            const client = await openClient();
            server.onInvoke(functionError('Unhandled', { errorType: 'TypeError', errorMessage: 'x is undefined', trace: ['TypeError: x is undefined', '    at h (index.js:1:1)'] }));

            const error = await failingCall(client, 'work', {}, 't-fe');

            expect(error).toBeInstanceOf(InvocationException);
            expect(error).toMatchObject({ code: 'FUNCTION_ERROR', message: 'x is undefined', trace_id: 't-fe' });
            expect(error.details.getAsString('function_error')).toBe('Unhandled');
            expect(error.details.getAsString('error_type')).toBe('TypeError');
            expect(error.details.getAsString('stack_trace')).toContain('index.js:1:1');
        });

        it('rejects Handled with a pip-services4 description as the rebuilt exception class', async () => {
            const client = await openClient();
            server.onInvoke(functionError('Handled', { category: 'NotFound', code: 'DUMMY_NOT_FOUND', status: 404, message: 'no dummy', trace_id: 't-pip', details: { id: '9' } }));

            const error = await failingCall(client, 'get', {}, 't-pip');

            expect(error).toBeInstanceOf(NotFoundException);
            expect(error).toMatchObject({ code: 'DUMMY_NOT_FOUND', status: 404, trace_id: 't-pip' });
            expect(error.details.getAsString('id')).toBe('9');
        });

        it('uses an upper-case errorType (a pip-services4 error thrown in Node) as the code', async () => {
            const client = await openClient();
            server.onInvoke(functionError('Unhandled', { errorType: 'NO_ACTION', errorMessage: 'No action get found', trace: [] }));

            const error = await failingCall(client);
            expect(error).toMatchObject({ code: 'NO_ACTION', message: 'No action get found' });
        });

        it('puts the decoded log tail into the details when options.log_type is Tail', async () => {
            const client = await openClient('options.log_type', 'Tail');
            server.onInvoke(withLogTail(functionError('Unhandled', { errorType: 'Error', errorMessage: 'boom' }), 'START\nboom at line 3\nEND'));

            const error = await failingCall(client);

            expect(server.requests[0].logType).toBe('Tail');
            expect(error.details.getAsString('log_tail')).toBe('START\nboom at line 3\nEND');
        });

        it('rejects a non-JSON success body with DESERIALIZATION_FAILED', async () => {
            const client = await openClient();
            server.onInvoke(raw('<html>not json</html>', 200, { 'content-type': 'text/html' }));

            const error = await failingCall(client);
            expect(error).toBeInstanceOf(InvocationException);
            expect(error.code).toBe('DESERIALIZATION_FAILED');
        });
    });

    describe('Service errors', () => {
        it.each([
            ['404 ResourceNotFoundException', 404, 'ResourceNotFoundException', NotFoundException, 'FUNCTION_NOT_FOUND'],
            ['403 AccessDeniedException', 403, 'AccessDeniedException', UnauthorizedException, 'ACCESS_DENIED'],
            ['413 RequestTooLargeException', 413, 'RequestTooLargeException', BadRequestException, 'REQUEST_TOO_LARGE'],
            ['400 InvalidRequestContentException', 400, 'InvalidRequestContentException', BadRequestException, 'INVALID_REQUEST'],
        ])('maps %s', async (_name, status, type, errorClass, code) => {
            const client = await openClient();
            server.onInvoke(serviceError(status, type, 'service said no'));

            const error = await failingCall(client, 'work', {}, 't-svc');

            expect(error).toBeInstanceOf(errorClass);
            expect(error).toMatchObject({ code, trace_id: 't-svc' });
            const cause = (error as { cause?: { name?: string; $metadata?: { httpStatusCode?: number } } }).cause;
            expect(cause).toBeInstanceOf(Error);
            expect(cause?.$metadata?.httpStatusCode).toBe(status);
        });

        it('rejects a request signed with the wrong key as UnauthorizedException', async () => {
            const client = await openClient('credential.access_key', 'wrong-secret');
            server.onInvoke(json({}));

            const error = await failingCall(client);

            expect(error).toBeInstanceOf(UnauthorizedException);
            expect(server.requests[0].signatureValid).toBe(false);
        });

        it.each([500, 503])('retries %i and then fails with CALL_FAILED keeping the status', async (status) => {
            const client = await openClient('options.retries', 1);
            server.onInvoke(serviceError(status, status === 500 ? 'ServiceException' : 'ServiceUnavailable', 'down'));

            const error = await failingCall(client);

            expect(error).toBeInstanceOf(InvocationException);
            expect(error).toMatchObject({ code: 'CALL_FAILED', status });
            expect(server.requests).toHaveLength(2);
        });

        it('retries 429 honouring Retry-After and succeeds', async () => {
            const client = await openClient('options.retries', 2);
            server.onInvoke(sequence(throttled(0), json({ ok: true })));

            await expect(client.probeCall('work', null)).resolves.toEqual({ ok: true });
            expect(server.requests).toHaveLength(2);
        });

        it('fails with TOO_MANY_REQUESTS (429) when throttling outlasts the retries', async () => {
            const client = await openClient('options.retries', 1);
            server.onInvoke(throttled(0));

            const error = await failingCall(client);

            expect(error).toBeInstanceOf(InvocationException);
            expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 429 });
            expect(server.requests).toHaveLength(2);
        });

        it('makes exactly one attempt with options.retries 0', async () => {
            const client = await openClient('options.retries', 0);
            server.onInvoke(serviceError(500, 'ServiceException', 'down'));

            await failingCall(client);
            expect(server.requests).toHaveLength(1);
        });
    });

    describe('Transport failures and timeouts', () => {
        it('rejects a response that never comes within options.timeout, invoking the function once', async () => {
            const client = await openClient('options.timeout', 300, 'options.retries', 2);
            server.onInvoke(hang());

            const error = await failingCall(client, 'slow', {}, 't-hang');

            expect(error).toBeInstanceOf(InvocationException);
            expect(error).toMatchObject({ code: 'TIMEOUT', trace_id: 't-hang' });
            expect(server.requests).toHaveLength(1);
        });

        it('does not retry a connection reset after the request was sent', async () => {
            const client = await openClient('options.retries', 2);
            server.onInvoke(resetMidResponse());

            const error = await failingCall(client);

            expect(error).toBeInstanceOf(ConnectionException);
            expect(error.code).toBe('CONNECTION_RESET');
            expect(server.requests).toHaveLength(1);
        });

        it('does not retry a reset without response by default, and retries it with options.retry_unsafe', async () => {
            const safe = await openClient('options.retries', 2);
            server.onInvoke(reset());
            const error = await failingCall(safe);
            expect(error).toBeInstanceOf(ConnectionException);
            expect(server.requests).toHaveLength(1);

            server.reset();
            const unsafe = await openClient('options.retries', 2, 'options.retry_unsafe', true);
            server.onInvoke(sequence(reset(), json({ second: true })));
            await expect(unsafe.probeCall('work', null)).resolves.toEqual({ second: true });
            expect(server.requests).toHaveLength(2);
        });

        it('maps a refused connection to ConnectionException CONNECT_FAILED', async () => {
            const port = await freePort();
            const client = new ProbeLambdaClient();
            client.configure(ConfigParams.fromTuples('connection.arn', 'faulty', 'connection.region', 'us-east-1',
                'connection.endpoint', 'http://127.0.0.1:' + port, 'credential.access_id', ACCESS_ID,
                'credential.access_key', ACCESS_KEY, 'options.retries', 0, 'options.direct_invoke', directInvoke));
            await client.open(null);
            clients.push(client);

            const error = await failingCall(client, 'work', {}, 't-refused');

            expect(error).toBeInstanceOf(ConnectionException);
            expect(error).toMatchObject({ code: 'CONNECT_FAILED', trace_id: 't-refused' });
        });
    });

    describe('Credentials', () => {
        it('refreshes expiring credentials from the default provider chain between calls', async () => {
            const saved = { ...process.env };
            process.env.AWS_ACCESS_KEY_ID = 'FIRSTKEYID';
            process.env.AWS_SECRET_ACCESS_KEY = 'first-secret';
            // Expiring within the SDK's refresh window: every call asks the provider chain again.
            process.env.AWS_CREDENTIAL_EXPIRATION = new Date(Date.now() + 60_000).toISOString();
            // This endpoint does not check signatures: the keys change between the calls.
            const unchecked = await FakeLambdaServer.start();
            try {
                const client = new ProbeLambdaClient();
                client.configure(ConfigParams.fromTuples('connection.arn', 'faulty', 'connection.region', 'us-east-1',
                    'connection.endpoint', unchecked.endpoint, 'options.retries', 0, 'options.direct_invoke', directInvoke));
                await client.open(null);
                clients.push(client);
                unchecked.onInvoke(json({}));

                await client.probeCall('first', null);
                process.env.AWS_ACCESS_KEY_ID = 'SECONDKEYID';
                process.env.AWS_SECRET_ACCESS_KEY = 'second-secret';
                // The SDK refreshes still-valid credentials in the background: a later call signs with the new ones.
                await client.probeCall('second', null);
                await client.probeCall('third', null);

                const ids = unchecked.requests.map((req) => /Credential=([^/]+)\//.exec(String(req.headers.authorization))?.[1]);
                expect(ids[0]).toBe('FIRSTKEYID');
                expect(ids[2]).toBe('SECONDKEYID');
            } finally {
                await unchecked.stop();
                for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_CREDENTIAL_EXPIRATION']) {
                    if (saved[key] === undefined) {
                        delete process.env[key];
                    } else {
                        process.env[key] = saved[key];
                    }
                }
            }
        });
    });

    describe('Bad input', () => {
        const cycle: Record<string, unknown> = {};
        cycle.me = cycle;

        it.each([
            ['an empty cmd', '', {}, 'NO_COMMAND'],
            ['a cycle', 'work', cycle, 'SERIALIZATION_FAILED'],
            ['a BigInt', 'work', { big: BigInt(10) }, 'SERIALIZATION_FAILED'],
            ['a payload over 6 MB', 'work', { blob: 'é'.repeat(3_200_000) }, 'PAYLOAD_TOO_LARGE'],
        ])('rejects %s before sending anything', async (_name, cmd, params, code) => {
            const client = await openClient();
            const error = await failingCall(client, cmd, params, 't-bad');

            expect(error).toBeInstanceOf(BadRequestException);
            expect(error).toMatchObject({ code, trace_id: 't-bad' });
            expect(server.requests).toHaveLength(0);
        });
    });

    describe('Lifecycle under fire', () => {
        it('rejects calls in flight when closed with CLIENT_CLOSED, and later calls with NOT_OPENED', async () => {
            const client = await openClient();
            server.onInvoke(hang());
            const inFlight = [1, 2, 3].map((n) => rejectionOf(client.probeCall('slow', Context.fromTraceId('t-' + n))));
            await server.waitForRequests(3);

            await client.close(null);
            const errors = await Promise.all(inFlight);

            for (const [index, error] of errors.entries()) {
                expect(error).toBeInstanceOf(InvalidStateException);
                expect(error).toMatchObject({ code: 'CLIENT_CLOSED', trace_id: 't-' + (index + 1) });
            }
            const after = await rejectionOf(client.probeCall('slow', null));
            expect(after).toBeInstanceOf(InvalidStateException);
            expect(after.code).toBe('NOT_OPENED');
        });

        it('lets completed calls resolve when close comes after them', async () => {
            const client = await openClient();
            server.onInvoke(json({ done: true }));
            const results = await Promise.all([client.probeCall('a', null), client.probeCall('b', null)]);
            await client.close(null);
            expect(results).toEqual([{ done: true }, { done: true }]);
        });
    });

    describe('Load', () => {
        it('answers 5,000 calls at concurrency 64 each with its own reply, within the socket pool', async () => {
            const client = await openClient('options.max_sockets', 16);
            server.onInvoke((req) => json({ id: (req.json as { id: number }).id }));
            const total = 5_000;
            const concurrency = 64;
            let next = 0;
            const seen = new Set<number>();

            const worker = async (): Promise<void> => {
                while (next < total) {
                    const id = next++;
                    const reply = await client.probeCall<{ id: number }>('echo', null, { id });
                    expect(reply.id).toBe(id);
                    seen.add(id);
                }
            };
            await Promise.all(Array.from({ length: concurrency }, worker));

            expect(seen.size).toBe(total);
            expect(server.requests).toHaveLength(total);
            const sentIds = new Set(server.requests.map((req) => (req.json as { id: number }).id));
            expect(sentIds.size).toBe(total);
            expect(server.connectionCount).toBeLessThanOrEqual(16);
        });
    });
});
