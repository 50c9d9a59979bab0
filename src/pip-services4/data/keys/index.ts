/** @module keys */
export { IdGenerator } from './IdGenerator';
