/** @module context */
import { type IContext } from './IContext';

/**
 * Reads well-known values (trace id, client, user) out of an execution context.
 *
 * Unlike the original, every method tolerates a missing context or one without a `get` function
 * (for example a plain string passed by mistake) and then returns null instead of throwing.
 */
export class ContextResolver {
    /**
     * Extracts the trace id from a context: `trace_id`, then `traceId`.
     *
     * @param context - the execution context; may be null or undefined.
     * @returns the trace id converted to a string, or null when it is not defined.
     */
    public static getTraceId(context: IContext | null | undefined): string | null {
        // `||` on purpose: an empty trace_id falls through to traceId, as in pip-services4.
        const traceId = ContextResolver.read(context, 'trace_id') || ContextResolver.read(context, 'traceId');
        return traceId != null ? String(traceId) : null;
    }

    /**
     * Extracts the client name from a context (`client`).
     *
     * @param context - the execution context; may be null or undefined.
     * @returns the client name converted to a string, or null when it is not defined.
     */
    public static getClient(context: IContext | null | undefined): string | null {
        const client = ContextResolver.read(context, 'client');
        return client != null ? String(client) : null;
    }

    /**
     * Extracts the user reference from a context (`user`).
     *
     * @param context - the execution context; may be null or undefined.
     * @returns the user value as stored (often an object), or null when it is not defined.
     */
    public static getUser(context: IContext | null | undefined): unknown {
        return ContextResolver.read(context, 'user') ?? null;
    }

    private static read(context: IContext | null | undefined, key: string): unknown {
        if (context == null || typeof (context as { get?: unknown }).get !== 'function') {
            return null;
        }
        return context.get(key);
    }
}
