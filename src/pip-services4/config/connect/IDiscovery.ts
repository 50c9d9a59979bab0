/** @module connect */
import { type IContext } from '../../components/context/IContext';
import { type ConnectionParams } from './ConnectionParams';

/**
 * A discovery service: registers and resolves connection parameters by key.
 * Components are found under the locator `*:discovery:*:*:*`.
 */
export interface IDiscovery {
    /**
     * Registers connection parameters under a key.
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @param key - the key that identifies the connection.
     * @param connection - the connection to register.
     * @returns the registered connection.
     */
    register(context: IContext | null, key: string, connection: ConnectionParams): Promise<ConnectionParams>;

    /**
     * Resolves one connection by key.
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @param key - the key that identifies the connection.
     * @returns the connection, or null when none is registered under the key.
     */
    resolveOne(context: IContext | null, key: string): Promise<ConnectionParams | null>;

    /**
     * Resolves all connections registered under a key.
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @param key - the key that identifies the connections.
     * @returns the connections; empty when none is registered.
     */
    resolveAll(context: IContext | null, key: string): Promise<ConnectionParams[]>;
}
