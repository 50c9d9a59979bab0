/** @module clients */
import { type StandardRetryStrategy } from '@smithy/core/retry';
import { type RetryErrorInfo, type RetryStrategyV2, type StandardRetryToken } from '@smithy/types';

import { LambdaErrorMapper } from '../errors/LambdaErrorMapper';
import { SdkModules } from './SdkModules';

/**
 * The SDK's standard retry strategy (exponential backoff with jitter, `Retry-After` honoured, a client-wide retry
 * quota), restricted so that a non-idempotent function is never run twice by accident.
 *
 * Retried: throttling (429), service errors that came with an HTTP error status (5xx), and failures where the request
 * never reached Lambda (connection refused, DNS failure, unreachable host, connect timeout).
 * Not retried unless `retryUnsafe` is set: timeouts and connection resets after the request was sent, and success
 * responses that broke while being read, because the function may already be running or have run.
 */
export class LambdaRetryStrategy implements RetryStrategyV2 {
    private readonly _standard: StandardRetryStrategy;

    /**
     * Creates the strategy.
     *
     * @param maxAttempts - attempts in all, the first one included (`options.retries` + 1).
     * @param retryUnsafe - also retry failures after the request was sent (`options.retry_unsafe`).
     */
    public constructor(maxAttempts: number, private readonly retryUnsafe: boolean) {
        this._standard = new (SdkModules.retry().StandardRetryStrategy)(maxAttempts);
    }

    /** @inheritDoc */
    public acquireInitialRetryToken(retryTokenScope: string): Promise<StandardRetryToken> {
        return this._standard.acquireInitialRetryToken(retryTokenScope);
    }

    /** @inheritDoc */
    public refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
        if (!this.retryUnsafe && LambdaRetryStrategy.mayHaveReachedFunction(errorInfo.error)) {
            // Rejecting makes the SDK throw the original error.
            return Promise.reject(new Error('Not retried: the function may already be running'));
        }
        return this._standard.refreshRetryTokenForRetry(token, errorInfo);
    }

    /** @inheritDoc */
    public recordSuccess(token: StandardRetryToken): void {
        this._standard.recordSuccess(token);
    }

    /**
     * Tells whether a failed attempt may have delivered the request to the function: the connection had been
     * established and either no HTTP response came back or a success response broke while it was read.
     *
     * @param error - the error of the failed attempt.
     * @returns true when retrying could run the function a second time.
     */
    public static mayHaveReachedFunction(error: unknown): boolean {
        const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
        if (status != null) {
            return status < 300;
        }
        return !LambdaErrorMapper.isConnectFailure(error);
    }
}
