/** @module count */
export { CounterType } from './CounterType';
export { Counter } from './Counter';
export type { ICounterTimingCallback } from './ICounterTimingCallback';
export { CounterTiming } from './CounterTiming';
export type { ICounters } from './ICounters';
export { NullCounters } from './NullCounters';
export { CompositeCounters } from './CompositeCounters';
export { CachedCounters } from './CachedCounters';
export { LogCounters } from './LogCounters';
