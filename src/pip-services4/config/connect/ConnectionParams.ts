/** @module connect */
import { ConfigParams } from '../../components/config/ConfigParams';

/**
 * Connection parameters of an external service: `discovery_key`, `protocol`, `host` (or `ip`), `port`, `uri`,
 * plus any custom keys.
 *
 * Same members as pip-services4's `ConnectionParams`, and no others, so a real one is assignable to this type.
 *
 * @example
 * ```ts
 * const connection = ConnectionParams.fromTuples('protocol', 'http', 'host', '10.1.1.100', 'port', 8080);
 * connection.getPort(); // 8080
 * ```
 */
export class ConnectionParams extends ConfigParams {
    /**
     * Creates connection parameters from an object's own properties.
     *
     * @param values - (optional) an object whose own properties become the parameters.
     */
    public constructor(values: unknown = null) {
        super(values);
    }

    /**
     * Tells whether the connection must be resolved through a discovery service (a `discovery_key` is set).
     *
     * @returns true when `discovery_key` is set and not empty.
     */
    public useDiscovery(): boolean {
        return this.getAsNullableString('discovery_key') != null;
    }

    /**
     * Gets the key to resolve this connection in a discovery service.
     *
     * @returns the `discovery_key` value, or null when it is not set.
     */
    public getDiscoveryKey(): string | null {
        return this.getAsString('discovery_key');
    }

    /**
     * Sets the key to resolve this connection in a discovery service.
     *
     * @param value - the discovery key.
     */
    public setDiscoveryKey(value: string | null): void {
        this.put('discovery_key', value);
    }

    /**
     * Gets the protocol (`http`, `https`, `tcp`, ...).
     *
     * @returns the `protocol` value, or null when it is not set.
     */
    public getProtocol(): string | null {
        return this.getAsString('protocol');
    }

    /**
     * Gets the protocol, or a default.
     *
     * @param defaultValue - the value returned when `protocol` is not set.
     * @returns the protocol or the default.
     */
    public getProtocolWithDefault(defaultValue: string): string {
        return this.getAsStringWithDefault('protocol', defaultValue);
    }

    /**
     * Sets the protocol.
     *
     * @param value - the protocol.
     */
    public setProtocol(value: string | null): void {
        this.put('protocol', value);
    }

    /**
     * Gets the host name or IP address (`host`, then `ip`).
     *
     * @returns the host, or null when neither key is set.
     */
    public getHost(): string | null {
        return this.getAsNullableString('host') || this.getAsNullableString('ip');
    }

    /**
     * Sets the host name or IP address.
     *
     * @param value - the host.
     */
    public setHost(value: string | null): void {
        this.put('host', value);
    }

    /**
     * Gets the port number.
     *
     * @returns the `port` value, or 0 when it is not set or not a number.
     */
    public getPort(): number {
        return this.getAsInteger('port');
    }

    /**
     * Gets the port number, or a default.
     *
     * @param defaultPort - the value returned when `port` is not set or not a number.
     * @returns the port or the default.
     */
    public getPortWithDefault(defaultPort: number): number {
        return this.getAsIntegerWithDefault('port', defaultPort);
    }

    /**
     * Sets the port number.
     *
     * @param value - the port.
     */
    public setPort(value: number | null): void {
        this.put('port', value);
    }

    /**
     * Gets the resource URI or connection string.
     *
     * @returns the `uri` value, or null when it is not set.
     */
    public getUri(): string | null {
        return this.getAsString('uri');
    }

    /**
     * Sets the resource URI or connection string.
     *
     * @param value - the URI.
     */
    public setUri(value: string | null): void {
        this.put('uri', value);
    }

    /**
     * Parses connection parameters from a string such as `host=localhost;port=8080`.
     *
     * @param line - the string to parse.
     * @returns new ConnectionParams.
     */
    public static override fromString(line: string | null | undefined): ConnectionParams {
        return new ConnectionParams(ConfigParams.fromString(line));
    }

    /**
     * Creates connection parameters from key-value pairs: key1, value1, key2, value2, ...
     *
     * @param tuples - alternating keys and values.
     * @returns new ConnectionParams.
     */
    public static override fromTuples(...tuples: unknown[]): ConnectionParams {
        return new ConnectionParams(ConfigParams.fromTuples(...tuples));
    }

    /**
     * Reads all connections from a configuration: one per subsection of `connections`
     * (`connections.<name>.*`), or else the single `connection` section.
     *
     * @param config - the configuration (ours or a real pip-services4 ConfigParams).
     * @returns the connections; empty when neither section is present.
     */
    public static manyFromConfig(config: ConfigParams): ConnectionParams[] {
        const connections = config.getSection('connections');
        if (connections.length() > 0) {
            return connections.getSectionNames().map((name) => new ConnectionParams(connections.getSection(name)));
        }
        const connection = config.getSection('connection');
        return connection.length() > 0 ? [new ConnectionParams(connection)] : [];
    }

    /**
     * Reads the first connection from a configuration (see {@link ConnectionParams.manyFromConfig}).
     *
     * @param config - the configuration.
     * @returns the first connection, or null when none is configured.
     */
    public static fromConfig(config: ConfigParams): ConnectionParams | null {
        return ConnectionParams.manyFromConfig(config)[0] ?? null;
    }
}
