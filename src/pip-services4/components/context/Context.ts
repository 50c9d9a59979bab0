/** @module context */
import { AnyValueMap, JsonConverter } from 'pip-services4-commons-node';
import { type IContext } from './IContext';
import { ContextResolver } from './ContextResolver';

/**
 * Basic execution context: a map of values such as `trace_id`, `client` and `user`.
 *
 * Values live in a private `_values` map, so the JSON form is `{"_values":{...}}` as in pip-services4.
 *
 * @example
 * ```ts
 * const context = Context.fromTraceId('123');
 * ContextResolver.getTraceId(context); // '123'
 * ```
 */
export class Context implements IContext {
    private _values: AnyValueMap;

    /**
     * Creates a context and fills it with values.
     *
     * @param values - (optional) an object whose own properties become the context values.
     */
    public constructor(values: unknown = null) {
        this._values = new AnyValueMap(values);
    }

    /**
     * Gets a context value by its key.
     *
     * @param key - the name of the value.
     * @returns the value, or null when it is not set.
     */
    public get(key: string): unknown {
        return this._values.get(key) ?? null;
    }

    /**
     * Gets the trace id (`trace_id`, then `traceId`).
     *
     * @returns the trace id as a string, or null when it is not defined.
     */
    public getTraceId(): string | null {
        return ContextResolver.getTraceId(this);
    }

    /**
     * Gets the client name (`client`).
     *
     * @returns the client name as a string, or null when it is not defined.
     */
    public getClient(): string | null {
        return ContextResolver.getClient(this);
    }

    /**
     * Gets the user reference (`user`).
     *
     * @returns the user value, or null when it is not defined.
     */
    public getUser(): unknown {
        return ContextResolver.getUser(this);
    }

    /**
     * Converts the context values to a JSON string.
     *
     * @returns the JSON representation of the values.
     */
    public toJson(): string {
        return JsonConverter.toJson(this._values);
    }

    /**
     * Creates a context from an object's own properties.
     *
     * @param value - an object with key-value pairs.
     * @returns a new Context.
     */
    public static fromValue(value: unknown): Context {
        return new Context(value);
    }

    /**
     * Creates a context from key-value pairs: key1, value1, key2, value2, ...
     *
     * @param tuples - alternating keys and values.
     * @returns a new Context.
     */
    public static fromTuples(...tuples: unknown[]): Context {
        return new Context(AnyValueMap.fromTuplesArray(tuples));
    }

    /**
     * Creates a context from a JSON object string.
     *
     * @param json - a JSON string such as `{"trace_id":"123"}`.
     * @returns a new Context (empty when the JSON is null).
     */
    public static fromJson(json: string): Context {
        return new Context(JsonConverter.toNullableMap(json));
    }

    /**
     * Creates a context from the own enumerable properties of a config map.
     * Works with our ConfigParams and with a real pip-services4 one.
     *
     * @param config - configuration parameters; null gives an empty context.
     * @returns a new Context.
     */
    public static fromConfig(config: object | null | undefined): Context {
        const values = new AnyValueMap();
        if (config != null) {
            for (const [key, value] of Object.entries(config)) {
                values.put(key, value);
            }
        }
        return new Context(values);
    }

    /**
     * Creates a context that holds only a trace id.
     *
     * @param traceId - the transaction id used to trace execution through a call chain.
     * @returns a new Context with `trace_id` set.
     */
    public static fromTraceId(traceId: string | null | undefined): Context {
        return new Context({ trace_id: traceId });
    }
}
