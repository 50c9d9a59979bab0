/** @module trace */
export type { ITracer } from './ITracer';
export { TraceTiming } from './TraceTiming';
export { NullTracer } from './NullTracer';
export { CompositeTracer } from './CompositeTracer';
export { LogTracer } from './LogTracer';
