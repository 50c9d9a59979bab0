/**
 * A real HTTP server on 127.0.0.1 that speaks the AWS Lambda Invoke REST API and answers with scripted
 * responses and faults, for integration tests of code built on @aws-sdk/client-lambda.
 *
 * @module helpers
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, type Socket } from 'node:net';
import {
  empty,
  json,
  serviceError,
  type FakeResponse,
  type HttpFakeResponse,
  type InvokeHandler,
} from './FakeResponse';
import { type RecordedInvoke } from './RecordedInvoke';
import { SigV4Verifier, type SigV4Result, type SigV4VerifierOptions } from './SigV4Verifier';

export {
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
} from './FakeResponse';
export type {
  DelayedFakeResponse,
  FakeResponse,
  FunctionErrorKind,
  HangFakeResponse,
  HttpFakeResponse,
  InvokeHandler,
  ResetFakeResponse,
  ResetMidResponseFakeResponse,
  ResetMidResponseOptions,
  ServiceErrorExtra,
} from './FakeResponse';
export type { RecordedInvoke } from './RecordedInvoke';
export type { SigV4VerifierOptions } from './SigV4Verifier';

/** Options for {@link FakeLambdaServer.start}. */
export interface FakeLambdaServerOptions {
  /**
   * When set, every request's SigV4 signature is recomputed with these credentials; a bad one is answered
   * with 403 (`InvalidSignatureException`, `UnrecognizedClientException` for an unknown key id,
   * `MissingAuthenticationTokenException` without an Authorization header) and the handler is not called.
   */
  readonly verifySignature?: SigV4VerifierOptions;
  /** Initial handler (or fixed response); default {@link echoHandler}. */
  readonly handler?: InvokeHandler | FakeResponse;
  /**
   * Largest accepted RequestResponse/DryRun payload, in bytes; larger ones get 413 `RequestTooLargeException`.
   *
   * @defaultValue 6291456 (6 MiB, Lambda's synchronous limit)
   */
  readonly maxSyncPayloadBytes?: number;
  /**
   * Largest accepted Event payload, in bytes; larger ones get 413 `RequestTooLargeException`.
   *
   * @defaultValue 1048576 (1 MiB, Lambda's asynchronous limit)
   */
  readonly maxEventPayloadBytes?: number;
  /**
   * Answer a non-empty payload that is not JSON with 400 `InvalidRequestContentException` (as Lambda does)
   * instead of calling the handler.
   *
   * @defaultValue true
   */
  readonly rejectInvalidJson?: boolean;
}

/**
 * The default handler: like a function that echoes its event. RequestResponse gets 200 `{ "echo": <payload> }`,
 * Event gets 202 with an empty body, DryRun gets 204.
 *
 * @param req - the recorded request
 * @returns the echo response
 */
export function echoHandler(req: RecordedInvoke): FakeResponse {
  switch (req.invocationType) {
    case 'Event':
      return empty(202);
    case 'DryRun':
      return empty(204);
    default:
      return json({ echo: req.json ?? null });
  }
}

interface Waiter {
  readonly count: number;
  readonly resolve: (requests: RecordedInvoke[]) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

const INVOKE_ROUTE = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;
const INVOCATION_TYPES = new Set(['RequestResponse', 'Event', 'DryRun']);

/**
 * Fake Lambda Invoke endpoint (`POST /2015-03-31/functions/{FunctionName}/invocations`) on an ephemeral
 * 127.0.0.1 port. Point an SDK client at {@link FakeLambdaServer.endpoint}, script answers with
 * {@link FakeLambdaServer.onInvoke} and the builders exported next to it, and inspect
 * {@link FakeLambdaServer.requests}. Always {@link FakeLambdaServer.stop} it (in `afterAll`/`finally`).
 *
 * @example
 * ```ts
 * const server = await FakeLambdaServer.start();
 * try {
 *   server.onInvoke(sequence(throttled(0), json({ ok: true })));
 *   const lambda = new LambdaClient({ endpoint: server.endpoint, region: 'us-east-1',
 *     credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' } });
 *   const out = await lambda.send(new InvokeCommand({ FunctionName: 'dummy', Payload: '{}' }));
 *   // out.$metadata.attempts === 2, server.requests.length === 2
 * } finally {
 *   await server.stop();
 * }
 * ```
 */
export class FakeLambdaServer {
  /** Every routed Invoke request since start or the last {@link FakeLambdaServer.reset}, in arrival order. */
  public readonly requests: RecordedInvoke[] = [];

  private readonly _server: Server;
  private readonly _port: number;
  private readonly _verifier: SigV4Verifier | undefined;
  private readonly _maxSyncPayloadBytes: number;
  private readonly _maxEventPayloadBytes: number;
  private readonly _rejectInvalidJson: boolean;
  private readonly _sockets = new Set<Socket>();
  private readonly _socketIds = new WeakMap<Socket, number>();
  private readonly _timers = new Set<NodeJS.Timeout>();
  private readonly _waiters = new Set<Waiter>();
  private _handler: InvokeHandler = echoHandler;
  private _connectionCount = 0;
  private _nextSocketId = 1;
  private _stopping: Promise<void> | undefined;

  private constructor(server: Server, options: FakeLambdaServerOptions) {
    this._server = server;
    this._port = (server.address() as AddressInfo).port;
    this._verifier = options.verifySignature ? new SigV4Verifier(options.verifySignature) : undefined;
    this._maxSyncPayloadBytes = options.maxSyncPayloadBytes ?? 6 * 1024 * 1024;
    this._maxEventPayloadBytes = options.maxEventPayloadBytes ?? 1024 * 1024;
    this._rejectInvalidJson = options.rejectInvalidJson ?? true;
    if (options.handler !== undefined) {
      this.onInvoke(options.handler);
    }
    server.on('connection', (socket: Socket) => this.trackSocket(socket));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch(() => res.destroy());
    });
    server.on('clientError', (_err: Error, socket: Socket) => socket.destroy());
  }

  /**
   * Starts a server on 127.0.0.1 with an ephemeral port.
   *
   * @param options - signature verification, initial handler, payload limits
   * @returns the listening server
   * @throws Error when the socket cannot be bound
   */
  public static async start(options: FakeLambdaServerOptions = {}): Promise<FakeLambdaServer> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new FakeLambdaServer(server, options);
  }

  /** Base URL for the SDK's `endpoint` option, e.g. `http://127.0.0.1:40123`. */
  public get endpoint(): string {
    return `http://127.0.0.1:${this._port}`;
  }

  /** The ephemeral TCP port. */
  public get port(): number {
    return this._port;
  }

  /** TCP connections accepted since start or the last {@link FakeLambdaServer.reset}. */
  public get connectionCount(): number {
    return this._connectionCount;
  }

  /** TCP connections currently open (idle keep-alive sockets included). */
  public get openConnections(): number {
    return this._sockets.size;
  }

  /**
   * Sets how the next requests are answered.
   *
   * @param handler - a handler called per request, or one fixed response for every request
   */
  public onInvoke(handler: InvokeHandler | FakeResponse): void {
    this._handler = typeof handler === 'function' ? handler : () => handler;
  }

  /** Clears the recorded requests and the connection counter, and restores the default echo handler. */
  public reset(): void {
    this.requests.length = 0;
    this._connectionCount = 0;
    this._handler = echoHandler;
  }

  /**
   * Resolves once at least `count` requests are recorded (useful before acting on a hanging request).
   *
   * @param count - number of recorded requests to wait for
   * @param timeoutMs - give up after this many milliseconds; default 5000
   * @returns a copy of the recorded requests
   * @throws Error on timeout or when the server stops first
   */
  public waitForRequests(count: number, timeoutMs = 5000): Promise<RecordedInvoke[]> {
    if (this.requests.length >= count) {
      return Promise.resolve([...this.requests]);
    }
    return new Promise<RecordedInvoke[]>((resolve, reject) => {
      const waiter: Waiter = {
        count,
        resolve,
        reject,
        timer: setTimeout(() => {
          this._waiters.delete(waiter);
          reject(new Error(`FakeLambdaServer: ${count} request(s) not received within ${timeoutMs} ms (got ${this.requests.length})`));
        }, timeoutMs),
      };
      this._waiters.add(waiter);
    });
  }

  /**
   * Stops the server: cancels delayed answers, destroys every socket (hanging requests fail on the client
   * side with a connection reset) and closes the listener. Safe to call more than once.
   *
   * @returns a promise resolved when the listener is closed
   */
  public stop(): Promise<void> {
    this._stopping ??= new Promise<void>((resolve) => {
      for (const timer of this._timers) {
        clearTimeout(timer);
      }
      this._timers.clear();
      for (const waiter of this._waiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error('FakeLambdaServer stopped'));
      }
      this._waiters.clear();
      this._server.close(() => resolve());
      for (const socket of this._sockets) {
        socket.destroy();
      }
    });
    return this._stopping;
  }

  private trackSocket(socket: Socket): void {
    this._connectionCount += 1;
    this._socketIds.set(socket, this._nextSocketId++);
    this._sockets.add(socket);
    socket.once('close', () => this._sockets.delete(socket));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    const body = Buffer.concat(chunks);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? '' : url.slice(q + 1);
    const route = INVOKE_ROUTE.exec(path);
    if (req.method !== 'POST' || route === null) {
      this.respond(res, serviceError(404, 'UnknownOperationException', `No Lambda Invoke route for ${req.method} ${path}`));
      return;
    }

    const signature = this._verifier ? await this._verifier.verify({ method: req.method, path, query, headers: req.headers, body }) : null;
    const record: RecordedInvoke = {
      index: this.requests.length,
      connectionId: this._socketIds.get(req.socket as Socket) ?? 0,
      method: req.method,
      path,
      functionName: safeDecode(route[1]),
      qualifier: new URLSearchParams(query).get('Qualifier') ?? undefined,
      invocationType: headerValue(req, 'x-amz-invocation-type') ?? 'RequestResponse',
      logType: headerValue(req, 'x-amz-log-type'),
      clientContext: headerValue(req, 'x-amz-client-context'),
      headers: req.headers,
      body,
      json: parseJson(body),
      signatureValid: signature === null ? null : signature.valid,
    };
    this.record(record);

    const rejection = this.validate(record, signature);
    if (rejection !== undefined) {
      this.respond(res, rejection, record);
      return;
    }
    let response: FakeResponse;
    try {
      response = await this._handler(record);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      response = serviceError(500, 'ServiceException', `FakeLambdaServer handler threw: ${message}`);
    }
    this.respond(res, response, record);
  }

  private record(record: RecordedInvoke): void {
    this.requests.push(record);
    for (const waiter of this._waiters) {
      if (this.requests.length >= waiter.count) {
        clearTimeout(waiter.timer);
        this._waiters.delete(waiter);
        waiter.resolve([...this.requests]);
      }
    }
  }

  // The checks real Lambda makes before running the function; the handler never sees these requests.
  private validate(record: RecordedInvoke, signature: SigV4Result | null): FakeResponse | undefined {
    if (signature !== null && !signature.valid) {
      return serviceError(403, signature.errorType, signature.message);
    }
    if (!INVOCATION_TYPES.has(record.invocationType)) {
      return serviceError(400, 'InvalidParameterValueException', `Unsupported X-Amz-Invocation-Type '${record.invocationType}'`);
    }
    const limit = record.invocationType === 'Event' ? this._maxEventPayloadBytes : this._maxSyncPayloadBytes;
    if (record.body.length > limit) {
      return serviceError(413, 'RequestTooLargeException', `Request must be smaller than ${limit} bytes for the Invoke operation`);
    }
    if (this._rejectInvalidJson && record.body.length > 0 && record.json === undefined) {
      return serviceError(400, 'InvalidRequestContentException', 'Could not parse request body into json');
    }
    return undefined;
  }

  private respond(res: ServerResponse, response: FakeResponse, record?: RecordedInvoke): void {
    if (res.destroyed || res.writableEnded) {
      return;
    }
    switch (response.kind) {
      case 'http': {
        res.writeHead(response.status, completeHeaders(response, record));
        res.end(response.body);
        return;
      }
      case 'hang':
        // Leave the request open; stop() or the client's abort closes the socket.
        return;
      case 'reset':
        res.socket?.resetAndDestroy();
        return;
      case 'resetMidResponse': {
        res.writeHead(response.status, { 'Content-Type': 'application/json', 'Content-Length': String(response.declaredLength) });
        res.write(response.partialBody, () => res.socket?.destroy());
        return;
      }
      case 'delay': {
        const timer = setTimeout(() => {
          this._timers.delete(timer);
          this.respond(res, response.response, record);
        }, response.ms);
        this._timers.add(timer);
        // A client that gives up must not leave a timer keeping the process alive.
        res.once('close', () => {
          clearTimeout(timer);
          this._timers.delete(timer);
        });
        return;
      }
    }
  }
}

function completeHeaders(response: HttpFakeResponse, record: RecordedInvoke | undefined): Record<string, string> {
  const headers: Record<string, string> = { ...response.headers };
  const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  if (!names.has('x-amzn-requestid')) {
    headers['x-amzn-RequestId'] = randomUUID();
  }
  if (response.status === 200 && record !== undefined && !names.has('x-amz-executed-version')) {
    headers['X-Amz-Executed-Version'] = executedVersion(record);
  }
  if (!names.has('content-length')) {
    headers['Content-Length'] = String(response.body.length);
  }
  return headers;
}

// A numeric qualifier (query or `name:3` suffix) is a version; anything else is reported as $LATEST.
function executedVersion(record: RecordedInvoke): string {
  const suffix = /:(\d+)$/.exec(record.functionName)?.[1];
  const qualifier = record.qualifier ?? suffix;
  return qualifier !== undefined && /^\d+$/.test(qualifier) ? qualifier : '$LATEST';
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) {
    return undefined;
  }
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
