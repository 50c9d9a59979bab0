/**
 * Stand-ins for the parts of pip-services4-rpc-node this library needs.
 *
 * @module rpc
 */
export { InstrumentTiming } from './trace';
