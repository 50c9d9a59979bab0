/** @module clients */
import { type IncomingMessage } from 'node:http';

import { type LambdaClient as AwsLambdaClient, type LambdaServiceException } from '@aws-sdk/client-lambda';
import { extendedEncodeURIComponent, HttpRequest, type HttpResponse } from '@smithy/core/protocols';
import {
    getRetryAfterHint,
    isClockSkewError,
    isServerError,
    isThrottlingError,
    isTransientError,
} from '@smithy/core/retry';
import { type CallSignal } from './CallSignal';
import { SdkModules } from './SdkModules';
import {
    type RequestSigner,
    type RetryErrorInfo,
    type RetryErrorType,
    type RetryStrategyV2,
    type SdkError,
    type StandardRetryToken,
} from '@smithy/types';

/** The parts of an Invoke response that the client reads. */
export interface DirectInvokeOutput {
    /** HTTP status: 200 (RequestResponse), 202 (Event), 204 (DryRun). */
    StatusCode: number;
    /** The response payload. */
    Payload: Uint8Array;
    /** `Handled` or `Unhandled` when the function failed. */
    FunctionError?: string;
    /** The base64 log tail, when requested. */
    LogResult?: string;
    /** The version that an alias resolved to. */
    ExecutedVersion?: string;
}

type ServiceExceptionClass = new (options: Record<string, unknown>) => LambdaServiceException;

/** The SDK's own exception classes for Lambda, by error name, so that a service error keeps its SDK class. */
let exceptionClasses: Map<string, ServiceExceptionClass> | null = null;

function exceptionClassOf(name: string): ServiceExceptionClass | null {
    if (exceptionClasses == null) {
        exceptionClasses = new Map();
        const lambdaModule = SdkModules.lambda();
        for (const value of Object.values(lambdaModule)) {
            if (typeof value === 'function' && value.prototype instanceof lambdaModule.LambdaServiceException) {
                exceptionClasses.set(value.name, value as unknown as ServiceExceptionClass);
            }
        }
    }
    return exceptionClasses.get(name) ?? null;
}

/** The retry middleware's classification of an error, for the retry strategy. */
function retryErrorType(error: SdkError): RetryErrorType {
    if (isThrottlingError(error)) {
        return 'THROTTLING';
    }
    if (isTransientError(error)) {
        return 'TRANSIENT';
    }
    return isServerError(error) ? 'SERVER_ERROR' : 'CLIENT_ERROR';
}

function abortError(): Error {
    return Object.assign(new Error('Request aborted'), { name: 'AbortError' });
}

/** Resolves `promise` or rejects with an AbortError as soon as `signal` fires. */
function raceAbort<T>(promise: Promise<T>, signal: CallSignal): Promise<T> {
    if (signal.aborted) {
        return Promise.reject(abortError());
    }
    return new Promise<T>((resolve, reject) => {
        const onAbort = (): void => reject(abortError());
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(
            (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
            (error: unknown) => { signal.removeEventListener('abort', onAbort); reject(error); },
        );
    });
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        let length = 0;
        stream.on('data', (chunk: Buffer) => {
            chunks.push(chunk);
            length += chunk.length;
        });
        stream.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length)));
        stream.on('error', reject);
    });
}

function header(response: HttpResponse, name: string): string | undefined {
    const value = response.headers[name];
    return value === undefined || value === '' ? undefined : value;
}

/**
 * Sends Lambda `Invoke` requests through one SDK client's own configured parts, without its generic command
 * pipeline: the client's signer (with its credential provider, which refreshes expiring credentials), its endpoint,
 * its request handler (keep-alive agent, connection timeout), its clock offset and the client's retry strategy.
 *
 * What it leaves out, by profile: per-call middleware stack resolution, schema-based serialization and
 * deserialization, endpoint rule evaluation and signer construction on every call (both are done once here),
 * user-agent assembly, and the retry bookkeeping headers. Behaviour on the wire is the same as `InvokeCommand`:
 * the same path, headers, signature, error classes, retries and `Retry-After` handling.
 *
 * @internal
 */
export class DirectInvoker {
    private _path = '';
    private _pathFunctionName: string | null = null;

    private constructor(
        private readonly _client: AwsLambdaClient,
        private readonly _signer: RequestSigner,
        private readonly _retryStrategy: RetryStrategyV2,
        private readonly _protocol: string,
        private readonly _hostname: string,
        private readonly _port: number | undefined,
        private readonly _basePath: string,
        private readonly _host: string,
        private readonly _userAgent: string,
    ) {}

    /**
     * Creates an invoker from an SDK client's resolved configuration: resolves its signer, endpoint and user agent once.
     *
     * @param client - the SDK client whose parts are used.
     * @param retryStrategy - the retry strategy, the same one the client's middleware uses.
     * @returns a new invoker.
     */
    public static async create(client: AwsLambdaClient, retryStrategy: RetryStrategyV2): Promise<DirectInvoker> {
        const config = client.config;
        const signer = await config.signer();
        let url: URL;
        if (config.isCustomEndpoint && config.endpoint != null) {
            const endpoint = await config.endpoint();
            url = new URL(endpoint.protocol + '//' + endpoint.hostname + (endpoint.port != null ? ':' + endpoint.port : '')
                + (endpoint.path ?? '/'));
        } else {
            const resolved = config.endpointProvider({
                Region: await config.region(),
                UseFIPS: await config.useFipsEndpoint(),
                UseDualStack: await config.useDualstackEndpoint(),
            }, { logger: config.logger });
            url = new URL(resolved.url.href);
        }
        const port = url.port === '' ? undefined : Number(url.port);
        const basePath = (url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname) + '/2015-03-31/functions/';
        const userAgentPairs = await config.defaultUserAgentProvider();
        const userAgent = userAgentPairs.map(([name, version]) => (version ? name + '/' + version : name)).join(' ');
        return new DirectInvoker(client, signer, retryStrategy, url.protocol, url.hostname, port, basePath,
            url.hostname + (port != null ? ':' + port : ''), userAgent);
    }

    /**
     * Invokes a function, retrying as the retry strategy allows.
     *
     * @param functionName - the function name or ARN, sent as it is.
     * @param invocationType - `RequestResponse`, `Event` or `DryRun`.
     * @param logType - `None` or `Tail`.
     * @param payload - the request payload.
     * @param signal - aborts the call (timeout, close).
     * @returns the response.
     * @throws the SDK's exception class for a service error, the handler's error for a transport failure, or an
     *         AbortError; each with `$metadata.attempts`.
     */
    public async invoke(functionName: string, invocationType: string, logType: string, payload: Uint8Array,
        signal: CallSignal): Promise<DirectInvokeOutput> {
        if (functionName !== this._pathFunctionName) {
            this._path = this._basePath + extendedEncodeURIComponent(functionName) + '/invocations';
            this._pathFunctionName = functionName;
        }
        let token = await this._retryStrategy.acquireInitialRetryToken('') as StandardRetryToken;
        let attempts = 0;
        for (;;) {
            try {
                const output = await this.attempt(invocationType, logType, payload, signal, attempts + 1);
                this._retryStrategy.recordSuccess(token);
                return output;
            } catch (error) {
                const failure = (error != null && typeof error === 'object' ? error : new Error(String(error))) as SdkError;
                failure.$metadata = { ...failure.$metadata, attempts: attempts + 1 };
                if (signal.aborted) {
                    throw failure;
                }
                const info: RetryErrorInfo = { error: failure, errorType: retryErrorType(failure) };
                const retryAfter = getRetryAfterHint(failure.$response);
                if (retryAfter != null) {
                    info.retryAfterHint = retryAfter;
                }
                try {
                    token = await raceAbort(this._retryStrategy.refreshRetryTokenForRetry(token, info), signal) as StandardRetryToken;
                } catch (refusal) {
                    throw signal.aborted ? refusal : failure;
                }
                attempts = token.getRetryCount();
                const delay = token.getRetryDelay();
                if (delay > 0) {
                    await raceAbort(new Promise((resolve) => setTimeout(resolve, delay)), signal);
                }
            }
        }
    }

    private async attempt(invocationType: string, logType: string, payload: Uint8Array, signal: CallSignal,
        attempt: number): Promise<DirectInvokeOutput> {
        const config = this._client.config;
        const request = new HttpRequest({
            protocol: this._protocol,
            hostname: this._hostname,
            port: this._port,
            method: 'POST',
            path: this._path,
            headers: {
                'content-type': 'application/octet-stream',
                'content-length': String(payload.byteLength),
                'x-amz-invocation-type': invocationType,
                'x-amz-log-type': logType,
                'x-amz-user-agent': this._userAgent,
                host: this._host,
            },
            body: payload,
        });
        const signed = await this._signer.sign(request, { signingDate: new Date(Date.now() + config.systemClockOffset) });
        const { response } = await config.requestHandler.handle(signed as HttpRequest, { abortSignal: signal }) as { response: HttpResponse };
        const body = await readBody(response.body as IncomingMessage);
        if (response.statusCode >= 300) {
            throw this.serviceError(response, body, attempt);
        }
        return {
            StatusCode: response.statusCode,
            Payload: body,
            FunctionError: header(response, 'x-amz-function-error'),
            LogResult: header(response, 'x-amz-log-result'),
            ExecutedVersion: header(response, 'x-amz-executed-version'),
        };
    }

    /** Builds the SDK's exception for a restJson1 error response, as the generated deserializer does. */
    private serviceError(response: HttpResponse, body: Buffer, attempt: number): LambdaServiceException {
        let document: Record<string, unknown> = {};
        try {
            const parsed: unknown = body.length > 0 ? JSON.parse(body.toString('utf8')) : {};
            if (parsed != null && typeof parsed === 'object') {
                document = parsed as Record<string, unknown>;
            }
        } catch {
            // Not JSON: the status and headers still say what failed.
        }
        const rawType = header(response, 'x-amzn-errortype') ?? (document.__type as string | undefined)
            ?? (document.code as string | undefined) ?? 'Unknown';
        const type = rawType.split(':')[0].split('#').pop() ?? 'Unknown';
        const message = (document.message ?? document.Message ?? 'UnknownError') as string;
        const $metadata = { httpStatusCode: response.statusCode, requestId: header(response, 'x-amzn-requestid'), attempts: attempt };
        const ExceptionClass = exceptionClassOf(type);
        const error = ExceptionClass != null
            ? new ExceptionClass({ ...document, message, $metadata })
            : new (SdkModules.lambda().LambdaServiceException)({ name: type, $fault: response.statusCode >= 500 ? 'server' : 'client', $metadata, message });
        const retryAfter = header(response, 'retry-after');
        if (retryAfter != null && 'retryAfterSeconds' in error) {
            (error as { retryAfterSeconds?: string }).retryAfterSeconds = retryAfter;
        }
        Object.defineProperty(error, '$response', { value: response, enumerable: false, configurable: true, writable: true });
        this.correctClockSkew(error, response);
        return error;
    }

    /** Adopts the server's clock after a clock-skew error, as the SDK's signer does, so that the retry can pass. */
    private correctClockSkew(error: LambdaServiceException, response: HttpResponse): void {
        const date = header(response, 'date');
        if (date == null || !isClockSkewError(error as SdkError)) {
            return;
        }
        const serverTime = Date.parse(date);
        if (Number.isNaN(serverTime)) {
            return;
        }
        const config = this._client.config;
        const offset = serverTime - Date.now();
        if (Math.abs(offset - config.systemClockOffset) >= 240_000) {
            config.systemClockOffset = offset;
            (error.$metadata as { clockSkewCorrected?: boolean }).clockSkewCorrected = true;
        }
    }
}
