/** @module errors */
import {
    type ApplicationException,
    ApplicationExceptionFactory,
    BadRequestException,
    ConnectionException,
    type ErrorDescription,
    InvocationException,
    NotFoundException,
    StringValueMap,
    UnauthorizedException,
} from 'pip-services4-commons-node';

import { LambdaErrorCodes } from './LambdaErrorCodes';

/** The parts of an SDK or Node error that the mapping reads. */
interface ErrorShape {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    $fault?: unknown;
    $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

/** The error document that a Lambda runtime returns for a failed function. */
interface FunctionErrorDocument {
    errorType?: unknown;
    errorMessage?: unknown;
    trace?: unknown;
    stackTrace?: unknown;
}

const ACCESS_ERRORS: ReadonlySet<string> = new Set([
    'AccessDeniedException', 'UnrecognizedClientException', 'InvalidSignatureException', 'ExpiredTokenException',
    'SignatureDoesNotMatch', 'InvalidClientTokenId', 'MissingAuthenticationTokenException',
    'IncompleteSignatureException', 'ExpiredToken', 'RequestExpired',
]);
const BAD_REQUEST_ERRORS: ReadonlySet<string> = new Set([
    'InvalidRequestContentException', 'InvalidParameterValueException', 'UnsupportedMediaTypeException',
    'ValidationException', 'SerializationException',
]);
/** Failures before a connection exists: the request never reached the function. */
const CONNECT_ERROR_CODES: ReadonlySet<string> = new Set([
    'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL',
]);
/** Failures of an established connection: the request may have reached the function. */
const RESET_ERROR_CODES: ReadonlySet<string> = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);
const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
/** Node's messages for a connection that broke while the response was read ("aborted" comes with a partial body). */
const RESET_MESSAGE_PATTERN = /^(socket hang up|aborted)(\s|$)/;
const SDK_WRAPPER_PATTERN = /^AWS SDK error wrapper for ([A-Za-z]\w*): ([\s\S]*)$/;
const NODE_CODE_PATTERN = /\b(E[A-Z][A-Z_]{2,})\b/;

/**
 * Turns AWS SDK failures and Lambda function errors into pip-services4 exceptions with stable codes,
 * the caller's trace id and the original error as `cause`.
 */
export class LambdaErrorMapper {
    /**
     * Sets the original error as the exception's ES2022 `cause`, keeping the object (its name, `$metadata`, stack)
     * rather than only its message as pip-services4's `withCause` does. `getCauseString()` still returns a string.
     *
     * @param exception - the exception to decorate.
     * @param cause - the original error.
     * @returns the same exception.
     */
    public static withCause<T extends ApplicationException>(exception: T, cause: unknown): T {
        if (cause != null) {
            // Not enumerable: JSON forms of the exception must not carry the SDK's response objects.
            Object.defineProperty(exception, 'cause', { value: cause, writable: true, configurable: true, enumerable: false });
        }
        return exception;
    }

    /**
     * Tells whether an SDK error means that the request never reached Lambda (refused, unreachable, DNS, or the
     * connection was not established in time), so that retrying cannot run the function twice.
     *
     * @param error - an error thrown by the SDK.
     * @returns true when the request was certainly not delivered.
     */
    public static isConnectFailure(error: unknown): boolean {
        if (error == null || typeof error !== 'object') {
            return false;
        }
        const { name, code, message } = LambdaErrorMapper.describe(error as ErrorShape);
        return LambdaErrorMapper.isConnectFailureOf(name, code, message);
    }

    /** Refused, unreachable, DNS failure, or the handler's connect timeout (a TimeoutError without a code). */
    private static isConnectFailureOf(name: string, code: string, message: string): boolean {
        return CONNECT_ERROR_CODES.has(code)
            || (name === 'TimeoutError' && code === '' && message.includes('establish a connection'));
    }

    /**
     * Maps an error thrown while sending an Invoke request.
     *
     * @param error - the SDK or Node error.
     * @param traceId - the trace id of the call.
     * @param functionName - the function that was invoked, for the message and details.
     * @param timedOut - true when the client's own call timeout aborted the request.
     * @returns the matching pip-services4 exception; an ApplicationException is returned as it is.
     */
    public static fromSdkError(error: unknown, traceId: string, functionName: string, timedOut: boolean): ApplicationException {
        if (LambdaErrorMapper.isApplicationException(error)) {
            return error;
        }
        const e: ErrorShape = error != null && typeof error === 'object' ? error as ErrorShape : { message: String(error) };
        const { name, code, message: text } = LambdaErrorMapper.describe(e);
        const status = e.$metadata?.httpStatusCode;
        const reason = text !== '' ? text : name;
        const message = 'Failed to invoke lambda function ' + functionName + ': ' + reason;

        let result: ApplicationException;
        if (timedOut) {
            result = new InvocationException(traceId, LambdaErrorCodes.TIMEOUT,
                'Lambda function ' + functionName + ' did not answer within the configured timeout (options.timeout)');
        } else if (name === 'ResourceNotFoundException' || status === 404) {
            result = new NotFoundException(traceId, LambdaErrorCodes.FUNCTION_NOT_FOUND, message);
        } else if (ACCESS_ERRORS.has(name) || status === 401 || status === 403) {
            result = new UnauthorizedException(traceId, LambdaErrorCodes.ACCESS_DENIED, message);
        } else if (name === 'CredentialsProviderError') {
            result = new UnauthorizedException(traceId, LambdaErrorCodes.NO_CREDENTIALS,
                'No AWS credentials found for lambda function ' + functionName
                + ': configure credential.access_id and credential.access_key, or provide them to the AWS SDK');
        } else if (name === 'RequestTooLargeException' || status === 413) {
            result = new BadRequestException(traceId, LambdaErrorCodes.REQUEST_TOO_LARGE, message);
        } else if (BAD_REQUEST_ERRORS.has(name)) {
            result = new BadRequestException(traceId, LambdaErrorCodes.INVALID_REQUEST, message);
        } else if (name === 'TooManyRequestsException' || status === 429) {
            result = new InvocationException(traceId, LambdaErrorCodes.TOO_MANY_REQUESTS, message).withStatus(429);
        } else if (LambdaErrorMapper.isConnectFailureOf(name, code, text)) {
            result = new ConnectionException(traceId, LambdaErrorCodes.CONNECT_FAILED, message);
        } else if (RESET_ERROR_CODES.has(code) || RESET_MESSAGE_PATTERN.test(reason)) {
            result = new ConnectionException(traceId, LambdaErrorCodes.CONNECTION_RESET, message);
        } else if (name === 'TimeoutError' || code === 'ETIMEDOUT' || name === 'RequestTimeout'
            || name === 'RequestTimeoutException') {
            result = new InvocationException(traceId, LambdaErrorCodes.TIMEOUT, message);
        } else {
            result = new InvocationException(traceId, LambdaErrorCodes.CALL_FAILED, message);
            if (typeof status === 'number' && status >= 400) {
                result.withStatus(status);
            }
        }

        result.withDetails('function_name', functionName);
        result.withDetails('aws_error', name);
        if (status != null) {
            result.withDetails('http_status', status);
        }
        if (e.$metadata?.requestId) {
            result.withDetails('request_id', e.$metadata.requestId);
        }
        if (e.$metadata?.attempts != null) {
            result.withDetails('attempts', e.$metadata.attempts);
        }
        return LambdaErrorMapper.withCause(result, error);
    }

    /**
     * Maps a function error: a response with `FunctionError` set.
     *
     * A pip-services4 error description in the payload (an object with `category` and `code`, at the top level or
     * JSON-encoded in `errorMessage`) is rebuilt into its exception class. Any other error document becomes an
     * InvocationException whose code is the `errorType` when it looks like a code (`/^[A-Z][A-Z0-9_]*$/`), else
     * `FUNCTION_ERROR`.
     *
     * @param functionError - the `FunctionError` value: `Handled` or `Unhandled`.
     * @param payload - the decoded response payload.
     * @param traceId - the trace id of the call.
     * @param functionName - the function that was invoked.
     * @param logTail - the decoded log tail when one was requested, else null.
     * @returns the matching pip-services4 exception.
     */
    public static fromFunctionError(functionError: string, payload: string, traceId: string, functionName: string,
        logTail: string | null): ApplicationException {
        const document = LambdaErrorMapper.parseJson(payload);
        const description = LambdaErrorMapper.findErrorDescription(document);

        let result: ApplicationException;
        if (description != null) {
            const details = description.details;
            result = ApplicationExceptionFactory.create(description);
            // The factory drops code, message and trace id for categories it does not know.
            result.code = description.code;
            if (typeof description.message === 'string') {
                result.message = description.message;
            }
            if (typeof description.trace_id === 'string') {
                result.trace_id = description.trace_id;
            }
            result.details = new StringValueMap(details != null && typeof details === 'object' ? details : undefined);
            if (typeof description.status === 'number') {
                result.status = description.status;
            }
            if (!result.trace_id) {
                result.trace_id = traceId;
            }
        } else {
            const doc: FunctionErrorDocument = document != null && typeof document === 'object' ? document as FunctionErrorDocument : {};
            const errorType = typeof doc.errorType === 'string' ? doc.errorType : null;
            const code = errorType != null && CODE_PATTERN.test(errorType) ? errorType : LambdaErrorCodes.FUNCTION_ERROR;
            const message = typeof doc.errorMessage === 'string' ? doc.errorMessage
                : (typeof document === 'string' && document !== '' ? document : 'Lambda function ' + functionName + ' failed');
            const stack = LambdaErrorMapper.stackOf(doc.trace ?? doc.stackTrace);
            result = new InvocationException(traceId, code, message);
            if (errorType != null) {
                result.withDetails('error_type', errorType);
            }
            if (stack != null) {
                result.withDetails('stack_trace', stack);
                result.withStackTrace(stack);
            }
        }
        result.withDetails('function_error', functionError);
        result.withDetails('function_name', functionName);
        if (logTail != null) {
            result.withDetails('log_tail', logTail);
        }
        return result;
    }

    /**
     * Reads an error's name, Node error code and message. The SDK replaces an error that is not an `instanceof Error`
     * of its own realm (as under jest or `vm`) by `Error("AWS SDK error wrapper for <Name>: <message>")`, losing name
     * and code: they are recovered from that text.
     */
    private static describe(e: ErrorShape): { name: string; code: string; message: string } {
        let name = typeof e.name === 'string' ? e.name : 'Error';
        let code = typeof e.code === 'string' ? e.code : '';
        let message = typeof e.message === 'string' ? e.message : '';
        const wrapped = SDK_WRAPPER_PATTERN.exec(message);
        if (wrapped != null) {
            name = wrapped[1];
            message = wrapped[2];
            code = code || (NODE_CODE_PATTERN.exec(message)?.[1] ?? '');
        }
        return { name, code, message };
    }

    private static isApplicationException(error: unknown): error is ApplicationException {
        // Shape, not instanceof: an exception from another copy of pip-services4-commons-node counts too.
        const e = error as { category?: unknown; code?: unknown; withDetails?: unknown } | null;
        return e != null && typeof e === 'object' && typeof e.category === 'string' && typeof e.code === 'string'
            && typeof e.withDetails === 'function';
    }

    private static findErrorDescription(document: unknown): ErrorDescription | null {
        if (LambdaErrorMapper.isErrorDescription(document)) {
            return document;
        }
        const message = (document as FunctionErrorDocument | null)?.errorMessage;
        if (typeof message === 'string' && message.startsWith('{')) {
            const inner = LambdaErrorMapper.parseJson(message);
            if (LambdaErrorMapper.isErrorDescription(inner)) {
                return inner;
            }
        }
        return null;
    }

    private static isErrorDescription(value: unknown): value is ErrorDescription {
        const v = value as { category?: unknown; code?: unknown } | null;
        return v != null && typeof v === 'object' && typeof v.category === 'string' && typeof v.code === 'string';
    }

    private static stackOf(trace: unknown): string | null {
        if (Array.isArray(trace)) {
            return trace.map(String).join('\n');
        }
        return typeof trace === 'string' ? trace : null;
    }

    private static parseJson(text: string): unknown {
        try {
            return JSON.parse(text);
        } catch {
            return text;
        }
    }
}
