/** @module config */
import { type IConfigurable } from './IConfigurable';

/**
 * A component that may be configured more than once while it runs.
 * Same method as {@link IConfigurable}; the separate name only states the intent.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a marker interface, as in pip-services4
export interface IReconfigurable extends IConfigurable {}
