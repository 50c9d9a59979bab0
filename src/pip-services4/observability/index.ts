/**
 * Stand-ins for the parts of pip-services4-observability-node this library needs: loggers, counters, tracers.
 *
 * @module observability
 */
export { LogLevel, LogLevelConverter, Logger, NullLogger, ConsoleLogger, CompositeLogger } from './log';
export type { ILogger } from './log';
export {
    CounterType, Counter, CounterTiming, NullCounters, CompositeCounters, CachedCounters, LogCounters,
} from './count';
export type { ICounterTimingCallback, ICounters } from './count';
export { TraceTiming, NullTracer, CompositeTracer, LogTracer } from './trace';
export type { ITracer } from './trace';
