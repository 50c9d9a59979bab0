/** @module connect */
import { type IContext } from '../../components/context/IContext';
import { ConfigParams } from '../../components/config/ConfigParams';
import { type IReferences } from '../../components/refer/IReferences';
import { Descriptor } from '../../components/refer/Descriptor';
import { ReferenceException } from '../../components/refer/ReferenceException';
import { ConnectionParams } from './ConnectionParams';
import { type IDiscovery } from './IDiscovery';

/**
 * Resolves a component's connection from its configuration, asking discovery services
 * (`*:discovery:*:*:*` references) for connections that carry a `discovery_key`.
 *
 * ### Configuration parameters
 * - `connection.*`: one connection; `connection.discovery_key` (optional) resolves it through discovery.
 * - `connections.<name>.*`: several connections, instead of `connection`.
 *
 * ### References
 * - `*:discovery:*:*:*` (optional): {@link IDiscovery} services, needed only for connections with a discovery key.
 *
 * Deviation from pip-services4: when several discovery-keyed connections resolve, {@link ConnectionResolver.resolve}
 * returns the first hit (pip-services4 keeps the last one).
 *
 * @example
 * ```ts
 * const resolver = new ConnectionResolver(ConfigParams.fromTuples('connection.host', 'localhost', 'connection.port', 8080));
 * const connection = await resolver.resolve(null); // host=localhost;port=8080
 * ```
 */
export class ConnectionResolver {
    private readonly _connections: ConnectionParams[] = [];
    private _references: IReferences | null = null;

    /**
     * Creates the resolver.
     *
     * @param config - (optional) configuration, passed to {@link ConnectionResolver.configure}.
     * @param references - (optional) references, passed to {@link ConnectionResolver.setReferences}.
     */
    public constructor(config: ConfigParams | null = null, references: IReferences | null = null) {
        if (config != null) {
            this.configure(config);
        }
        if (references != null) {
            this.setReferences(references);
        }
    }

    /**
     * Adds the connections found in the `connections` or `connection` section.
     *
     * @param config - the configuration (ours or a real pip-services4 ConfigParams).
     */
    public configure(config: ConfigParams): void {
        this._connections.push(...ConnectionParams.manyFromConfig(config));
    }

    /**
     * Sets the references used to find discovery services.
     *
     * @param references - the component references (ours or a real pip-services4 References).
     */
    public setReferences(references: IReferences): void {
        this._references = references;
    }

    /**
     * Gets the configured connections as they are, without asking discovery services.
     *
     * @returns the configured connections (the resolver's own list).
     */
    public getAll(): ConnectionParams[] {
        return this._connections;
    }

    /**
     * Adds a connection.
     *
     * @param connection - the connection to add.
     */
    public add(connection: ConnectionParams): void {
        this._connections.push(connection);
    }

    /**
     * Resolves one connection: the first configured connection without a discovery key; otherwise the first
     * discovery-keyed connection that a discovery service resolves, merged with its configured values
     * (discovered values win on clashes).
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @returns the connection, or null when none is configured, none resolves, or references were never set.
     * @throws ReferenceException when a discovery key is configured but no discovery service is referenced.
     */
    public async resolve(context: IContext | null): Promise<ConnectionParams | null> {
        const direct = this._connections.find((connection) => !connection.useDiscovery());
        if (direct != null) {
            return direct;
        }
        for (const connection of this._connections) {
            const key = connection.getDiscoveryKey();
            if (key == null) {
                continue;
            }
            for (const discovery of this.getDiscoveries(context)) {
                const found = await discovery.resolveOne(context, key);
                if (found != null) {
                    return new ConnectionParams(ConfigParams.mergeConfigs(connection, found));
                }
            }
        }
        return null;
    }

    /**
     * Resolves all connections: every configured connection without a discovery key, then every connection
     * the discovery services return for each discovery key, merged with its configured values.
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @returns all resolved connections; empty when none.
     * @throws ReferenceException when a discovery key is configured but no discovery service is referenced.
     */
    public async resolveAll(context: IContext | null): Promise<ConnectionParams[]> {
        const resolved = this._connections.filter((connection) => !connection.useDiscovery());
        for (const connection of this._connections) {
            const key = connection.getDiscoveryKey();
            if (key == null) {
                continue;
            }
            for (const discovery of this.getDiscoveries(context)) {
                const found = (await discovery.resolveAll(context, key)) ?? [];
                for (const item of found) {
                    resolved.push(new ConnectionParams(ConfigParams.mergeConfigs(connection, item)));
                }
            }
        }
        return resolved;
    }

    /**
     * Registers a discovery-keyed connection in every referenced discovery service, then adds it to this resolver.
     * Connections without a discovery key, or a resolver without references, are ignored.
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @param connection - the connection to register; its `discovery_key` is the key.
     * @returns a promise that resolves once every discovery service has registered it.
     */
    public async register(context: IContext | null, connection: ConnectionParams): Promise<void> {
        const key = connection.getDiscoveryKey();
        if (key == null || this._references == null) {
            return;
        }
        const discoveries = this._references
            .getOptional<IDiscovery>(ConnectionResolver.discoveryLocator())
            .filter((discovery) => typeof discovery?.register === 'function');
        for (const discovery of discoveries) {
            await discovery.register(context, key, connection);
        }
        this._connections.push(connection);
    }

    // Discovery services to ask; empty when references were never set.
    private getDiscoveries(context: IContext | null): IDiscovery[] {
        if (this._references == null) {
            return [];
        }
        const locator = ConnectionResolver.discoveryLocator();
        const discoveries = this._references
            .getOptional<IDiscovery>(locator)
            .filter((discovery) => typeof discovery?.resolveOne === 'function');
        if (discoveries.length === 0) {
            throw new ReferenceException(context, locator);
        }
        return discoveries;
    }

    private static discoveryLocator(): Descriptor {
        return new Descriptor('*', 'discovery', '*', '*', '*');
    }
}
