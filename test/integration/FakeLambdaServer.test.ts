import { Agent } from 'node:http';
import {
  InvalidParameterValueException,
  InvalidRequestContentException,
  InvokeCommand,
  LambdaClient,
  type LambdaClientConfig,
  LambdaServiceException,
  RequestTooLargeException,
  ResourceConflictException,
  ResourceNotFoundException,
  ResourceNotReadyException,
  ServiceException,
  TooManyRequestsException,
  UnsupportedMediaTypeException,
  type InvokeCommandInput,
  type InvokeCommandOutput,
} from '@aws-sdk/client-lambda';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import {
  FakeLambdaServer,
  delay,
  empty,
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
  type RecordedInvoke,
} from '../helpers/FakeLambdaServer';

const CREDENTIALS = { accessKeyId: 'AKIDFAKE', secretAccessKey: 'fake-secret' };
const REGION = 'us-east-1';
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:dummy';

/** Returns the rejection of `promise`; fails the test when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (err) {
    return err as Error & Record<string, unknown>;
  }
  throw new Error('expected the promise to reject');
}

function text(out: InvokeCommandOutput): string {
  // The SDK sets Payload to null (despite its type) when the body is empty.
  return out.Payload == null ? '' : Buffer.from(out.Payload).toString('utf8');
}

/**
 * Text identifying a connection-level failure. Inside jest, node's own errors come from another realm, so the
 * SDK wraps them in a plain Error ("AWS SDK error wrapper for ...") whose message keeps the code but which has
 * no `code` property; outside jest `code` is set. Matching on both works in either case.
 */
function networkFailure(err: Error & Record<string, unknown>): string {
  return `${String(err.code ?? '')} ${err.message}`;
}

function decodeBase64(value: string | undefined): string {
  return Buffer.from(value ?? '', 'base64').toString('utf8');
}

describe('Class: FakeLambdaServer', () => {
  let server: FakeLambdaServer;
  const clients: LambdaClient[] = [];
  const agents: Agent[] = [];

  /** A raw SDK client on the fake endpoint; no retries unless `overrides` says so. */
  function client(overrides: Partial<LambdaClientConfig> = {}): LambdaClient {
    const lambda = new LambdaClient({
      endpoint: server.endpoint,
      region: REGION,
      credentials: CREDENTIALS,
      maxAttempts: 1,
      ...overrides,
    });
    clients.push(lambda);
    return lambda;
  }

  /** A client that retries up to `maxAttempts` with a 1 ms backoff (Retry-After still applies). */
  function retryingClient(maxAttempts: number, overrides: Partial<LambdaClientConfig> = {}): LambdaClient {
    return client({ maxAttempts, retryStrategy: new ConfiguredRetryStrategy(maxAttempts, 1), ...overrides });
  }

  function agent(keepAlive: boolean): Agent {
    const created = new Agent({ keepAlive, maxSockets: 1 });
    agents.push(created);
    return created;
  }

  function invoke(lambda: LambdaClient, input: Partial<InvokeCommandInput> = {}): Promise<InvokeCommandOutput> {
    return lambda.send(new InvokeCommand({ FunctionName: 'dummy', Payload: '{"cmd":"ping"}', ...input }));
  }

  beforeAll(async () => {
    server = await FakeLambdaServer.start();
  });

  afterEach(() => {
    server.reset();
    for (const lambda of clients.splice(0)) {
      lambda.destroy();
    }
    for (const created of agents.splice(0)) {
      created.destroy();
    }
  });

  afterAll(async () => {
    await server.stop();
  });

  describe('Method: start', () => {
    it('listens on an ephemeral 127.0.0.1 port and exposes it as the endpoint', () => {
      expect(server.port).toBeGreaterThan(0);
      expect(server.endpoint).toBe(`http://127.0.0.1:${server.port}`);
    });

    it('records every Invoke field the SDK sends', async () => {
      // Prepare
      const clientContext = Buffer.from(JSON.stringify({ custom: { a: 1 } })).toString('base64');

      // Act
      await invoke(client(), {
        FunctionName: ARN,
        Qualifier: '3',
        LogType: 'Tail',
        ClientContext: clientContext,
        Payload: '{"cmd":"get","id":"1"}',
      });

      // Assess
      expect(server.requests).toHaveLength(1);
      const req: RecordedInvoke = server.requests[0];
      expect(req).toMatchObject({
        index: 0,
        method: 'POST',
        path: `/2015-03-31/functions/${encodeURIComponent(ARN)}/invocations`,
        functionName: ARN,
        qualifier: '3',
        invocationType: 'RequestResponse',
        logType: 'Tail',
        clientContext,
        json: { cmd: 'get', id: '1' },
        signatureValid: null,
      });
      expect(req.body.toString('utf8')).toBe('{"cmd":"get","id":"1"}');
      expect(req.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDFAKE\//);
      expect(req.connectionId).toBeGreaterThan(0);
    });
  });

  describe('Method: onInvoke', () => {
    it('echoes a RequestResponse payload by default with request id and executed version', async () => {
      const out = await invoke(client(), { Payload: '{"x":1}' });

      expect(out.StatusCode).toBe(200);
      expect(JSON.parse(text(out))).toEqual({ echo: { x: 1 } });
      expect(out.ExecutedVersion).toBe('$LATEST');
      expect(out.FunctionError).toBeUndefined();
      expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('reports a numeric qualifier as the executed version', async () => {
      const out = await invoke(client(), { Qualifier: '7' });

      expect(out.ExecutedVersion).toBe('7');
    });

    it('answers Event with 202 and DryRun with 204 by default', async () => {
      const lambda = client();

      const event = await invoke(lambda, { InvocationType: 'Event' });
      const dryRun = await invoke(lambda, { InvocationType: 'DryRun' });

      expect(event.StatusCode).toBe(202);
      expect(text(event)).toBe('');
      expect(dryRun.StatusCode).toBe(204);
      expect(server.requests.map((r) => r.invocationType)).toEqual(['Event', 'DryRun']);
    });

    it('accepts a fixed response instead of a handler', async () => {
      server.onInvoke(json({ fixed: true }));
      const lambda = client();

      const first = await invoke(lambda);
      const second = await invoke(lambda);

      expect(JSON.parse(text(first))).toEqual({ fixed: true });
      expect(JSON.parse(text(second))).toEqual({ fixed: true });
    });

    it('passes the recorded request to the handler', async () => {
      const handler = jest.fn((req: RecordedInvoke) => json({ got: req.json }));
      server.onInvoke(handler);

      const out = await invoke(client(), { Payload: '{"n":5}' });

      expect(handler).toHaveBeenCalledTimes(1);
      expect(handler.mock.calls[0][0].functionName).toBe('dummy');
      expect(JSON.parse(text(out))).toEqual({ got: { n: 5 } });
    });

    it('turns a throwing handler into a 500 ServiceException', async () => {
      server.onInvoke(() => {
        throw new Error('handler bug');
      });

      const err = await rejectionOf(invoke(client()));

      expect(err).toBeInstanceOf(ServiceException);
      expect(err.message).toContain('handler bug');
      expect(err.$metadata).toMatchObject({ httpStatusCode: 500 });
    });
  });

  describe('Function: json', () => {
    it('sends the value as the payload', async () => {
      server.onInvoke(json({ id: '1', tags: ['a'] }));

      const out = await invoke(client());

      expect(out.StatusCode).toBe(200);
      expect(JSON.parse(text(out))).toEqual({ id: '1', tags: ['a'] });
    });

    it('sends an empty body for undefined, like a void handler', async () => {
      server.onInvoke(json(undefined));

      const out = await invoke(client());

      expect(out.StatusCode).toBe(200);
      expect(text(out)).toBe('');
    });
  });

  describe('Function: raw', () => {
    it('sends the bytes and headers unchanged', async () => {
      server.onInvoke(raw('not json at all', 200, { 'X-Amz-Executed-Version': '12' }));

      const out = await invoke(client());

      expect(text(out)).toBe('not json at all');
      expect(out.ExecutedVersion).toBe('12');
    });
  });

  describe('Function: empty', () => {
    it('sends a bodiless answer with the given status', async () => {
      server.onInvoke(empty(202));

      const out = await invoke(client(), { InvocationType: 'Event' });

      expect(out.StatusCode).toBe(202);
      expect(text(out)).toBe('');
    });
  });

  describe('Function: functionError', () => {
    it.each(['Handled', 'Unhandled'] as const)('reports a %s function error as a resolved call with FunctionError', async (kind) => {
      const doc = { errorType: 'NotFoundException', errorMessage: 'Dummy 1 not found', trace: ['at handler'] };
      server.onInvoke(functionError(kind, doc));

      const out = await invoke(client());

      expect(out.StatusCode).toBe(200);
      expect(out.FunctionError).toBe(kind);
      expect(JSON.parse(text(out))).toEqual(doc);
      expect(out.LogResult).toBeUndefined();
    });

    it('adds the log tail when given', async () => {
      server.onInvoke(functionError('Unhandled', { errorMessage: 'boom' }, 'START RequestId\nboom\nEND'));

      const out = await invoke(client(), { LogType: 'Tail' });

      expect(decodeBase64(out.LogResult)).toBe('START RequestId\nboom\nEND');
    });
  });

  describe('Function: serviceError', () => {
    it.each([
      [404, 'ResourceNotFoundException', ResourceNotFoundException, 'client'],
      [400, 'InvalidRequestContentException', InvalidRequestContentException, 'client'],
      [400, 'InvalidParameterValueException', InvalidParameterValueException, 'client'],
      [409, 'ResourceConflictException', ResourceConflictException, 'client'],
      [413, 'RequestTooLargeException', RequestTooLargeException, 'client'],
      [415, 'UnsupportedMediaTypeException', UnsupportedMediaTypeException, 'client'],
      [500, 'ServiceException', ServiceException, 'server'],
      [502, 'ResourceNotReadyException', ResourceNotReadyException, 'server'],
    ] as const)('makes the SDK throw %s %s as its own exception class', async (status, type, ErrorClass, fault) => {
      server.onInvoke(serviceError(status, type, `fake ${type}`));

      const err = await rejectionOf(invoke(client()));

      expect(err).toBeInstanceOf(ErrorClass);
      expect(err).toBeInstanceOf(LambdaServiceException);
      expect(err.name).toBe(type);
      expect(err.message).toBe(`fake ${type}`);
      expect(err.$fault).toBe(fault);
      expect(err.Type).toBe(status >= 500 ? 'Service' : 'User');
      expect(err.$metadata).toMatchObject({ httpStatusCode: status, attempts: 1 });
      expect((err.$metadata as { requestId?: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it.each(['AccessDeniedException', 'InvalidSignatureException', 'UnrecognizedClientException'])(
      'makes the SDK throw the unmodelled access error %s as a LambdaServiceException named after it',
      async (type) => {
        server.onInvoke(serviceError(403, type, 'access problem'));

        const err = await rejectionOf(invoke(client()));

        expect(err).toBeInstanceOf(LambdaServiceException);
        expect(err.constructor).toBe(LambdaServiceException);
        expect(err.name).toBe(type);
        expect(err.message).toBe('access problem');
        expect(err.$fault).toBe('client');
        expect(err.$metadata).toMatchObject({ httpStatusCode: 403 });
      },
    );

    it('does not make the SDK retry an access error', async () => {
      server.onInvoke(serviceError(403, 'AccessDeniedException', 'no'));

      const err = await rejectionOf(invoke(retryingClient(3)));

      expect(err.$metadata).toMatchObject({ attempts: 1 });
      expect(server.requests).toHaveLength(1);
    });

    it('makes the SDK retry a 500 ServiceException', async () => {
      server.onInvoke(sequence(serviceError(500, 'ServiceException', 'transient'), json({ ok: true })));

      const out = await invoke(retryingClient(3));

      expect(JSON.parse(text(out))).toEqual({ ok: true });
      expect(out.$metadata.attempts).toBe(2);
      expect(server.requests).toHaveLength(2);
    });

    it('merges extra headers and body members', async () => {
      server.onInvoke(serviceError(429, 'TooManyRequestsException', 'slow down', {
        headers: { 'Retry-After': '1' },
        body: { Reason: 'CallerRateLimitExceeded' },
      }));

      const err = await rejectionOf(invoke(client()));

      expect(err).toBeInstanceOf(TooManyRequestsException);
      expect(err.retryAfterSeconds).toBe('1');
      expect(err.Reason).toBe('CallerRateLimitExceeded');
    });
  });

  describe('Function: throttled', () => {
    it('makes the SDK throw TooManyRequestsException with retryAfterSeconds and Reason', async () => {
      server.onInvoke(throttled(1));

      const err = await rejectionOf(invoke(client()));

      expect(err).toBeInstanceOf(TooManyRequestsException);
      expect(err).toMatchObject({
        name: 'TooManyRequestsException',
        message: 'Rate Exceeded.',
        retryAfterSeconds: '1',
        Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
        Type: 'User',
        $fault: 'client',
      });
      expect(err.$metadata).toMatchObject({ httpStatusCode: 429, attempts: 1 });
    });

    it('is retried by the SDK, which shows in $metadata.attempts', async () => {
      server.onInvoke(sequence(throttled(0), throttled(0), json({ done: true })));

      const out = await invoke(retryingClient(3));

      expect(JSON.parse(text(out))).toEqual({ done: true });
      expect(out.$metadata.attempts).toBe(3);
      expect(server.requests).toHaveLength(3);
    });

    it('fails with the last throttle once the attempts are used up', async () => {
      server.onInvoke(throttled(0));

      const err = await rejectionOf(invoke(retryingClient(2)));

      expect(err).toBeInstanceOf(TooManyRequestsException);
      expect(err.$metadata).toMatchObject({ attempts: 2 });
      expect(server.requests).toHaveLength(2);
    });
  });

  describe('Function: withLogTail', () => {
    it('sets X-Amz-Log-Result, which the SDK exposes as LogResult', async () => {
      server.onInvoke(withLogTail(json({ ok: 1 }), 'line 1\nline 2'));

      const out = await invoke(client(), { LogType: 'Tail' });

      expect(decodeBase64(out.LogResult)).toBe('line 1\nline 2');
      expect(JSON.parse(text(out))).toEqual({ ok: 1 });
    });

    it('reaches through a delayed response', async () => {
      server.onInvoke(withLogTail(delay(1, json(null)), 'late log'));

      const out = await invoke(client());

      expect(decodeBase64(out.LogResult)).toBe('late log');
    });

    it('throws TypeError for a response that sends no headers', () => {
      expect(() => withLogTail(hang(), 'x')).toThrow(TypeError);
      expect(() => withLogTail(reset(), 'x')).toThrow(TypeError);
    });
  });

  describe('Function: hang', () => {
    it('keeps the request open until the client aborts', async () => {
      // Prepare
      server.onInvoke(hang());
      const controller = new AbortController();
      const pending = client().send(new InvokeCommand({ FunctionName: 'dummy' }), { abortSignal: controller.signal });

      // Act
      await server.waitForRequests(1);
      controller.abort();
      const err = await rejectionOf(pending);

      // Assess
      expect(err.name).toBe('AbortError');
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('Function: reset', () => {
    it('makes the call fail with ECONNRESET', async () => {
      server.onInvoke(reset());

      const err = await rejectionOf(invoke(client()));

      expect(networkFailure(err)).toMatch(/ECONNRESET|socket hang up|aborted/);
      expect(err.$metadata).toMatchObject({ attempts: 1 });
    });

    it('is retried by the SDK on a new connection', async () => {
      server.onInvoke(sequence(reset(), json({ ok: true })));

      const out = await invoke(retryingClient(2, { requestHandler: { httpAgent: agent(true) } }));

      expect(out.$metadata.attempts).toBe(2);
      expect(server.connectionCount).toBe(2);
      expect(server.requests[0].connectionId).not.toBe(server.requests[1].connectionId);
    });
  });

  describe('Function: resetMidResponse', () => {
    it('makes the SDK fail with a deserialization error while reading the body', async () => {
      server.onInvoke(resetMidResponse());

      const err = await rejectionOf(invoke(client()));

      expect(err.message).toMatch(/aborted/);
      expect(err.message).toMatch(/Deserialization error/);
      expect(server.requests).toHaveLength(1);
    });

    it('rejects an announced length that is not longer than the partial body', () => {
      expect(() => resetMidResponse({ partialBody: '12345', declaredLength: 5 })).toThrow(RangeError);
    });
  });

  describe('Function: delay', () => {
    it('answers after the delay', async () => {
      server.onInvoke(delay(20, json({ late: true })));

      const out = await invoke(client());

      expect(JSON.parse(text(out))).toEqual({ late: true });
    });

    it('drops the answer when the client gives up first', async () => {
      server.onInvoke(delay(60_000, json({ never: true })));
      const controller = new AbortController();
      const pending = client().send(new InvokeCommand({ FunctionName: 'dummy' }), { abortSignal: controller.signal });
      await server.waitForRequests(1);

      controller.abort();

      expect((await rejectionOf(pending)).name).toBe('AbortError');
    });

    it('rejects a negative delay', () => {
      expect(() => delay(-1, json(null))).toThrow(RangeError);
    });
  });

  describe('Function: sequence', () => {
    it('answers the n-th request with the n-th response and repeats the last', async () => {
      server.onInvoke(sequence(json(1), json(2)));
      const lambda = client();

      const results: string[] = [];
      for (let i = 0; i < 4; i++) {
        results.push(text(await invoke(lambda)));
      }

      expect(results).toEqual(['1', '2', '2', '2']);
    });

    it('requires at least one response', () => {
      expect(() => sequence()).toThrow(RangeError);
    });
  });

  describe('Property: connectionCount', () => {
    it('counts one connection for sequential calls over a keep-alive agent', async () => {
      const lambda = client({ requestHandler: { httpAgent: agent(true) } });

      for (let i = 0; i < 3; i++) {
        await invoke(lambda);
      }

      expect(server.connectionCount).toBe(1);
      expect(new Set(server.requests.map((r) => r.connectionId)).size).toBe(1);
    });

    it('counts one connection per call without keep-alive', async () => {
      const lambda = client({ requestHandler: { httpAgent: agent(false) } });

      for (let i = 0; i < 3; i++) {
        await invoke(lambda);
      }

      expect(server.connectionCount).toBe(3);
      expect(new Set(server.requests.map((r) => r.connectionId)).size).toBe(3);
    });
  });

  describe('Method: reset', () => {
    it('clears requests and the connection counter and restores the echo handler', async () => {
      server.onInvoke(json('scripted'));
      await invoke(client({ requestHandler: { httpAgent: agent(false) } }));

      server.reset();

      expect(server.requests).toHaveLength(0);
      expect(server.connectionCount).toBe(0);
      const out = await invoke(client({ requestHandler: { httpAgent: agent(false) } }), { Payload: '{"a":1}' });
      expect(JSON.parse(text(out))).toEqual({ echo: { a: 1 } });
      expect(server.requests[0].index).toBe(0);
    });
  });

  describe('Method: waitForRequests', () => {
    it('resolves at once when enough requests are recorded', async () => {
      await invoke(client());

      await expect(server.waitForRequests(1)).resolves.toHaveLength(1);
    });

    it('rejects when the requests do not arrive in time', async () => {
      await expect(server.waitForRequests(1, 10)).rejects.toThrow(/not received/);
    });
  });

  describe('Request validation', () => {
    it('answers an unknown route with 404 UnknownOperationException', async () => {
      const res = await fetch(`${server.endpoint}/2015-03-31/functions`, { method: 'GET' });

      expect(res.status).toBe(404);
      expect(res.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
      expect(server.requests).toHaveLength(0);
    });

    it('answers a non-JSON payload with InvalidRequestContentException without calling the handler', async () => {
      const handler = jest.fn(() => json(null));
      server.onInvoke(handler);

      const err = await rejectionOf(invoke(client(), { Payload: 'not json' }));

      expect(err).toBeInstanceOf(InvalidRequestContentException);
      expect(handler).not.toHaveBeenCalled();
      expect(server.requests[0].json).toBeUndefined();
    });

    it('answers an unsupported invocation type with InvalidParameterValueException', async () => {
      const res = await fetch(`${server.endpoint}/2015-03-31/functions/dummy/invocations`, {
        method: 'POST',
        headers: { 'X-Amz-Invocation-Type': 'Sometimes' },
        body: '{}',
      });

      expect(res.status).toBe(400);
      expect(res.headers.get('x-amzn-errortype')).toBe('InvalidParameterValueException');
      expect(await res.json()).toMatchObject({ Type: 'User' });
    });

    it('answers an oversized payload with RequestTooLargeException', async () => {
      const small = await FakeLambdaServer.start({ maxSyncPayloadBytes: 16, maxEventPayloadBytes: 8 });
      try {
        const lambda = client({ endpoint: small.endpoint });

        const syncErr = await rejectionOf(invoke(lambda, { Payload: JSON.stringify({ data: 'x'.repeat(32) }) }));
        const eventErr = await rejectionOf(invoke(lambda, { InvocationType: 'Event', Payload: '{"a":"0123456"}' }));

        expect(syncErr).toBeInstanceOf(RequestTooLargeException);
        expect(syncErr.$metadata).toMatchObject({ httpStatusCode: 413 });
        expect(eventErr).toBeInstanceOf(RequestTooLargeException);
      } finally {
        await small.stop();
      }
    });

    it('passes a non-JSON payload to the handler when rejectInvalidJson is off', async () => {
      const lenient = await FakeLambdaServer.start({ rejectInvalidJson: false, handler: (req) => raw(req.body, 200) });
      try {
        const out = await invoke(client({ endpoint: lenient.endpoint }), { Payload: 'plain text' });

        expect(text(out)).toBe('plain text');
        expect(lenient.requests[0].json).toBeUndefined();
      } finally {
        await lenient.stop();
      }
    });
  });

  describe('Method: stop', () => {
    it('terminates a hanging request with a connection error', async () => {
      // Prepare
      const own = await FakeLambdaServer.start({ handler: hang() });
      let stopped = false;
      try {
        const pending = invoke(client({ endpoint: own.endpoint }));
        await own.waitForRequests(1);

        // Act
        await own.stop();
        stopped = true;
        const err = await rejectionOf(pending);

        // Assess
        expect(networkFailure(err)).toMatch(/ECONNRESET|socket hang up|aborted/);
        expect(own.openConnections).toBe(0);
      } finally {
        if (!stopped) {
          await own.stop();
        }
      }
    });

    it('is idempotent and leaves the port closed', async () => {
      const own = await FakeLambdaServer.start();
      await invoke(client({ endpoint: own.endpoint }));

      await own.stop();
      await own.stop();

      // A fresh client: a pooled socket of the first one may not have noticed the close yet.
      const err = await rejectionOf(invoke(client({ endpoint: own.endpoint })));
      expect(networkFailure(err)).toMatch(/ECONNREFUSED/);
    });

    it('rejects pending waitForRequests calls', async () => {
      const own = await FakeLambdaServer.start();
      const waiting = own.waitForRequests(1);

      await own.stop();

      await expect(waiting).rejects.toThrow('FakeLambdaServer stopped');
    });

    it('cancels delayed answers', async () => {
      const own = await FakeLambdaServer.start({ handler: delay(60_000, json(null)) });
      const pending = invoke(client({ endpoint: own.endpoint }));
      await own.waitForRequests(1);

      await own.stop();

      expect(networkFailure(await rejectionOf(pending))).toMatch(/ECONNRESET|socket hang up/);
    });
  });

  describe('Option: verifySignature', () => {
    let signed: FakeLambdaServer;

    beforeAll(async () => {
      signed = await FakeLambdaServer.start({ verifySignature: { ...CREDENTIALS, region: REGION } });
    });

    afterEach(() => {
      signed.reset();
    });

    afterAll(async () => {
      await signed.stop();
    });

    it('accepts a request signed with the right secret', async () => {
      const lambda = client({ endpoint: signed.endpoint });

      const out = await invoke(lambda, {
        FunctionName: ARN,
        Qualifier: 'live',
        LogType: 'Tail',
        ClientContext: Buffer.from('{"env":"test"}').toString('base64'),
        Payload: '{"cmd":"x","note":"spaces and ünïcode"}',
      });
      const event = await invoke(lambda, { InvocationType: 'Event', Payload: undefined });

      expect(out.StatusCode).toBe(200);
      expect(event.StatusCode).toBe(202);
      expect(signed.requests.map((r) => r.signatureValid)).toEqual([true, true]);
    });

    it('rejects a request signed with the wrong secret with 403 InvalidSignatureException', async () => {
      const handler = jest.fn(() => json(null));
      signed.onInvoke(handler);
      const lambda = client({ endpoint: signed.endpoint, credentials: { ...CREDENTIALS, secretAccessKey: 'wrong' } });

      const err = await rejectionOf(invoke(lambda));

      expect(err).toBeInstanceOf(LambdaServiceException);
      expect(err.name).toBe('InvalidSignatureException');
      expect(err.$metadata).toMatchObject({ httpStatusCode: 403 });
      expect(signed.requests[0].signatureValid).toBe(false);
      expect(handler).not.toHaveBeenCalled();
    });

    it('rejects an unknown access key id with UnrecognizedClientException', async () => {
      const lambda = client({ endpoint: signed.endpoint, credentials: { ...CREDENTIALS, accessKeyId: 'AKIDOTHER' } });

      const err = await rejectionOf(invoke(lambda));

      expect(err.name).toBe('UnrecognizedClientException');
      expect(signed.requests[0].signatureValid).toBe(false);
    });

    it('rejects a request signed for another region', async () => {
      const lambda = client({ endpoint: signed.endpoint, region: 'eu-west-1' });

      const err = await rejectionOf(invoke(lambda));

      expect(err.name).toBe('InvalidSignatureException');
    });

    it('rejects a body changed after signing', async () => {
      // Prepare: a deserialize-step middleware runs after signing and before sending.
      const lambda = client({ endpoint: signed.endpoint });
      lambda.middlewareStack.add(
        (next) => async (args) => {
          const request = args.request as { body?: unknown };
          request.body = Buffer.from('{"cmd":"pong"}');
          return next(args);
        },
        { step: 'deserialize', name: 'tamperBody' },
      );

      // Act
      const err = await rejectionOf(invoke(lambda, { Payload: '{"cmd":"ping"}' }));

      // Assess
      expect(err.name).toBe('InvalidSignatureException');
      expect(signed.requests[0].body.toString('utf8')).toBe('{"cmd":"pong"}');
      expect(signed.requests[0].signatureValid).toBe(false);
    });

    it('rejects an unsigned request with MissingAuthenticationTokenException', async () => {
      const res = await fetch(`${signed.endpoint}/2015-03-31/functions/dummy/invocations`, { method: 'POST', body: '{}' });

      expect(res.status).toBe(403);
      expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
      expect(signed.requests[0].signatureValid).toBe(false);
    });
  });
});
