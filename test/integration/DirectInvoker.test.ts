import { LambdaClient as AwsLambdaClient, type LambdaClientConfig, ResourceNotFoundException, TooManyRequestsException } from '@aws-sdk/client-lambda';

import { DirectInvoker } from '../../src/clients/DirectInvoker';
import { ConfigParams } from '../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../src/pip-services4/components/context/Context';
import { Descriptor } from '../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../src/pip-services4/components/refer/References';
import { FakeLambdaServer, functionError, json, serviceError, throttled, withLogTail, type RecordedInvoke } from '../helpers/FakeLambdaServer';
import { ProbeLambdaClient } from '../helpers/ProbeLambdaClient';

const ACCESS_ID = 'AKIDDIRECT';
const ACCESS_KEY = 'direct-secret-key';
const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:my-fn:live';
/** Headers only the SDK's generic pipeline adds: a per-call invocation id, the attempt counter and a user agent. */
const PIPELINE_ONLY_HEADERS = ['amz-sdk-invocation-id', 'amz-sdk-request', 'user-agent'];

class FactoryLambdaClient extends ProbeLambdaClient {
    public created = 0;

    protected override createLambdaClient(config: LambdaClientConfig): AwsLambdaClient {
        this.created++;
        return new AwsLambdaClient(config);
    }
}

describe('Class: DirectInvoker (through LambdaClient)', () => {
    let server: FakeLambdaServer;
    const clients: ProbeLambdaClient[] = [];

    async function open(directInvoke: boolean, client = new ProbeLambdaClient(), ...extra: unknown[]): Promise<ProbeLambdaClient> {
        client.configure(ConfigParams.fromTuples('connection.arn', FUNCTION, 'connection.endpoint', server.endpoint,
            'credential.access_id', ACCESS_ID, 'credential.access_key', ACCESS_KEY, 'options.retries', 1,
            'options.direct_invoke', directInvoke, ...extra));
        await client.open(null);
        clients.push(client);
        return client;
    }

    async function causeOf(promise: Promise<unknown>): Promise<unknown> {
        try {
            await promise;
        } catch (err) {
            return (err as { cause?: unknown }).cause;
        }
        throw new Error('expected a rejection');
    }

    beforeAll(async () => {
        server = await FakeLambdaServer.start({ verifySignature: { accessKeyId: ACCESS_ID, secretAccessKey: ACCESS_KEY, region: 'us-east-1' } });
    });

    afterEach(async () => {
        await Promise.all(clients.splice(0).map((client) => client.close(null)));
        server.reset();
    });

    afterAll(async () => {
        await server.stop();
    });

    it('sends the same request as InvokeCommand: path, method, body, signed headers', async () => {
        server.onInvoke(json({ ok: 1 }));
        const direct = await open(true);
        const pipeline = await open(false);

        await direct.probeCall('cmd', Context.fromTraceId('same'), { a: 'ü' });
        await pipeline.probeCall('cmd', Context.fromTraceId('same'), { a: 'ü' });

        const [viaDirect, viaPipeline] = server.requests as [RecordedInvoke, RecordedInvoke];
        expect(viaDirect.path).toBe(viaPipeline.path);
        expect(viaDirect.functionName).toBe(FUNCTION);
        expect(viaDirect.method).toBe(viaPipeline.method);
        expect(viaDirect.body.equals(viaPipeline.body)).toBe(true);
        expect(viaDirect.signatureValid).toBe(true);
        expect(viaPipeline.signatureValid).toBe(true);
        const names = (req: RecordedInvoke) => Object.keys(req.headers).filter((h) => !PIPELINE_ONLY_HEADERS.includes(h)).sort();
        expect(names(viaDirect)).toEqual(names(viaPipeline));
        for (const name of ['content-type', 'content-length', 'x-amz-invocation-type', 'x-amz-log-type', 'x-amz-content-sha256', 'host']) {
            expect(viaDirect.headers[name]).toBe(viaPipeline.headers[name]);
        }
        const signedHeaders = (req: RecordedInvoke) => /SignedHeaders=([^,]+)/.exec(String(req.headers.authorization))?.[1]
            .split(';').filter((h) => !PIPELINE_ONLY_HEADERS.includes(h));
        expect(signedHeaders(viaDirect)).toEqual(signedHeaders(viaPipeline));
    });

    it('raises the SDK exception classes the pipeline raises', async () => {
        const direct = await open(true);
        const pipeline = await open(false);

        server.onInvoke(serviceError(404, 'ResourceNotFoundException', 'Function not found'));
        const directNotFound = await causeOf(direct.probeCall('x', null));
        const pipelineNotFound = await causeOf(pipeline.probeCall('x', null));
        expect(directNotFound).toBeInstanceOf(ResourceNotFoundException);
        expect(pipelineNotFound).toBeInstanceOf(ResourceNotFoundException);
        expect(directNotFound).toMatchObject({ name: 'ResourceNotFoundException', $fault: 'client', message: 'Function not found',
            $metadata: { httpStatusCode: 404, attempts: 1 } });

        server.onInvoke(throttled(0));
        const directThrottled = await causeOf(direct.probeCall('x', null));
        expect(directThrottled).toBeInstanceOf(TooManyRequestsException);
        expect(directThrottled).toMatchObject({ retryAfterSeconds: '0', $metadata: { httpStatusCode: 429, attempts: 2 } });

        server.onInvoke(serviceError(403, 'AccessDeniedException', 'nope'));
        const directDenied = await causeOf(direct.probeCall('x', null));
        const pipelineDenied = await causeOf(pipeline.probeCall('x', null));
        expect((directDenied as Error).name).toBe((pipelineDenied as Error).name);
        expect((directDenied as Error).constructor).toBe((pipelineDenied as Error).constructor);
    });

    it('reads FunctionError, the log tail and the payload as the pipeline does', async () => {
        server.onInvoke(withLogTail(functionError('Handled', { errorType: 'Error', errorMessage: 'bad' }), 'tail text'));
        const direct = await open(true, undefined, 'options.log_type', 'Tail');
        const pipeline = await open(false, undefined, 'options.log_type', 'Tail');

        const a = await direct.probeCall('x', null).catch((err: unknown) => err) as { code: string; details: { getAsString(k: string): string } };
        const b = await pipeline.probeCall('x', null).catch((err: unknown) => err) as typeof a;
        expect(a.code).toBe(b.code);
        expect(a.details.getAsString('log_tail')).toBe('tail text');
        expect(b.details.getAsString('log_tail')).toBe('tail text');
    });

    it('keeps the full pipeline for a client from an overridden factory', async () => {
        server.onInvoke(json({}));
        const client = await open(true, new FactoryLambdaClient());
        await client.probeCall('x', null);

        expect((client as FactoryLambdaClient).created).toBe(1);
        expect(server.requests[0].headers['amz-sdk-invocation-id']).toBeDefined();
    });

    it('uses the pipeline when send is replaced (a mock or a wrapper)', async () => {
        server.onInvoke(json({ wrapped: true }));
        const client = await open(true);
        const lambda = client.lambda!;
        const send = jest.fn(lambda.send.bind(lambda)) as unknown as typeof lambda.send;
        lambda.send = send;

        await expect(client.probeCall('x', null)).resolves.toEqual({ wrapped: true });
        expect(send).toHaveBeenCalledTimes(1);
    });

    it('falls back to the pipeline, with a warning, when the SDK client cannot give its parts', async () => {
        server.onInvoke(json({ fallback: true }));
        const warnings: string[] = [];
        const client = new ProbeLambdaClient();
        const logger = { getLevel: () => 6, setLevel: () => undefined,
            log: (level: number, _c: unknown, _e: unknown, message: string) => { if (level === 3) warnings.push(message); } };
        client.setReferences(References.fromTuples(new Descriptor('t', 'logger', 'm', 'd', '1.0'), logger));
        const create = jest.spyOn(DirectInvoker, 'create').mockRejectedValueOnce(new Error('config.signer is not a function'));
        try {
            await open(true, client);
            await expect(client.probeCall('x', null)).resolves.toEqual({ fallback: true });
            expect(server.requests[0].headers['amz-sdk-invocation-id']).toBeDefined();
            expect(warnings).toEqual([expect.stringContaining('config.signer is not a function')]);
        } finally {
            create.mockRestore();
        }
    });

    it('uses the direct path by default (no pipeline-only headers)', async () => {
        server.onInvoke(json({}));
        const client = await open(true);
        await client.probeCall('x', null);
        expect(server.requests[0].headers['amz-sdk-invocation-id']).toBeUndefined();
    });
});
