/** @module context */

/**
 * Execution context passed through a call chain (trace id, client, user, ...).
 *
 * Any object with a `get` function qualifies, so a real pip-services4 `Context` can be used as is.
 * `get` returns `unknown` here; a real implementation that returns `any` still satisfies this interface.
 */
export interface IContext {
    /**
     * Gets a context value by its key.
     *
     * @param key - the name of the value, e.g. `trace_id`.
     * @returns the value, or null/undefined when it is not set.
     */
    get(key: string): unknown;
}
