/** @module trace */
export { InstrumentTiming } from './InstrumentTiming';
