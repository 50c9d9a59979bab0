/** @module errors */

/**
 * Stable error codes raised by this library, grouped in one place so that users can match on them.
 * Each is the `code` of a pip-services4 `ApplicationException`; the README lists the class that carries it.
 */
export const LambdaErrorCodes = {
    /** `cmd` is missing or empty (BadRequestException). */
    NO_COMMAND: 'NO_COMMAND',
    /** The params are not a plain object (BadRequestException). */
    INVALID_PARAMS: 'INVALID_PARAMS',
    /** The params use a key the client sets itself: `cmd` or `trace_id` (BadRequestException). */
    RESERVED_PARAMETER: 'RESERVED_PARAMETER',
    /** The params cannot be serialized to JSON without loss (BadRequestException). */
    SERIALIZATION_FAILED: 'SERIALIZATION_FAILED',
    /** The request payload exceeds Lambda's limit for the invocation type (BadRequestException). */
    PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
    /** The client is not open (InvalidStateException). */
    NOT_OPENED: 'NOT_OPENED',
    /** The client was closed while the call was in flight (InvalidStateException). */
    CLIENT_CLOSED: 'CLIENT_CLOSED',
    /** The response payload is not valid JSON (InvocationException). */
    DESERIALIZATION_FAILED: 'DESERIALIZATION_FAILED',
    /** The function failed and its error carried no usable code (InvocationException). */
    FUNCTION_ERROR: 'FUNCTION_ERROR',
    /** The call did not finish within `options.timeout` or the SDK timed out (InvocationException). */
    TIMEOUT: 'TIMEOUT',
    /** Lambda throttled the call and retries did not help (InvocationException, status 429). */
    TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
    /** Any other failure of the Lambda service or the SDK (InvocationException). */
    CALL_FAILED: 'CALL_FAILED',
    /** The function does not exist (NotFoundException). */
    FUNCTION_NOT_FOUND: 'FUNCTION_NOT_FOUND',
    /** Access denied, unknown key or bad signature (UnauthorizedException). */
    ACCESS_DENIED: 'ACCESS_DENIED',
    /** No AWS credentials could be found by the SDK's default provider chain (UnauthorizedException). */
    NO_CREDENTIALS: 'NO_CREDENTIALS',
    /** Lambda rejected the request: too large (BadRequestException). */
    REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
    /** Lambda rejected the request content or a parameter (BadRequestException). */
    INVALID_REQUEST: 'INVALID_REQUEST',
    /** The endpoint could not be reached: refused, unreachable, DNS failure, connect timeout (ConnectionException). */
    CONNECT_FAILED: 'CONNECT_FAILED',
    /** The connection broke after the request was sent (ConnectionException). */
    CONNECTION_RESET: 'CONNECTION_RESET',
    /** A configuration value is malformed (ConfigException). */
    INVALID_CONFIG: 'INVALID_CONFIG',
    /** No region is configured and the SDK could not resolve one (ConfigException). */
    NO_REGION: 'NO_REGION',
} as const;

/** One of the {@link LambdaErrorCodes}. */
export type LambdaErrorCode = typeof LambdaErrorCodes[keyof typeof LambdaErrorCodes];
