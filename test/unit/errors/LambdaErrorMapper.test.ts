import {
    InvalidParameterValueException,
    InvalidRequestContentException,
    RequestTooLargeException,
    ResourceNotFoundException,
    ServiceException,
    TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import {
    ApplicationException,
    BadRequestException,
    ConflictException,
    ConnectionException,
    InvocationException,
    NotFoundException,
    UnauthorizedException,
} from 'pip-services4-commons-node';

import { LambdaErrorMapper } from '../../../src/errors/LambdaErrorMapper';

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode, requestId: 'req-1', attempts: 3 } });
const nodeError = (code: string, name = 'Error', message = code) => Object.assign(new Error(message), { code, name });

describe('Class: LambdaErrorMapper', () => {
    describe('Method: fromSdkError', () => {
        it.each([
            ['ResourceNotFoundException', new ResourceNotFoundException({ ...meta(404), message: 'nf' }), NotFoundException, 'FUNCTION_NOT_FOUND', 404],
            ['AccessDeniedException', Object.assign(new Error('no'), { name: 'AccessDeniedException', ...meta(403) }), UnauthorizedException, 'ACCESS_DENIED', 401],
            ['a 403 of another name', Object.assign(new Error('x'), { name: 'UnrecognizedClientException', ...meta(403) }), UnauthorizedException, 'ACCESS_DENIED', 401],
            ['InvalidSignatureException', Object.assign(new Error('sig'), { name: 'InvalidSignatureException', ...meta(403) }), UnauthorizedException, 'ACCESS_DENIED', 401],
            ['CredentialsProviderError', Object.assign(new Error('none'), { name: 'CredentialsProviderError' }), UnauthorizedException, 'NO_CREDENTIALS', 401],
            ['RequestTooLargeException', new RequestTooLargeException({ ...meta(413), message: 'big' }), BadRequestException, 'REQUEST_TOO_LARGE', 400],
            ['InvalidRequestContentException', new InvalidRequestContentException({ ...meta(400), message: 'bad' }), BadRequestException, 'INVALID_REQUEST', 400],
            ['InvalidParameterValueException', new InvalidParameterValueException({ ...meta(400), message: 'bad' }), BadRequestException, 'INVALID_REQUEST', 400],
            ['TooManyRequestsException', new TooManyRequestsException({ ...meta(429), message: 'slow' }), InvocationException, 'TOO_MANY_REQUESTS', 429],
            ['ServiceException 500', new ServiceException({ ...meta(500), message: 'oops' }), InvocationException, 'CALL_FAILED', 500],
            ['an unknown 503', Object.assign(new Error('down'), { name: 'Unknown', ...meta(503) }), InvocationException, 'CALL_FAILED', 503],
            ['ECONNREFUSED', nodeError('ECONNREFUSED'), ConnectionException, 'CONNECT_FAILED', 500],
            ['ENOTFOUND', nodeError('ENOTFOUND'), ConnectionException, 'CONNECT_FAILED', 500],
            ['a connect timeout', Object.assign(new Error('@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 10 ms.'), { name: 'TimeoutError' }), ConnectionException, 'CONNECT_FAILED', 500],
            ['ECONNRESET reported as TimeoutError', nodeError('ECONNRESET', 'TimeoutError'), ConnectionException, 'CONNECTION_RESET', 500],
            ['EPIPE', nodeError('EPIPE'), ConnectionException, 'CONNECTION_RESET', 500],
            ['a socket timeout', nodeError('ETIMEDOUT', 'TimeoutError', 'timed out'), InvocationException, 'TIMEOUT', 500],
            ['a plain Error', new Error('weird'), InvocationException, 'CALL_FAILED', 500],
        ])('maps %s', (_name, error, type, code, status) => {
            const result = LambdaErrorMapper.fromSdkError(error, 'trace-1', 'fn', false);

            expect(result).toBeInstanceOf(type);
            expect(result).toMatchObject({ code, status, trace_id: 'trace-1' });
            expect((result as unknown as { cause: unknown }).cause).toBe(error);
            expect(result.details.getAsString('function_name')).toBe('fn');
        });

        it('maps any error to TIMEOUT when the call timeout fired', () => {
            const result = LambdaErrorMapper.fromSdkError(Object.assign(new Error('aborted'), { name: 'AbortError' }), 't', 'fn', true);
            expect(result).toBeInstanceOf(InvocationException);
            expect(result.code).toBe('TIMEOUT');
        });

        it('keeps request id, status and attempts in the details', () => {
            const result = LambdaErrorMapper.fromSdkError(new ServiceException({ ...meta(500), message: 'oops' }), 't', 'fn', false);
            expect(result.details.getAsString('request_id')).toBe('req-1');
            expect(result.details.getAsInteger('http_status')).toBe(500);
            expect(result.details.getAsInteger('attempts')).toBe(3);
            expect(result.details.getAsString('aws_error')).toBe('ServiceException');
        });

        it('returns an ApplicationException unchanged', () => {
            const original = new ConflictException('t', 'MINE', 'mine');
            expect(LambdaErrorMapper.fromSdkError(original, 'x', 'fn', false)).toBe(original);
        });

        it('wraps a thrown non-error value', () => {
            const result = LambdaErrorMapper.fromSdkError('just a string', 't', 'fn', false);
            expect(result).toMatchObject({ code: 'CALL_FAILED' });
            expect(result.message).toContain('just a string');
        });
    });

    describe('Method: fromFunctionError', () => {
        const description = {
            type: 'NotFoundException', category: 'NotFound', status: 404, code: 'DUMMY_NOT_FOUND',
            message: 'Dummy 1 not found', details: { id: '1' }, trace_id: 'server-trace', stack_trace: 'at server.js:1',
        };

        it('rebuilds a top-level pip-services4 error description into its class', () => {
            const result = LambdaErrorMapper.fromFunctionError('Handled', JSON.stringify(description), 'caller', 'fn', null);

            expect(result).toBeInstanceOf(NotFoundException);
            expect(result).toMatchObject({ code: 'DUMMY_NOT_FOUND', status: 404, message: 'Dummy 1 not found',
                trace_id: 'server-trace', stack_trace: 'at server.js:1' });
            expect(result.details.getAsString('id')).toBe('1');
            expect(result.details.getAsString('function_error')).toBe('Handled');
        });

        it('rebuilds a description JSON-encoded in errorMessage and falls back to the caller trace id', () => {
            const payload = JSON.stringify({ errorType: 'Error', errorMessage: JSON.stringify({ ...description, trace_id: undefined }), trace: [] });
            const result = LambdaErrorMapper.fromFunctionError('Unhandled', payload, 'caller', 'fn', 'tail');

            expect(result).toBeInstanceOf(NotFoundException);
            expect(result).toMatchObject({ code: 'DUMMY_NOT_FOUND', trace_id: 'caller' });
            expect(result.details.getAsString('log_tail')).toBe('tail');
        });

        it('rebuilds an unknown category as an ApplicationException keeping category and status', () => {
            const payload = JSON.stringify({ category: 'Custom', status: 418, code: 'TEAPOT', message: 'short and stout' });
            const result = LambdaErrorMapper.fromFunctionError('Handled', payload, 'caller', 'fn', null);
            expect(result).toBeInstanceOf(ApplicationException);
            expect(result).toMatchObject({ category: 'Custom', status: 418, code: 'TEAPOT' });
        });

        it('uses an upper-case errorType as the code', () => {
            const payload = JSON.stringify({ errorType: 'DUMMY_NOT_FOUND', errorMessage: 'not here', trace: ['DUMMY_NOT_FOUND: not here', '  at x'] });
            const result = LambdaErrorMapper.fromFunctionError('Unhandled', payload, 'caller', 'fn', null);

            expect(result).toBeInstanceOf(InvocationException);
            expect(result).toMatchObject({ code: 'DUMMY_NOT_FOUND', message: 'not here', trace_id: 'caller' });
            expect(result.details.getAsString('error_type')).toBe('DUMMY_NOT_FOUND');
            expect(result.details.getAsString('stack_trace')).toBe('DUMMY_NOT_FOUND: not here\n  at x');
        });

        it.each(['Error', 'TypeError', 'Sandbox.Timedout', 'lower_case'])('uses FUNCTION_ERROR for errorType %s', (errorType) => {
            const payload = JSON.stringify({ errorType, errorMessage: 'm', stackTrace: ['a', 'b'] });
            const result = LambdaErrorMapper.fromFunctionError('Unhandled', payload, 'caller', 'fn', null);
            expect(result).toMatchObject({ code: 'FUNCTION_ERROR', message: 'm' });
            expect(result.details.getAsString('error_type')).toBe(errorType);
            expect(result.details.getAsString('stack_trace')).toBe('a\nb');
        });

        it('handles a payload that is not JSON or empty', () => {
            expect(LambdaErrorMapper.fromFunctionError('Unhandled', 'crashed hard', 't', 'fn', null))
                .toMatchObject({ code: 'FUNCTION_ERROR', message: 'crashed hard' });
            expect(LambdaErrorMapper.fromFunctionError('Unhandled', '', 't', 'fn', null))
                .toMatchObject({ code: 'FUNCTION_ERROR', message: 'Lambda function fn failed' });
        });
    });

    describe('Method: isConnectFailure', () => {
        it.each([
            [nodeError('ECONNREFUSED'), true],
            [nodeError('EAI_AGAIN'), true],
            [nodeError('ECONNRESET', 'TimeoutError'), false],
            [nodeError('ETIMEDOUT', 'TimeoutError'), false],
            [null, false],
            ['text', false],
        ])('classifies %p', (error, expected) => {
            expect(LambdaErrorMapper.isConnectFailure(error)).toBe(expected);
        });
    });
});

describe('Class: LambdaErrorMapper (errors from another realm)', () => {
    it.each([
        ['AWS SDK error wrapper for TimeoutError: read ECONNRESET', ConnectionException, 'CONNECTION_RESET'],
        ['AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:9', ConnectionException, 'CONNECT_FAILED'],
        ['AWS SDK error wrapper for TimeoutError: @smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 5 ms.', ConnectionException, 'CONNECT_FAILED'],
        ['AWS SDK error wrapper for TimeoutError: socket timed out', InvocationException, 'TIMEOUT'],
    ])('recovers name and code from the SDK wrapper text %p', (message, type, code) => {
        const result = LambdaErrorMapper.fromSdkError(new Error(message), 't', 'fn', false);
        expect(result).toBeInstanceOf(type);
        expect(result.code).toBe(code);
    });

    it('classifies a wrapped refusal as a connect failure', () => {
        expect(LambdaErrorMapper.isConnectFailure(new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:9'))).toBe(true);
    });
});

describe('Class: LambdaErrorMapper (broken responses)', () => {
    it.each(['socket hang up', 'aborted\n  Deserialization error: to see the raw response, inspect $response'])(
        'maps %p to CONNECTION_RESET', (message) => {
            const result = LambdaErrorMapper.fromSdkError(new Error(message), 't', 'fn', false);
            expect(result).toBeInstanceOf(ConnectionException);
            expect(result.code).toBe('CONNECTION_RESET');
        });
});
