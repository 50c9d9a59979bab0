/** @module config */
export { ConfigParams } from './ConfigParams';
export type { IConfigurable } from './IConfigurable';
export type { IReconfigurable } from './IReconfigurable';
