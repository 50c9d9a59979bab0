/** @module clients */
import {
    type LambdaClient as AwsLambdaClient,
    type LambdaClientConfig,
    type InvocationType,
    type InvokeCommandOutput,
    type LogType,
} from '@aws-sdk/client-lambda';
import {
    type ApplicationException,
    BadRequestException,
    ConfigException,
    InvalidStateException,
    InvocationException,
} from 'pip-services4-commons-node';

import { type AwsConnectionParams } from '../connect/AwsConnectionParams';
import { AwsConnectionResolver } from '../connect/AwsConnectionResolver';
import { LambdaErrorCodes } from '../errors/LambdaErrorCodes';
import { LambdaErrorMapper } from '../errors/LambdaErrorMapper';
import { type ConfigParams } from '../pip-services4/components/config/ConfigParams';
import { type IConfigurable } from '../pip-services4/components/config/IConfigurable';
import { ContextResolver } from '../pip-services4/components/context/ContextResolver';
import { type IContext } from '../pip-services4/components/context/IContext';
import { DependencyResolver } from '../pip-services4/components/refer/DependencyResolver';
import { type IReferenceable } from '../pip-services4/components/refer/IReferenceable';
import { type IReferences } from '../pip-services4/components/refer/IReferences';
import { type IUnreferenceable } from '../pip-services4/components/refer/IUnreferenceable';
import { References } from '../pip-services4/components/refer/References';
import { type IOpenable } from '../pip-services4/components/run/IOpenable';
import { IdGenerator } from '../pip-services4/data/keys/IdGenerator';
import { CompositeCounters } from '../pip-services4/observability/count/CompositeCounters';
import { CompositeLogger } from '../pip-services4/observability/log/CompositeLogger';
import { CompositeTracer } from '../pip-services4/observability/trace/CompositeTracer';
import { InstrumentTiming } from '../pip-services4/rpc/trace/InstrumentTiming';
import { CallSignal } from './CallSignal';
import { type DirectInvoker, type DirectInvokeOutput } from './DirectInvoker';
import type * as DirectInvokerModule from './DirectInvoker';
import { LambdaRetryStrategy } from './LambdaRetryStrategy';
import { SdkModules } from './SdkModules';

/** Default time to establish a connection, as in pip-services4 (`options.connect_timeout`). */
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** Default bound of a whole call: Lambda's 15-minute maximum run time plus a margin for the round trip. */
const DEFAULT_TIMEOUT_MS = 15 * 60_000 + 30_000;
/** Default retries after the first attempt: the SDK's default of 3 attempts. */
const DEFAULT_RETRIES = 2;
/** Default socket pool size per client: the SDK's default. */
const DEFAULT_MAX_SOCKETS = 50;
/** Lambda's request payload limits, in bytes, per invocation type. */
const PAYLOAD_LIMITS: Readonly<Record<string, number>> = { RequestResponse: 6_291_456, Event: 1_048_576, DryRun: 6_291_456 };

/** Why a call's abort signal fired. */
const ABORT_TIMEOUT = 'timeout';
const ABORT_CLOSED = 'closed';

/**
 * Abstract client that calls AWS Lambda functions.
 *
 * When making calls, the `cmd` parameter determines what action shall be called, while the other parameters are
 * passed to the action itself: the function receives one JSON object with the parameters plus `cmd` and `trace_id`.
 * A subclass wraps {@link LambdaClient.call} and {@link LambdaClient.callOneWay} in typed methods.
 *
 * A port of pip-services4's `LambdaClient` to `@aws-sdk/client-lambda` v3, with one SDK client per instance.
 * The README lists every deviation from pip-services4 (each a fix).
 *
 * ### Configuration parameters
 * - **connection(s)**:
 *   - **discovery_key**: (optional) key to retrieve the connection from an IDiscovery service
 *   - **arn**: function name or ARN (full, partial or with a version or alias suffix); sent as it is
 *   - **region**: (optional) AWS region; the SDK's own resolution (`AWS_REGION`, profile) when absent
 *   - **endpoint** (or **uri**): (optional) service endpoint override, e.g. a local emulator
 * - **credential(s)**:
 *   - **store_key**: (optional) key to retrieve the credentials from an ICredentialStore
 *   - **access_id**: AWS access key id; with no key pair, the SDK's default credential provider chain is used
 *   - **access_key**: AWS secret access key
 *   - **session_token**: (optional) AWS session token for temporary credentials
 * - **options**:
 *   - **connect_timeout**: time to establish a connection, in ms (default: 10000; 0: none)
 *   - **timeout**: bound of a whole call, retries included, in ms (default: 930000, enough for a 15-minute function; 0: none)
 *   - **retries**: retries after the first attempt (default: 2; 0: one attempt)
 *   - **retry_unsafe**: also retry timeouts and resets after the request was sent (default: false)
 *   - **log_type**: `None` or `Tail`: request the function's log tail for error details (default: None)
 *   - **max_sockets**: size of the keep-alive socket pool (default: 50)
 *   - **direct_invoke**: send `Invoke` through the SDK client's own signer, endpoint, request handler and retry
 *     strategy without its generic command pipeline (default: true); see the README's "Performance" section
 *
 * ### References
 * - `*:logger:*:*:1.0` - (optional) ILogger components to pass log messages
 * - `*:counters:*:*:1.0` - (optional) ICounters components to pass collected measurements
 * - `*:tracer:*:*:1.0` - (optional) ITracer components to record traces
 * - `*:discovery:*:*:1.0` - (optional) IDiscovery services to resolve connections
 * - `*:credential-store:*:*:1.0` - (optional) credential stores to resolve credentials
 *
 * @example
 * ```ts
 * class MyLambdaClient extends LambdaClient {
 *     public async getData(context: IContext | null, id: string): Promise<MyData | null> {
 *         const timing = this.instrument(context, 'myclient.get_data');
 *         try {
 *             const result = await this.call<MyData | null>('get_data', context, { id });
 *             timing.endTiming();
 *             return result;
 *         } catch (err) {
 *             timing.endTiming(err as Error);
 *             throw err;
 *         }
 *     }
 * }
 *
 * const client = new MyLambdaClient();
 * client.configure(ConfigParams.fromTuples(
 *     'connection.region', 'us-east-1',
 *     'connection.arn', 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
 *     'credential.access_id', 'XXXXXXXXXXX',
 *     'credential.access_key', 'XXXXXXXXXXX',
 * ));
 * await client.open(Context.fromTraceId('123'));
 * const data = await client.getData(Context.fromTraceId('123'), '1');
 * ```
 */
export abstract class LambdaClient implements IOpenable, IConfigurable, IReferenceable, IUnreferenceable {
    /** The AWS SDK Lambda client, created in {@link LambdaClient.open} and destroyed in {@link LambdaClient.close}. */
    protected _lambda: AwsLambdaClient | null = null;
    /** The opened flag. */
    protected _opened = false;
    /** The AWS connection parameters resolved in {@link LambdaClient.open}. */
    protected _connection: AwsConnectionParams | null = null;
    /** The dependencies resolver, configured from `dependencies.*`, for subclasses. */
    protected _dependencyResolver: DependencyResolver = new DependencyResolver();
    /** The connection resolver. */
    protected _connectionResolver: AwsConnectionResolver = new AwsConnectionResolver();
    /** The logger. */
    protected _logger: CompositeLogger = new CompositeLogger();
    /** The performance counters. */
    protected _counters: CompositeCounters = new CompositeCounters();
    /** The tracer. */
    protected _tracer: CompositeTracer = new CompositeTracer();

    private _connectTimeout = DEFAULT_CONNECT_TIMEOUT_MS;
    private _timeout = DEFAULT_TIMEOUT_MS;
    private _retries = DEFAULT_RETRIES;
    private _retryUnsafe = false;
    private _logType: LogType = 'None';
    private _maxSockets = DEFAULT_MAX_SOCKETS;
    private _directInvoke = true;
    private _invoker: DirectInvoker | null = null;
    /** The SDK's own `send`: when the client's `send` is another function (a mock, a wrapper), calls go through it. */
    private _sdkSend: unknown = null;
    private _functionName = '';
    private _opening: Promise<void> | null = null;
    private readonly _inFlight = new Set<CallSignal>();

    /**
     * Configures the component by passing its configuration parameters.
     *
     * @param config - configuration parameters to be set.
     * @throws {@link ConfigException} `INVALID_CONFIG` naming the key when an option is malformed.
     */
    public configure(config: ConfigParams): void {
        this._connectionResolver.configure(config);
        this._dependencyResolver.configure(config);
        this._connectTimeout = LambdaClient.readInteger(config, 'options.connect_timeout', 0,
            LambdaClient.readInteger(config, 'options.connection_timeout', 0, this._connectTimeout));
        this._timeout = LambdaClient.readInteger(config, 'options.timeout', 0, this._timeout);
        this._retries = LambdaClient.readInteger(config, 'options.retries', 0, this._retries);
        this._maxSockets = LambdaClient.readInteger(config, 'options.max_sockets', 1, this._maxSockets);
        this._retryUnsafe = LambdaClient.readBoolean(config, 'options.retry_unsafe', this._retryUnsafe);
        this._directInvoke = LambdaClient.readBoolean(config, 'options.direct_invoke', this._directInvoke);
        const logType = config.getAsNullableString('options.log_type');
        if (logType != null) {
            const normalized = logType.toLowerCase();
            if (normalized !== 'none' && normalized !== 'tail') {
                throw LambdaClient.invalidConfig('options.log_type', logType, 'None or Tail');
            }
            this._logType = normalized === 'tail' ? 'Tail' : 'None';
        }
    }

    /**
     * Sets references to dependent components: loggers, counters, tracers, discovery services, credential stores
     * and the dependencies named in the `dependencies` configuration section.
     *
     * @param references - references to locate the component dependencies.
     */
    public setReferences(references: IReferences): void {
        this._logger.setReferences(references);
        this._counters.setReferences(references);
        this._tracer.setReferences(references);
        this._connectionResolver.setReferences(references);
        this._dependencyResolver.setReferences(references);
    }

    /**
     * Unsets references: from now on the client logs, counts and traces nowhere, and resolves no connection
     * through discovery services or credential stores.
     */
    public unsetReferences(): void {
        this._logger = new CompositeLogger();
        this._counters = new CompositeCounters();
        this._tracer = new CompositeTracer();
        const empty = new References();
        this._connectionResolver.setReferences(empty);
        this._dependencyResolver.setReferences(empty);
    }

    /**
     * Adds instrumentation to log calls and measure call time: logs "Executing <name> method" at trace level,
     * increments `<name>.exec_count`, starts the `<name>.exec_time` timing and a tracer span.
     *
     * @param context - (optional) a context to trace execution through a call chain.
     * @param name - a method name.
     * @returns an {@link InstrumentTiming} to end with `endTiming()` on success or `endTiming(err)` on failure;
     *          a failure logs the error, increments `<name>.exec_errors` and records a tracer failure.
     */
    protected instrument(context: IContext | null, name: string): InstrumentTiming {
        this._logger.trace(context, 'Executing %s method', name);
        this._counters.incrementOne(name + '.exec_count');
        const counterTiming = this._counters.beginTiming(name + '.exec_time');
        const traceTiming = this._tracer.beginTrace(context, name, null);
        return new InstrumentTiming(context, name, 'exec', this._logger, this._counters, counterTiming, traceTiming);
    }

    /**
     * Checks if the component is open.
     *
     * @returns true if the component is open and false otherwise.
     */
    public isOpen(): boolean {
        return this._opened;
    }

    /**
     * Opens the component: resolves the connection and builds this instance's SDK client. A no-op when open;
     * concurrent calls share one opening.
     *
     * @param context - (optional) a context to trace execution through a call chain.
     * @throws {@link ConfigException} when the connection is not valid (`NO_AWS_CONNECTION`, `NO_ACCESS_ID`,
     *         `NO_ACCESS_KEY`, `INVALID_CONFIG`, `NO_REGION`).
     * @throws ReferenceException when a discovery or store key is configured but no such component is referenced.
     */
    public async open(context: IContext | null): Promise<void> {
        if (this._opened) {
            return;
        }
        if (this._opening == null) {
            this._opening = this.openClient(context).finally(() => {
                this._opening = null;
            });
        }
        return this._opening;
    }

    /**
     * Closes the component: destroys the SDK client and its sockets. Calls still in flight reject with
     * InvalidStateException `CLIENT_CLOSED`. A no-op when closed; the client can be opened again.
     *
     * @param context - (optional) a context to trace execution through a call chain.
     */
    public async close(context: IContext | null): Promise<void> {
        if (this._opening != null) {
            await this._opening.catch(() => undefined);
        }
        if (!this._opened) {
            return;
        }
        this._opened = false;
        for (const signal of this._inFlight) {
            signal.abort(ABORT_CLOSED);
        }
        this._inFlight.clear();
        this._lambda?.destroy();
        this._lambda = null;
        this._invoker = null;
        this._logger.debug(context, 'Closed lambda client for %s', this._functionName);
    }

    /**
     * Creates the SDK client. Override it to decorate the client (for example with X-Ray) or to supply another one.
     *
     * @param config - the SDK client configuration built from the resolved connection and options.
     * @returns a new SDK Lambda client owned by this instance.
     */
    protected createLambdaClient(config: LambdaClientConfig): AwsLambdaClient {
        return new (SdkModules.lambda().LambdaClient)(config);
    }

    /**
     * Performs an AWS Lambda function invocation.
     *
     * The payload is one JSON object: a copy of `args` plus `cmd` and `trace_id` (the context's trace id, or a new
     * one). The caller's object is never changed.
     *
     * @param invocationType - `RequestResponse` (wait for the result), `Event` (queue it) or `DryRun`.
     * @param cmd - the action name to be called.
     * @param context - (optional) a context to trace execution through a call chain.
     * @param args - (optional) action parameters: a plain object.
     * @returns the function's JSON result, or null for an empty payload (an `Event` call, a handler that returned
     *          nothing).
     * @throws BadRequestException before anything is sent: `NO_COMMAND`, `INVALID_PARAMS`, `RESERVED_PARAMETER`,
     *         `SERIALIZATION_FAILED`, `PAYLOAD_TOO_LARGE`.
     * @throws InvalidStateException `NOT_OPENED` before {@link LambdaClient.open} or after {@link LambdaClient.close};
     *         `CLIENT_CLOSED` when closed during the call.
     * @throws ApplicationException for a function error (rebuilt from a pip-services4 error description, or an
     *         InvocationException) and for SDK failures (see the README's error table).
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pip-services4 subclasses assign results untyped
    protected async invoke<T = any>(invocationType: InvocationType, cmd: string, context: IContext | null,
        args?: object | null): Promise<T> {
        const traceId = ContextResolver.getTraceId(context) ?? IdGenerator.nextShort();
        if (typeof cmd !== 'string' || cmd === '') {
            throw new BadRequestException(traceId, LambdaErrorCodes.NO_COMMAND, 'Missing Seneca pattern cmd');
        }
        const lambda = this._lambda;
        if (!this._opened || lambda == null) {
            throw new InvalidStateException(traceId, LambdaErrorCodes.NOT_OPENED,
                'Lambda client is not opened: call open() before ' + cmd);
        }
        const payload = LambdaClient.serializePayload(invocationType, cmd, traceId, args);
        const functionName = this._functionName;
        const logType = invocationType === 'RequestResponse' ? this._logType : 'None';
        const invoker = this._invoker;

        const signal = new CallSignal();
        const timer = this._timeout > 0 ? setTimeout(() => signal.abort(ABORT_TIMEOUT), this._timeout) : null;
        this._inFlight.add(signal);
        let response: InvokeCommandOutput | DirectInvokeOutput;
        try {
            response = invoker != null && lambda.send === this._sdkSend
                ? await invoker.invoke(functionName, invocationType, logType, payload, signal)
                : await lambda.send(new (SdkModules.lambda().InvokeCommand)({
                    FunctionName: functionName, InvocationType: invocationType, LogType: logType, Payload: payload,
                }), { abortSignal: signal });
        } catch (err) {
            throw this.toCallError(err, signal, traceId, functionName);
        } finally {
            if (timer != null) {
                clearTimeout(timer);
            }
            this._inFlight.delete(signal);
        }
        return LambdaClient.parseResponse<T>(response, traceId, functionName);
    }

    /**
     * Calls an AWS Lambda function action and waits for its result (`RequestResponse`).
     *
     * @param cmd - an action name to be called.
     * @param context - (optional) a context to trace execution through a call chain.
     * @param params - (optional) action parameters: a plain object.
     * @returns the action result, or null when the function returned nothing.
     * @throws see {@link LambdaClient.invoke}.
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pip-services4 subclasses assign results untyped
    protected async call<T = any>(cmd: string, context: IContext | null, params?: object | null): Promise<T> {
        return this.invoke<T>('RequestResponse', cmd, context, params);
    }

    /**
     * Calls an AWS Lambda function action asynchronously (`Event`), without waiting for its result. Resolves once
     * Lambda has queued the event.
     *
     * @param cmd - an action name to be called.
     * @param context - (optional) a context to trace execution through a call chain.
     * @param params - (optional) action parameters: a plain object.
     * @throws see {@link LambdaClient.invoke}; the payload limit is 1 MB for events.
     */
    protected async callOneWay(cmd: string, context: IContext | null, params?: object | null): Promise<void> {
        await this.invoke<unknown>('Event', cmd, context, params);
    }

    private async openClient(context: IContext | null): Promise<void> {
        const connection = await this._connectionResolver.resolve(context);
        const functionName = connection.getFunctionName() ?? '';
        const retryStrategy = new LambdaRetryStrategy(this._retries + 1, this._retryUnsafe);
        const lambda = this.createLambdaClient(this.buildClientConfig(connection, retryStrategy));
        try {
            await lambda.config.region();
        } catch (err) {
            lambda.destroy();
            throw LambdaErrorMapper.withCause(new ConfigException(ContextResolver.getTraceId(context) ?? undefined,
                LambdaErrorCodes.NO_REGION,
                'No AWS region: configure connection.region, use a full function ARN, or set AWS_REGION'), err);
        }
        this._invoker = await this.createDirectInvoker(context, lambda);
        this._sdkSend = SdkModules.client().Client.prototype.send;
        this._connection = connection;
        this._functionName = functionName;
        this._lambda = lambda;
        this._opened = true;
        this._logger.debug(context, 'Lambda client connected to %s', functionName);
    }

    private async createDirectInvoker(context: IContext | null, lambda: AwsLambdaClient): Promise<DirectInvoker | null> {
        // A client from an overridden factory may carry middleware of its own (X-Ray, say): it keeps the full pipeline.
        if (!this._directInvoke || this.createLambdaClient !== LambdaClient.prototype.createLambdaClient) {
            return null;
        }
        try {
            // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded with the SDK, on first open
            const { DirectInvoker } = require('./DirectInvoker') as typeof DirectInvokerModule;
            return await DirectInvoker.create(lambda, await lambda.config.retryStrategy() as LambdaRetryStrategy);
        } catch (err) {
            // The direct path reads SDK client configuration that a future SDK release could change: stay correct.
            this._logger.warn(context, 'Direct Invoke path unavailable, using the SDK command pipeline: %s', (err as Error).message);
            return null;
        }
    }

    private buildClientConfig(connection: AwsConnectionParams, retryStrategy: LambdaRetryStrategy): LambdaClientConfig {
        const accessId = connection.getAccessId();
        const accessKey = connection.getAccessKey();
        const sessionToken = connection.getSessionToken();
        const agentOptions = { keepAlive: true, maxSockets: this._maxSockets };
        const maxAttempts = this._retries + 1;
        const config: LambdaClientConfig = {
            region: connection.getRegion() ?? undefined,
            maxAttempts,
            retryStrategy,
            requestHandler: new (SdkModules.httpHandler().NodeHttpHandler)({
                connectionTimeout: this._connectTimeout,
                // Options rather than agents: the handler builds its own keep-alive agents from them.
                httpAgent: agentOptions,
                httpsAgent: agentOptions,
            }),
        };
        if (accessId != null && accessKey != null) {
            config.credentials = sessionToken != null
                ? { accessKeyId: accessId, secretAccessKey: accessKey, sessionToken }
                : { accessKeyId: accessId, secretAccessKey: accessKey };
        }
        const endpoint = connection.getEndpoint();
        if (endpoint != null) {
            if (!URL.canParse(endpoint)) {
                throw LambdaClient.invalidConfig('connection.endpoint', endpoint, 'an absolute URL such as http://127.0.0.1:3002');
            }
            config.endpoint = endpoint;
        }
        return config;
    }

    private toCallError(err: unknown, signal: CallSignal, traceId: string, functionName: string): ApplicationException {
        if (signal.aborted && signal.reason === ABORT_CLOSED) {
            return LambdaErrorMapper.withCause(new InvalidStateException(traceId, LambdaErrorCodes.CLIENT_CLOSED,
                'Lambda client was closed while calling ' + functionName), err);
        }
        return LambdaErrorMapper.fromSdkError(err, traceId, functionName, signal.aborted && signal.reason === ABORT_TIMEOUT);
    }

    private static serializePayload(invocationType: InvocationType, cmd: string, traceId: string,
        args: object | null | undefined): Buffer {
        if (args != null && (typeof args !== 'object' || Array.isArray(args))) {
            throw new BadRequestException(traceId, LambdaErrorCodes.INVALID_PARAMS,
                'Lambda call parameters must be a plain object, got ' + (Array.isArray(args) ? 'an array' : typeof args))
                .withDetails('cmd', cmd);
        }
        if (args != null && (Object.hasOwn(args, 'cmd') || Object.hasOwn(args, 'trace_id'))) {
            throw new BadRequestException(traceId, LambdaErrorCodes.RESERVED_PARAMETER,
                'Lambda call parameters must not contain cmd or trace_id: the client sets them')
                .withDetails('cmd', cmd);
        }
        let json: string;
        let lossy: string | null;
        try {
            // The plain stringify is V8's fast path; the walk then finds what it would have dropped or changed.
            // Object.assign keeps the copy on V8's fast properties (a spread literal made stringify 4x slower), but it
            // would turn an own "__proto__" key into a prototype change: such params take the spread.
            const body: Record<string, unknown> = args != null && Object.hasOwn(args, '__proto__')
                ? { ...args } : Object.assign({}, args) as Record<string, unknown>;
            body.cmd = cmd;
            body.trace_id = traceId;
            json = JSON.stringify(body);
            lossy = args != null ? LambdaClient.findLossyValue(args, '') : null;
        } catch (err) {
            throw LambdaErrorMapper.withCause(new BadRequestException(traceId, LambdaErrorCodes.SERIALIZATION_FAILED,
                'Lambda call parameters cannot be serialized to JSON: ' + (err as Error).message)
                .withDetails('cmd', cmd), err);
        }
        if (lossy != null) {
            throw new BadRequestException(traceId, LambdaErrorCodes.SERIALIZATION_FAILED,
                'Lambda call parameters cannot be serialized to JSON without loss: ' + lossy)
                .withDetails('cmd', cmd).withDetails('path', lossy);
        }
        const payload = Buffer.from(json, 'utf8');
        const limit = PAYLOAD_LIMITS[invocationType] ?? PAYLOAD_LIMITS.RequestResponse;
        if (payload.length > limit) {
            throw new BadRequestException(traceId, LambdaErrorCodes.PAYLOAD_TOO_LARGE,
                'Lambda ' + invocationType + ' payload of ' + payload.length + ' bytes exceeds the limit of ' + limit + ' bytes')
                .withDetails('cmd', cmd).withDetails('size', payload.length).withDetails('limit', limit);
        }
        return payload;
    }

    /**
     * Finds a value that JSON would silently drop or change: a function, a symbol, a non-finite number, `undefined`
     * in an array (it becomes null), a Map or a Set (they become {}). `undefined` object properties are left out, as
     * in any JSON. Runs after a successful stringify, so the graph has no cycles.
     *
     * @returns a description of the first such value and where it is, or null.
     */
    private static findLossyValue(value: unknown, path: string, inArray = false): string | null {
        switch (typeof value) {
            case 'function':
            case 'symbol':
            case 'bigint':
                return 'a ' + typeof value + ' at "' + path + '"';
            case 'number':
                return Number.isFinite(value) ? null : 'the number ' + value + ' at "' + path + '"';
            case 'undefined':
                return inArray ? 'undefined at "' + path + '" would become null' : null;
            case 'object': {
                if (value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
                    return null;
                }
                if (value instanceof Map || value instanceof Set) {
                    return 'a ' + value.constructor.name + ' at "' + path + '" would become {}';
                }
                if (Array.isArray(value)) {
                    for (let i = 0; i < value.length; i++) {
                        const found = LambdaClient.findLossyValue(value[i], path + '[' + i + ']', true);
                        if (found != null) {
                            return found;
                        }
                    }
                    return null;
                }
                for (const key in value) {
                    if (Object.hasOwn(value, key)) {
                        const found = LambdaClient.findLossyValue((value as Record<string, unknown>)[key],
                            path === '' ? key : path + '.' + key);
                        if (found != null) {
                            return found;
                        }
                    }
                }
                return null;
            }
            default:
                return null;
        }
    }

    private static parseResponse<T>(response: InvokeCommandOutput | DirectInvokeOutput, traceId: string, functionName: string): T {
        const payload = response.Payload;
        let text = '';
        if (payload != null && payload.length > 0) {
            text = Buffer.isBuffer(payload) ? payload.toString('utf8')
                : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8');
        }
        if (response.FunctionError) {
            const logTail = response.LogResult ? Buffer.from(response.LogResult, 'base64').toString('utf8') : null;
            throw LambdaErrorMapper.fromFunctionError(response.FunctionError, text, traceId, functionName, logTail);
        }
        if (text === '') {
            return null as T;
        }
        try {
            return JSON.parse(text) as T;
        } catch (err) {
            throw LambdaErrorMapper.withCause(new InvocationException(traceId, LambdaErrorCodes.DESERIALIZATION_FAILED,
                'Failed to deserialize result of lambda function ' + functionName + ': the payload is not JSON')
                .withDetails('function_name', functionName), err);
        }
    }

    private static readInteger(config: ConfigParams, key: string, min: number, defaultValue: number): number {
        const raw = config.getAsNullableString(key);
        if (raw == null || raw === '') {
            return defaultValue;
        }
        const value = Number(raw);
        if (!Number.isSafeInteger(value) || value < min) {
            throw LambdaClient.invalidConfig(key, raw, 'an integer of at least ' + min);
        }
        return value;
    }

    private static readBoolean(config: ConfigParams, key: string, defaultValue: boolean): boolean {
        const raw = config.getAsNullableString(key);
        if (raw == null || raw === '') {
            return defaultValue;
        }
        const normalized = raw.toLowerCase();
        if (normalized === 'true' || normalized === '1' || normalized === 'yes') {
            return true;
        }
        if (normalized === 'false' || normalized === '0' || normalized === 'no') {
            return false;
        }
        throw LambdaClient.invalidConfig(key, raw, 'true or false');
    }

    private static invalidConfig(key: string, value: string, expected: string): ConfigException {
        const error = new ConfigException(undefined, LambdaErrorCodes.INVALID_CONFIG,
            'Invalid ' + key + ': expected ' + expected + ', got "' + value + '"');
        error.withDetails('key', key);
        return error;
    }
}
