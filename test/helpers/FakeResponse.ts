/**
 * Scripted answers for {@link FakeLambdaServer}: the response shapes and the builder functions that make them.
 *
 * The wire formats follow the Lambda Invoke REST API as @aws-sdk/client-lambda 3.x parses it (restJson1):
 * a function result is `200` + JSON body, a function error is `200` + `X-Amz-Function-Error`, and a service
 * error is its HTTP status + `x-amzn-ErrorType: <Type>` + a JSON body `{"Type":"User"|"Service","message":...}`.
 *
 * @module helpers
 */
import { type RecordedInvoke } from './RecordedInvoke';

/** A complete HTTP answer: status line, headers and body. */
export interface HttpFakeResponse {
  /** Discriminator. */
  readonly kind: 'http';
  /** HTTP status code. */
  readonly status: number;
  /** Response headers; the server adds `x-amzn-RequestId`, `Content-Length` (and `X-Amz-Executed-Version` on 200) when absent. */
  readonly headers: Readonly<Record<string, string>>;
  /** Response body (may be empty). */
  readonly body: Buffer;
}

/** Never answers: the socket stays open until the client gives up or the server stops. */
export interface HangFakeResponse {
  /** Discriminator. */
  readonly kind: 'hang';
}

/** Destroys the connection (TCP RST) without writing anything. */
export interface ResetFakeResponse {
  /** Discriminator. */
  readonly kind: 'reset';
}

/** Writes the status line, the headers (announcing a longer body) and part of the body, then destroys the socket. */
export interface ResetMidResponseFakeResponse {
  /** Discriminator. */
  readonly kind: 'resetMidResponse';
  /** HTTP status code written before the connection breaks. */
  readonly status: number;
  /** The bytes written before the connection breaks. */
  readonly partialBody: Buffer;
  /** `Content-Length` announced in the headers; larger than `partialBody`, so the client sees a truncated body. */
  readonly declaredLength: number;
}

/** Sends `response` after `ms` milliseconds (unless the client or the server closed the connection first). */
export interface DelayedFakeResponse {
  /** Discriminator. */
  readonly kind: 'delay';
  /** Delay before answering, in milliseconds. */
  readonly ms: number;
  /** The answer sent after the delay. */
  readonly response: FakeResponse;
}

/** Everything an {@link InvokeHandler} may answer. */
export type FakeResponse =
  | HttpFakeResponse
  | HangFakeResponse
  | ResetFakeResponse
  | ResetMidResponseFakeResponse
  | DelayedFakeResponse;

/**
 * Decides the answer to one recorded Invoke request.
 *
 * @param req - the request as the server recorded it
 * @returns the scripted answer (or a promise of it)
 */
export type InvokeHandler = (req: RecordedInvoke) => FakeResponse | Promise<FakeResponse>;

/** The kinds of function error Lambda reports in `X-Amz-Function-Error`. */
export type FunctionErrorKind = 'Handled' | 'Unhandled';

/** Extra headers and body members for {@link serviceError}. */
export interface ServiceErrorExtra {
  /** Headers added to (or overriding) the defaults. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Members merged into the JSON error body (after `Type` and `message`, so they may override them). */
  readonly body?: Readonly<Record<string, unknown>>;
}

/** Options for {@link resetMidResponse}. */
export interface ResetMidResponseOptions {
  /** HTTP status written before the break; default 200. */
  readonly status?: number;
  /** Bytes written before the break; default `{"partial":` (a truncated JSON document). */
  readonly partialBody?: string | Buffer;
  /** Announced `Content-Length`; default `partialBody` length + 64. */
  readonly declaredLength?: number;
}

const JSON_HEADERS: Readonly<Record<string, string>> = { 'Content-Type': 'application/json' };

function toBuffer(body: string | Buffer): Buffer {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}

function encodeJson(value: unknown): Buffer {
  // JSON.stringify(undefined) yields undefined: send an empty body, as Lambda does for a void handler result.
  const text = JSON.stringify(value);
  return Buffer.from(text ?? '', 'utf8');
}

/**
 * A JSON answer, by default a successful synchronous invocation.
 *
 * @param value - the value to serialize (`undefined` gives an empty body)
 * @param status - HTTP status; default 200
 * @returns the response
 */
export function json(value: unknown, status = 200): HttpFakeResponse {
  return { kind: 'http', status, headers: { ...JSON_HEADERS }, body: encodeJson(value) };
}

/**
 * An arbitrary answer, byte for byte.
 *
 * @param body - the body (strings are UTF-8 encoded)
 * @param status - HTTP status
 * @param headers - response headers; default none
 * @returns the response
 */
export function raw(body: string | Buffer, status: number, headers: Readonly<Record<string, string>> = {}): HttpFakeResponse {
  return { kind: 'http', status, headers: { ...headers }, body: toBuffer(body) };
}

/**
 * A bodiless answer, e.g. 202 for an `Event` invocation or 204 for `DryRun`.
 *
 * @param status - HTTP status
 * @returns the response
 */
export function empty(status: number): HttpFakeResponse {
  return { kind: 'http', status, headers: {}, body: Buffer.alloc(0) };
}

/**
 * A failed function: HTTP 200 with `X-Amz-Function-Error` and the error document as the payload.
 * The SDK resolves (it does not throw) with `FunctionError` set and the document in `Payload`.
 *
 * @param kind - `Handled` or `Unhandled`
 * @param payload - the error document, e.g. `{ errorType, errorMessage, trace }`; JSON-encoded unless a Buffer
 * @param logTail - optional log text, sent base64-encoded in `X-Amz-Log-Result`
 * @returns the response
 */
export function functionError(kind: FunctionErrorKind, payload: unknown, logTail?: string): HttpFakeResponse {
  const body = Buffer.isBuffer(payload) ? payload : encodeJson(payload);
  const response: HttpFakeResponse = {
    kind: 'http',
    status: 200,
    headers: { ...JSON_HEADERS, 'X-Amz-Function-Error': kind },
    body,
  };
  return logTail === undefined ? response : withLogTail(response, logTail);
}

/**
 * A Lambda service error in restJson1 form. The SDK picks the exception class from the `x-amzn-ErrorType`
 * header: modelled Lambda errors (ResourceNotFoundException, InvalidRequestContentException, ...) become their
 * own classes, any other type becomes a `LambdaServiceException` whose `name` is the type.
 *
 * @param status - HTTP status, e.g. 404
 * @param type - error type, e.g. `ResourceNotFoundException`
 * @param message - human-readable message (body member `message`)
 * @param extra - extra headers and body members
 * @returns the response
 */
export function serviceError(status: number, type: string, message: string, extra: ServiceErrorExtra = {}): HttpFakeResponse {
  const body = { Type: status >= 500 ? 'Service' : 'User', message, ...extra.body };
  return {
    kind: 'http',
    status,
    headers: { ...JSON_HEADERS, 'x-amzn-ErrorType': type, ...extra.headers },
    body: encodeJson(body),
  };
}

/**
 * A throttled invocation: 429 `TooManyRequestsException` with a `Retry-After` header (which is where the SDK
 * reads `retryAfterSeconds` from, and what its retry strategy honours) and the same value in the body.
 *
 * @param retryAfterSeconds - seconds the caller should wait; keep it 0 or 1 in tests
 * @param reason - the throttle reason; default `ReservedFunctionConcurrentInvocationLimitExceeded`
 * @returns the response
 */
export function throttled(retryAfterSeconds: number, reason = 'ReservedFunctionConcurrentInvocationLimitExceeded'): HttpFakeResponse {
  const seconds = String(retryAfterSeconds);
  return serviceError(429, 'TooManyRequestsException', 'Rate Exceeded.', {
    headers: { 'Retry-After': seconds },
    body: { Reason: reason, retryAfterSeconds: seconds },
  });
}

/**
 * Adds a log tail (`X-Amz-Log-Result`, base64) to an HTTP response; the SDK exposes it as `LogResult`.
 *
 * @param response - an HTTP response
 * @param text - the log text
 * @returns a new response with the header set
 */
export function withLogTail(response: HttpFakeResponse, text: string): HttpFakeResponse;
/**
 * Adds a log tail (`X-Amz-Log-Result`, base64) to a response; the SDK exposes it as `LogResult`.
 *
 * @param response - an HTTP response, or a delayed one wrapping an HTTP response
 * @param text - the log text
 * @returns a new response with the header set
 * @throws TypeError when the response never sends headers (hang, reset, resetMidResponse)
 */
export function withLogTail(response: FakeResponse, text: string): FakeResponse;
export function withLogTail(response: FakeResponse, text: string): FakeResponse {
  switch (response.kind) {
    case 'http':
      return {
        ...response,
        headers: { ...response.headers, 'X-Amz-Log-Result': Buffer.from(text, 'utf8').toString('base64') },
      };
    case 'delay':
      return { ...response, response: withLogTail(response.response, text) };
    default:
      throw new TypeError(`withLogTail: a '${response.kind}' response sends no headers`);
  }
}

/**
 * Never answers; the request stays open until the client aborts or {@link FakeLambdaServer.stop} runs.
 *
 * @returns the response
 */
export function hang(): HangFakeResponse {
  return { kind: 'hang' };
}

/**
 * Destroys the connection without any response (the SDK reports ECONNRESET / "socket hang up").
 *
 * @returns the response
 */
export function reset(): ResetFakeResponse {
  return { kind: 'reset' };
}

/**
 * Starts a response, then breaks the connection in the middle of the body (the SDK reports ECONNRESET
 * "aborted" while reading the payload, with `$metadata.httpStatusCode` already set).
 *
 * @param options - status, partial body and announced length
 * @returns the response
 */
export function resetMidResponse(options: ResetMidResponseOptions = {}): ResetMidResponseFakeResponse {
  const partialBody = toBuffer(options.partialBody ?? '{"partial":');
  const declaredLength = options.declaredLength ?? partialBody.length + 64;
  if (declaredLength <= partialBody.length) {
    throw new RangeError('resetMidResponse: declaredLength must exceed the partial body length');
  }
  return { kind: 'resetMidResponse', status: options.status ?? 200, partialBody, declaredLength };
}

/**
 * Sends a response after a delay.
 *
 * @param ms - delay in milliseconds (non-negative)
 * @param response - the answer sent after the delay
 * @returns the response
 * @throws RangeError when `ms` is negative or not finite
 */
export function delay(ms: number, response: FakeResponse): DelayedFakeResponse {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`delay: ms must be a non-negative number, got ${ms}`);
  }
  return { kind: 'delay', ms, response };
}

/**
 * A stateful handler answering the n-th request with the n-th response; the last response repeats.
 *
 * @param responses - at least one response
 * @returns a handler for {@link FakeLambdaServer.onInvoke}
 * @throws RangeError when no response is given
 */
export function sequence(...responses: FakeResponse[]): InvokeHandler {
  if (responses.length === 0) {
    throw new RangeError('sequence: at least one response is required');
  }
  let next = 0;
  return () => {
    const response = responses[Math.min(next, responses.length - 1)];
    next += 1;
    return response;
  };
}
