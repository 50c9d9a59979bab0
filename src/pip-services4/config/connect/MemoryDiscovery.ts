/** @module connect */
import { type IContext } from '../../components/context/IContext';
import { type ConfigParams } from '../../components/config/ConfigParams';
import { type IReconfigurable } from '../../components/config/IReconfigurable';
import { ConnectionParams } from './ConnectionParams';
import { type IDiscovery } from './IDiscovery';

/**
 * Discovery service that keeps connections in memory.
 *
 * ### Configuration parameters
 * - `<key>.*`: the connection parameters registered under `<key>` (one connection per first-level section).
 *
 * Unlike pip-services4, whose `configure` does nothing, {@link MemoryDiscovery.configure} reads the connections.
 *
 * @example
 * ```ts
 * const discovery = new MemoryDiscovery(ConfigParams.fromTuples('key1.host', '10.1.1.100', 'key1.port', 8080));
 * await discovery.resolveOne(null, 'key1'); // host=10.1.1.100;port=8080
 * ```
 */
export class MemoryDiscovery implements IDiscovery, IReconfigurable {
    /** Connections by key, in registration order. */
    protected _items = new Map<string, ConnectionParams[]>();

    /**
     * Creates the discovery service.
     *
     * @param config - (optional) connections to read, see {@link MemoryDiscovery.readConnections}.
     */
    public constructor(config: ConfigParams | null = null) {
        if (config != null) {
            this.readConnections(config);
        }
    }

    /**
     * Replaces the stored connections with those in the configuration.
     *
     * @param config - each first-level section is a key, its values the connection.
     */
    public configure(config: ConfigParams): void {
        this.readConnections(config);
    }

    /**
     * Replaces the stored connections: each first-level section of the configuration becomes a key
     * whose connection is that section's values.
     *
     * @param config - the configuration (ours or a real pip-services4 ConfigParams).
     */
    public readConnections(config: ConfigParams): void {
        this._items.clear();
        for (const key of config.getSectionNames()) {
            this._items.set(key, [new ConnectionParams(config.getSection(key))]);
        }
    }

    /**
     * Registers (a copy of) connection parameters under a key, after any already there.
     *
     * @param context - (optional) execution context; unused.
     * @param key - the key that identifies the connection.
     * @param connection - the connection to register.
     * @returns the connection as passed in.
     */
    public async register(context: IContext | null, key: string, connection: ConnectionParams): Promise<ConnectionParams> {
        const connections = this._items.get(key) ?? [];
        connections.push(new ConnectionParams(connection));
        this._items.set(key, connections);
        return connection;
    }

    /**
     * Resolves the first connection registered under a key.
     *
     * @param context - (optional) execution context; unused.
     * @param key - the key that identifies the connection.
     * @returns the connection, or null when none is registered under the key.
     */
    public async resolveOne(context: IContext | null, key: string): Promise<ConnectionParams | null> {
        return this._items.get(key)?.[0] ?? null;
    }

    /**
     * Resolves all connections registered under a key.
     *
     * @param context - (optional) execution context; unused.
     * @param key - the key that identifies the connections.
     * @returns the connections, in registration order; empty when none is registered.
     */
    public async resolveAll(context: IContext | null, key: string): Promise<ConnectionParams[]> {
        return [...(this._items.get(key) ?? [])];
    }
}
