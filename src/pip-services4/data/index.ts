/** @module data */
export { IdGenerator } from './keys';
