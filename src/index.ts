/**
 * pip-services4's LambdaClient for TypeScript, on `@aws-sdk/client-lambda` v3: an abstract client that calls AWS
 * Lambda functions from microservices, with the pip-services4 contracts it needs.
 *
 * @packageDocumentation
 */

// The library
export { LambdaClient, CommandableLambdaClient, LambdaRetryStrategy } from './clients';
export { AwsConnectionParams, AwsConnectionResolver } from './connect';
export { LambdaErrorCodes, type LambdaErrorCode, LambdaErrorMapper } from './errors';
export { TestLambdaClient, TestCommandableLambdaClient } from './test';

// Stand-ins for pip-services4-components-node
export type {
    IContext, IConfigurable, IReconfigurable, DescriptorLike, IReferences, IReferenceable, IUnreferenceable, IClosable,
    IOpenable,
} from './pip-services4/components';
export {
    Context, ContextResolver, ConfigParams, isDescriptorLike, Descriptor, Reference, References, ReferenceException,
    DependencyResolver,
} from './pip-services4/components';

// Stand-ins for pip-services4-config-node
export type { IDiscovery, ICredentialStore } from './pip-services4/config';
export {
    ConnectionParams, MemoryDiscovery, ConnectionResolver, CredentialParams, MemoryCredentialStore, CredentialResolver,
} from './pip-services4/config';

// Stand-ins for pip-services4-observability-node
export type { ILogger, ICounterTimingCallback, ICounters, ITracer } from './pip-services4/observability';
export {
    LogLevel, LogLevelConverter, Logger, NullLogger, ConsoleLogger, CompositeLogger, CounterType, Counter, CounterTiming,
    NullCounters, CompositeCounters, CachedCounters, LogCounters, TraceTiming, NullTracer, CompositeTracer, LogTracer,
} from './pip-services4/observability';

// Stand-ins for pip-services4-rpc-node and pip-services4-data-node
export { InstrumentTiming } from './pip-services4/rpc';
export { IdGenerator } from './pip-services4/data';
