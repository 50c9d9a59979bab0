import {
    LambdaClient as AwsLambdaClient,
    InvokeCommand,
    ResourceNotFoundException,
    TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import {
    type ApplicationException,
    BadRequestException,
    ConfigException,
    ErrorDescriptionFactory,
    InvalidStateException,
    InvocationException,
    NotFoundException,
} from 'pip-services4-commons-node';

import { ConfigParams } from '../../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../../src/pip-services4/components/context/Context';
import { Descriptor } from '../../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../../src/pip-services4/components/refer/References';
import { ProbeLambdaClient } from '../../helpers/ProbeLambdaClient';
import {
    Descriptor as RealDescriptor,
    RealConfigParams,
    RealContext,
    RealReferences,
} from '../pip-services4/components/RealPipLookalikes';
import { decodePayload, jsonPayload, textPayload } from '../../helpers/payloads';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:dummies';
const ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

function config(...extra: unknown[]): ConfigParams {
    return ConfigParams.fromTuples(
        'connection.arn', FUNCTION_ARN,
        'credential.access_id', 'AKIDEXAMPLE',
        'credential.access_key', ACCESS_KEY,
        ...extra,
    );
}

async function openedClient(...extra: unknown[]): Promise<ProbeLambdaClient> {
    const client = new ProbeLambdaClient();
    client.configure(config(...extra));
    await client.open(null);
    return client;
}

async function captureRejection(promise: Promise<unknown>): Promise<ApplicationException> {
    try {
        await promise;
    } catch (err) {
        return err as ApplicationException;
    }
    throw new Error('expected a rejection');
}

describe('Class: LambdaClient', () => {
    const lambdaMock = mockClient(AwsLambdaClient);
    let client: ProbeLambdaClient | null = null;

    afterEach(async () => {
        lambdaMock.reset();
        await client?.close(null);
        client = null;
    });

    describe('Method: call', () => {
        it('sends FunctionName, RequestResponse and a payload with cmd, the trace id string and the params', async () => {
            // Prepare
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: jsonPayload({ id: '1' }) });

            // Act
            const result = await client.probeCall('get_dummy_by_id', Context.fromTraceId('trace-42'), { dummy_id: '1' });

            // Assess
            expect(result).toEqual({ id: '1' });
            expect(lambdaMock).toHaveReceivedCommandTimes(InvokeCommand, 1);
            expect(lambdaMock).toHaveReceivedCommandWith(InvokeCommand, {
                FunctionName: FUNCTION_ARN, InvocationType: 'RequestResponse', LogType: 'None',
            });
            const input = lambdaMock.commandCalls(InvokeCommand)[0].args[0].input;
            expect(decodePayload(input.Payload)).toEqual({ dummy_id: '1', cmd: 'get_dummy_by_id', trace_id: 'trace-42' });
        });

        it('sends a generated 9-digit trace id when there is no context', async () => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: jsonPayload(null) });

            await client.probeCall('ping', null);

            const payload = decodePayload(lambdaMock.commandCalls(InvokeCommand)[0].args[0].input.Payload);
            expect(payload.trace_id).toMatch(/^\d{9}$/);
            expect(payload.cmd).toBe('ping');
        });

        it('reads the trace id of a context that only has traceId', async () => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: jsonPayload(1) });

            await client.probeCall('ping', { get: (key: string) => (key === 'traceId' ? 'camel' : null) });

            expect(decodePayload(lambdaMock.commandCalls(InvokeCommand)[0].args[0].input.Payload).trace_id).toBe('camel');
        });

        it('never mutates the caller params', async () => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: jsonPayload({}) });
            const params = Object.freeze({ dummy: Object.freeze({ id: '1', content: 'x' }) });

            await client.probeCall('create_dummy', null, params);

            expect(params).toEqual({ dummy: { id: '1', content: 'x' } });
        });

        it('sends the function name exactly as configured, qualifier included', async () => {
            client = new ProbeLambdaClient();
            client.configure(ConfigParams.fromTuples('connection.arn', 'my-function:live', 'connection.region', 'us-east-1'));
            await client.open(null);
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200 });

            await client.probeCall('ping', null);

            expect(lambdaMock).toHaveReceivedCommandWith(InvokeCommand, { FunctionName: 'my-function:live' });
        });

        it.each([
            ['an empty payload', undefined],
            ['a zero-length payload', new Uint8Array(0)],
        ])('returns null for %s', async (_name, payload) => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: payload as never });

            await expect(client.probeCall('ping', null)).resolves.toBeNull();
        });

        it('decodes UTF-8 results', async () => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: jsonPayload({ text: 'żółw 🐢' }) });

            await expect(client.probeCall('ping', null)).resolves.toEqual({ text: 'żółw 🐢' });
        });

        it('rejects a non-JSON payload with InvocationException DESERIALIZATION_FAILED and the parse error as cause', async () => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: textPayload('<html>oops') });

            const error = await captureRejection(client.probeCall('ping', Context.fromTraceId('t1')));

            expect(error).toBeInstanceOf(InvocationException);
            expect(error).toMatchObject({ code: 'DESERIALIZATION_FAILED', trace_id: 't1' });
            expect((error as unknown as { cause: unknown }).cause).toBeInstanceOf(SyntaxError);
        });

        it('rejects a function error instead of resolving it as a result', async () => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({
                StatusCode: 200, FunctionError: 'Unhandled',
                Payload: jsonPayload({ errorType: 'Error', errorMessage: 'kaboom', trace: ['Error: kaboom', '    at handler'] }),
            });

            const error = await captureRejection(client.probeCall('boom', Context.fromTraceId('t2')));

            expect(error).toBeInstanceOf(InvocationException);
            expect(error).toMatchObject({ code: 'FUNCTION_ERROR', message: 'kaboom', trace_id: 't2' });
            expect(error.details.getAsString('function_error')).toBe('Unhandled');
            expect(error.details.getAsString('stack_trace')).toContain('at handler');
        });

        it('rebuilds a pip-services4 error description returned by the function', async () => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({
                StatusCode: 200, FunctionError: 'Handled',
                Payload: jsonPayload({
                    category: 'NotFound', status: 404, code: 'DUMMY_NOT_FOUND', message: 'Dummy 7 not found',
                    details: { id: '7' }, trace_id: 'srv', stack_trace: 'at server',
                }),
            });

            const error = await captureRejection(client.probeCall('get', Context.fromTraceId('t3')));

            expect(error).toBeInstanceOf(NotFoundException);
            expect(error).toMatchObject({ code: 'DUMMY_NOT_FOUND', status: 404, trace_id: 'srv', stack_trace: 'at server' });
            expect(error.details.getAsString('id')).toBe('7');
        });

        it('wraps an SDK failure keeping the SDK error as cause and the trace id', async () => {
            client = await openedClient('options.retries', 0);
            const sdkError = new ResourceNotFoundException({ $metadata: { httpStatusCode: 404 }, message: 'Function not found' });
            lambdaMock.on(InvokeCommand).rejects(sdkError);

            const error = await captureRejection(client.probeCall('ping', Context.fromTraceId('t4')));

            expect(error).toBeInstanceOf(NotFoundException);
            expect(error).toMatchObject({ code: 'FUNCTION_NOT_FOUND', trace_id: 't4' });
            expect((error as unknown as { cause: unknown }).cause).toBe(sdkError);
            expect(error.getCauseString()).toContain('Function not found');
            expect(ErrorDescriptionFactory.create(error).cause).toEqual(expect.any(String));
        });

        it('maps throttling to InvocationException TOO_MANY_REQUESTS with status 429', async () => {
            client = await openedClient('options.retries', 0);
            lambdaMock.on(InvokeCommand).rejects(new TooManyRequestsException({ $metadata: { httpStatusCode: 429 }, message: 'Rate exceeded' }));

            const error = await captureRejection(client.probeCall('ping', null));

            expect(error).toBeInstanceOf(InvocationException);
            expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 429 });
            expect(error.trace_id).toMatch(/^\d{9}$/);
        });

        it('gives an SDK error the generated trace id that was sent in the payload', async () => {
            client = await openedClient('options.retries', 0);
            lambdaMock.on(InvokeCommand).rejects(new Error('boom'));

            const error = await captureRejection(client.probeCall('ping', null));

            const sent = decodePayload(lambdaMock.commandCalls(InvokeCommand)[0].args[0].input.Payload);
            expect(error).toMatchObject({ code: 'CALL_FAILED', trace_id: sent.trace_id });
        });
    });

    describe('Method: callOneWay', () => {
        it('sends an Event invocation and resolves on 202 with an empty payload', async () => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 202, Payload: new Uint8Array(0) as never });

            await expect(client.probeCallOneWay('notify', Context.fromTraceId('t5'), { a: 1 })).resolves.toBeUndefined();

            expect(lambdaMock).toHaveReceivedCommandWith(InvokeCommand, { InvocationType: 'Event', LogType: 'None' });
            expect(decodePayload(lambdaMock.commandCalls(InvokeCommand)[0].args[0].input.Payload))
                .toEqual({ a: 1, cmd: 'notify', trace_id: 't5' });
        });

        it('applies the 1 MB event limit', async () => {
            client = await openedClient();
            const error = await captureRejection(client.probeCallOneWay('notify', null, { blob: 'x'.repeat(1_048_576) }));

            expect(error).toBeInstanceOf(BadRequestException);
            expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
            expect(error.details.getAsInteger('limit')).toBe(1_048_576);
            expect(lambdaMock).toHaveReceivedCommandTimes(InvokeCommand, 0);
        });
    });

    describe('Bad input', () => {
        beforeEach(async () => {
            client = await openedClient();
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: jsonPayload({}) });
        });

        const circular: Record<string, unknown> = {};
        circular.self = circular;

        it.each([
            ['an empty cmd', '', {}, 'NO_COMMAND'],
            ['a missing cmd', undefined, {}, 'NO_COMMAND'],
            ['an array as params', 'x', [1, 2], 'INVALID_PARAMS'],
            ['a string as params', 'x', 'text', 'INVALID_PARAMS'],
            ['a cmd key in params', 'x', { cmd: 'other' }, 'RESERVED_PARAMETER'],
            ['a trace_id key in params', 'x', { trace_id: 'mine' }, 'RESERVED_PARAMETER'],
            ['a cycle', 'x', circular, 'SERIALIZATION_FAILED'],
            ['a BigInt', 'x', { n: BigInt(1) }, 'SERIALIZATION_FAILED'],
            ['a function', 'x', { f: () => 1 }, 'SERIALIZATION_FAILED'],
            ['NaN', 'x', { n: Number.NaN }, 'SERIALIZATION_FAILED'],
            ['Infinity', 'x', { n: Number.POSITIVE_INFINITY }, 'SERIALIZATION_FAILED'],
            ['undefined in an array', 'x', { list: [1, undefined] }, 'SERIALIZATION_FAILED'],
            ['a Map', 'x', { m: new Map([['a', 1]]) }, 'SERIALIZATION_FAILED'],
            ['a payload over 6 MB', 'x', { blob: 'x'.repeat(6_291_456) }, 'PAYLOAD_TOO_LARGE'],
        ])('rejects %s with BadRequestException and sends nothing', async (_name, cmd, params, code) => {
            const error = await captureRejection(client!.probeCall(cmd as string, Context.fromTraceId('bad'), params as object));

            expect(error).toBeInstanceOf(BadRequestException);
            expect(error).toMatchObject({ code, trace_id: 'bad' });
            expect(lambdaMock).toHaveReceivedCommandTimes(InvokeCommand, 0);
        });

        it('keeps the serialization error as cause', async () => {
            const error = await captureRejection(client!.probeCall('x', null, circular));
            expect((error as unknown as { cause: unknown }).cause).toBeInstanceOf(TypeError);
        });

        it('accepts a payload of exactly the limit', async () => {
            // {"blob":"…","cmd":"x","trace_id":"bad"} is 35 bytes of overhead.
            const overhead = JSON.stringify({ blob: '', cmd: 'x', trace_id: 'bad' }).length;
            await expect(client!.probeCall('x', Context.fromTraceId('bad'), { blob: 'x'.repeat(6_291_456 - overhead) }))
                .resolves.toEqual({});
        });

        it('keeps an own __proto__ key as data', async () => {
            const params = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as object;
            await client!.probeCall('x', Context.fromTraceId('p'), params);
            const sent = decodePayload(lambdaMock.commandCalls(InvokeCommand)[0].args[0].input.Payload);
            expect(Object.hasOwn(sent, '__proto__')).toBe(true);
            expect(sent.a).toBe(1);
            expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
        });

        it('sends Dates as ISO strings and omits undefined properties', async () => {
            await client!.probeCall('x', Context.fromTraceId('d'), { at: new Date('2026-01-02T03:04:05.000Z'), gone: undefined });
            expect(decodePayload(lambdaMock.commandCalls(InvokeCommand)[0].args[0].input.Payload))
                .toEqual({ at: '2026-01-02T03:04:05.000Z', cmd: 'x', trace_id: 'd' });
        });
    });

    describe('Lifecycle', () => {
        it('rejects a call before open with InvalidStateException NOT_OPENED', async () => {
            client = new ProbeLambdaClient();
            client.configure(config());

            const error = await captureRejection(client.probeCall('ping', Context.fromTraceId('t6')));

            expect(error).toBeInstanceOf(InvalidStateException);
            expect(error).toMatchObject({ code: 'NOT_OPENED', trace_id: 't6' });
        });

        it('rejects a call after close with InvalidStateException', async () => {
            client = await openedClient();
            await client.close(null);

            const error = await captureRejection(client.probeCall('ping', null));

            expect(error).toBeInstanceOf(InvalidStateException);
            expect(client.isOpen()).toBe(false);
            expect(client.lambda).toBeNull();
        });

        it('opens, closes, reopens with a new SDK client', async () => {
            client = await openedClient();
            const first = client.lambda;
            const destroy = jest.spyOn(first!, 'destroy');

            await client.close(null);
            expect(destroy).toHaveBeenCalledTimes(1);
            await client.close(null);
            expect(destroy).toHaveBeenCalledTimes(1);

            await client.open(null);
            expect(client.isOpen()).toBe(true);
            expect(client.lambda).not.toBe(first);
        });

        it('builds one SDK client for two concurrent opens and none on a second open', async () => {
            client = new ProbeLambdaClient();
            client.configure(config());
            const create = jest.spyOn(client as unknown as { createLambdaClient: () => unknown }, 'createLambdaClient');

            await Promise.all([client.open(null), client.open(null)]);
            await client.open(null);

            expect(create).toHaveBeenCalledTimes(1);
        });

        it('rejects open with ConfigException NO_AWS_CONNECTION when no function is configured', async () => {
            client = new ProbeLambdaClient();
            client.configure(ConfigParams.fromTuples('connection.region', 'us-east-1'));

            const error = await captureRejection(client.open(Context.fromTraceId('t7')));

            expect(error).toBeInstanceOf(ConfigException);
            expect(error).toMatchObject({ code: 'NO_AWS_CONNECTION', trace_id: 't7' });
            expect(client.isOpen()).toBe(false);
        });

        it('rejects open with ConfigException NO_REGION when no region can be resolved', async () => {
            const saved = { AWS_REGION: process.env.AWS_REGION, AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION,
                AWS_CONFIG_FILE: process.env.AWS_CONFIG_FILE, AWS_PROFILE: process.env.AWS_PROFILE };
            delete process.env.AWS_REGION;
            delete process.env.AWS_DEFAULT_REGION;
            process.env.AWS_CONFIG_FILE = '/nonexistent/aws-config';
            try {
                client = new ProbeLambdaClient();
                client.configure(ConfigParams.fromTuples('connection.arn', 'fn'));
                const error = await captureRejection(client.open(null));
                expect(error).toBeInstanceOf(ConfigException);
                expect(error).toMatchObject({ code: 'NO_REGION' });
            } finally {
                restoreEnv(saved);
            }
        });
    });

    describe('Method: configure', () => {
        it.each([
            ['options.connect_timeout', 'abc'],
            ['options.timeout', '-1'],
            ['options.retries', '1.5'],
            ['options.max_sockets', '0'],
            ['options.retry_unsafe', 'maybe'],
            ['options.log_type', 'Full'],
        ])('rejects a malformed %s with ConfigException INVALID_CONFIG naming the key', (key, value) => {
            const target = new ProbeLambdaClient();
            let error: unknown = null;
            try {
                target.configure(config(key, value));
            } catch (err) {
                error = err;
            }
            expect(error).toBeInstanceOf(ConfigException);
            expect(error).toMatchObject({ code: 'INVALID_CONFIG' });
            expect((error as Error).message).toContain(key);
        });

        it('requests the log tail for RequestResponse calls when options.log_type is Tail', async () => {
            client = await openedClient('options.log_type', 'Tail');
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: jsonPayload(1) });

            await client.probeCall('a', null);
            await client.probeCallOneWay('b', null);

            expect(lambdaMock.commandCalls(InvokeCommand).map((c) => c.args[0].input.LogType)).toEqual(['Tail', 'None']);
        });

        it('puts the decoded log tail into the details of a function error', async () => {
            client = await openedClient('options.log_type', 'Tail');
            lambdaMock.on(InvokeCommand).resolves({
                StatusCode: 200, FunctionError: 'Unhandled', LogResult: Buffer.from('START\nboom\nEND').toString('base64'),
                Payload: jsonPayload({ errorType: 'Error', errorMessage: 'boom' }),
            });

            const error = await captureRejection(client.probeCall('a', null));

            expect(error.details.getAsString('log_tail')).toBe('START\nboom\nEND');
        });

        it('reads dependencies for subclasses', () => {
            const target = new ProbeLambdaClient();
            target.configure(config('dependencies.store', 'my:store:*:*:1.0'));
            const store = {};
            target.setReferences(References.fromTuples(new Descriptor('my', 'store', 'memory', 'default', '1.0'), store));
            expect((target as unknown as { _dependencyResolver: { getOneRequired(name: string): unknown } })
                ._dependencyResolver.getOneRequired('store')).toBe(store);
        });
    });

    describe('SDK client configuration', () => {
        it('uses static credentials when both keys are configured', async () => {
            client = await openedClient();
            await expect(client.lambda!.config.credentials()).resolves.toMatchObject({
                accessKeyId: 'AKIDEXAMPLE', secretAccessKey: ACCESS_KEY,
            });
        });

        it('passes the session token', async () => {
            client = await openedClient('credential.session_token', 'SESSION');
            await expect(client.lambda!.config.credentials()).resolves.toMatchObject({ sessionToken: 'SESSION' });
        });

        it('uses the default provider chain when no keys are configured', async () => {
            const saved = { AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY,
                AWS_SESSION_TOKEN: process.env.AWS_SESSION_TOKEN };
            process.env.AWS_ACCESS_KEY_ID = 'ENVID';
            process.env.AWS_SECRET_ACCESS_KEY = 'ENVSECRET';
            process.env.AWS_SESSION_TOKEN = 'ENVTOKEN';
            try {
                client = new ProbeLambdaClient();
                client.configure(ConfigParams.fromTuples('connection.arn', FUNCTION_ARN, 'connection.region', 'us-east-1'));
                await client.open(null);
                await expect(client.lambda!.config.credentials()).resolves.toMatchObject({
                    accessKeyId: 'ENVID', secretAccessKey: 'ENVSECRET', sessionToken: 'ENVTOKEN',
                });
            } finally {
                restoreEnv(saved);
            }
        });

        it('overrides the endpoint from connection.endpoint and connection.uri', async () => {
            client = await openedClient('connection.endpoint', 'http://127.0.0.1:3002');
            const endpoint = await client.lambda!.config.endpoint!();
            expect(endpoint).toMatchObject({ hostname: '127.0.0.1', port: 3002, protocol: 'http:' });

            const other = await openedClient('connection.uri', 'http://127.0.0.1:4000');
            await expect(other.lambda!.config.endpoint!()).resolves.toMatchObject({ port: 4000 });
            await other.close(null);
        });

        it('rejects a malformed endpoint at open with ConfigException', async () => {
            client = new ProbeLambdaClient();
            client.configure(config('connection.endpoint', 'not a url'));
            const error = await captureRejection(client.open(null));
            expect(error).toBeInstanceOf(ConfigException);
            expect(error.message).toContain('connection.endpoint');
        });

        it('takes the region from connection.region, else from a full ARN', async () => {
            client = new ProbeLambdaClient();
            client.configure(ConfigParams.fromTuples('connection.arn', 'fn', 'connection.region', 'eu-west-1'));
            await client.open(null);
            await expect(client.lambda!.config.region()).resolves.toBe('eu-west-1');

            const fromArn = await openedClient();
            await expect(fromArn.lambda!.config.region()).resolves.toBe('us-east-1');
            await fromArn.close(null);
        });

        it('reads options.connect_timeout, and options.connection_timeout as its alias', async () => {
            const handlerTimeout = async (target: ProbeLambdaClient) =>
                ((await target.lambda!.config.requestHandler) as unknown as { configProvider: Promise<{ connectionTimeout?: number }> })
                    .configProvider.then((c) => c.connectionTimeout);
            client = await openedClient('options.connect_timeout', 1234);
            await expect(handlerTimeout(client)).resolves.toBe(1234);

            const alias = await openedClient('options.connection_timeout', 4321);
            await expect(handlerTimeout(alias)).resolves.toBe(4321);
            await alias.close(null);

            const defaults = await openedClient();
            await expect(handlerTimeout(defaults)).resolves.toBe(10_000);
            await defaults.close(null);
        });

        it('sets attempts from options.retries', async () => {
            client = await openedClient('options.retries', 0);
            await expect(client.lambda!.config.maxAttempts()).resolves.toBe(1);
        });

        it('keeps two clients with different credentials apart (no process-wide state)', async () => {
            client = await openedClient();
            const other = new ProbeLambdaClient();
            other.configure(ConfigParams.fromTuples('connection.arn', 'fn', 'connection.region', 'ap-south-1',
                'credential.access_id', 'OTHER', 'credential.access_key', 'OTHERKEY'));
            await other.open(null);
            try {
                await expect(client.lambda!.config.credentials()).resolves.toMatchObject({ accessKeyId: 'AKIDEXAMPLE' });
                await expect(other.lambda!.config.credentials()).resolves.toMatchObject({ accessKeyId: 'OTHER' });
                await expect(client.lambda!.config.region()).resolves.toBe('us-east-1');
            } finally {
                await other.close(null);
            }
        });
    });

    describe('Method: instrument', () => {
        it('logs, counts and traces through referenced look-alike components, and records failures', async () => {
            // Prepare: objects shaped like real pip-services4 components, registered under their descriptors.
            const logs: Array<{ level: number; message: string; error: unknown }> = [];
            const logger = {
                getLevel: () => 6,
                setLevel: () => undefined,
                log: (level: number, _ctx: unknown, error: unknown, message: string) => logs.push({ level, message, error }),
            };
            const increments: string[] = [];
            const timings: string[] = [];
            const counters = {
                incrementOne: (name: string) => increments.push(name),
                increment: (name: string) => increments.push(name),
                // Real counters are the callback of the CounterTiming that CompositeCounters hands out.
                beginTiming: () => ({ endTiming: () => undefined }),
                endTiming: (name: string, elapsed: number) => timings.push(name + (elapsed >= 0 ? '' : '?')),
                stats: () => undefined, last: () => undefined, timestampNow: () => undefined, timestamp: () => undefined,
            };
            const spans: Array<{ component: string; failed: boolean }> = [];
            // Real tracers receive the composite's TraceTiming results through trace() and failure().
            const tracer = {
                trace: (_ctx: unknown, component: string) => spans.push({ component, failed: false }),
                failure: (_ctx: unknown, component: string) => spans.push({ component, failed: true }),
                beginTrace: () => ({ endTrace: () => undefined, endFailure: () => undefined }),
            };
            client = new ProbeLambdaClient();
            client.configure(config());
            const refs = References.fromTuples(
                new Descriptor('test', 'logger', 'mock', 'default', '1.0'), logger,
                new Descriptor('test', 'counters', 'mock', 'default', '1.0'), counters,
                new Descriptor('test', 'tracer', 'mock', 'default', '1.0'), tracer,
            );
            client.setReferences(refs);
            client.setReferences(refs);

            // Act
            client.probeInstrument(Context.fromTraceId('t8'), 'dummy.get').endTiming();
            client.probeInstrument(Context.fromTraceId('t8'), 'dummy.fail').endTiming(new Error('nope'));

            // Assess: each component once per event although setReferences ran twice
            expect(logs.filter((l) => l.message === 'Executing dummy.get method')).toHaveLength(1);
            expect(increments).toEqual(['dummy.get.exec_count', 'dummy.fail.exec_count', 'dummy.fail.exec_errors']);
            expect(timings).toEqual(['dummy.get.exec_time', 'dummy.fail.exec_time']);
            expect(spans).toEqual([{ component: 'dummy.get', failed: false }, { component: 'dummy.fail', failed: true }]);
            expect(logs.some((l) => l.level === 2 && (l.error as Error)?.message === 'nope')).toBe(true);
        });

        it('stops logging, counting and tracing after unsetReferences', () => {
            const logs: string[] = [];
            const logger = { getLevel: () => 6, setLevel: () => undefined, log: (_l: number, _c: unknown, _e: unknown, m: string) => logs.push(m) };
            const target = new ProbeLambdaClient();
            target.setReferences(References.fromTuples(new Descriptor('t', 'logger', 'm', 'd', '1.0'), logger));
            target.unsetReferences();

            target.probeInstrument(null, 'x').endTiming();

            expect(logs).toEqual([]);
        });
    });

    describe('Drop-in compatibility with real pip-services4 objects', () => {
        it('works with a real-style ConfigParams, References, Descriptor and Context', async () => {
            // Prepare: every object is a look-alike of the real pip-services4 class, none of ours.
            const lines: string[] = [];
            const logger = { getLevel: () => 6, setLevel: () => undefined,
                log: (_l: number, _c: unknown, _e: unknown, m: string) => lines.push(m) };
            const references = new RealReferences();
            references.put(new RealDescriptor('pip-services', 'logger', 'console', 'default', '1.0'), logger);
            client = new ProbeLambdaClient();
            client.configure(RealConfigParams.fromTuples(
                'connection.arn', FUNCTION_ARN, 'credential.access_id', 'AKIDEXAMPLE', 'credential.access_key', ACCESS_KEY,
            ) as unknown as ConfigParams);
            client.setReferences(references as never);
            await client.open(new RealContext({ trace_id: 'real-1' }));
            lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: jsonPayload({ ok: true }) });

            // Act
            const timing = client.probeInstrument(new RealContext({ trace_id: 'real-2' }), 'real.call');
            const result = await client.probeCall('ping', new RealContext({ trace_id: 'real-2' }));
            timing.endTiming();

            // Assess
            expect(result).toEqual({ ok: true });
            expect(decodePayload(lambdaMock.commandCalls(InvokeCommand)[0].args[0].input.Payload).trace_id).toBe('real-2');
            expect(lines).toEqual(expect.arrayContaining(['Lambda client connected to ' + FUNCTION_ARN, 'Executing real.call method']));
        });
    });

    describe('Secrets', () => {
        it('never shows the access key in the connection, errors or logs', async () => {
            const lines: string[] = [];
            const logger = { getLevel: () => 6, setLevel: () => undefined,
                log: (_l: number, _c: unknown, e: unknown, m: string) => lines.push(m + String(e)) };
            client = new ProbeLambdaClient();
            client.configure(config('credential.session_token', 'SESSIONSECRET'));
            client.setReferences(References.fromTuples(new Descriptor('t', 'logger', 'm', 'd', '1.0'), logger));
            await client.open(null);
            lambdaMock.on(InvokeCommand).rejects(new Error('denied'));

            const error = await captureRejection(client.probeCall('x', null));
            await client.close(null);

            const texts = [String(client.connection), client.connection!.toString(), JSON.stringify(error), String(error),
                error.getCauseString(), JSON.stringify(error.details), ...lines].join('\n');
            expect(texts).not.toContain(ACCESS_KEY);
            expect(texts).not.toContain('SESSIONSECRET');
        });
    });
});

function restoreEnv(saved: Record<string, string | undefined>): void {
    for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) {
            delete process.env[key];
        } else {
            process.env[key] = value;
        }
    }
}
