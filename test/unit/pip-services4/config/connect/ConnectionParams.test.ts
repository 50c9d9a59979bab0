import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { ConnectionParams } from '../../../../../src/pip-services4/config/connect/ConnectionParams';
import { RealConfigParams, readLikeRealPip } from '../../components/RealPipLookalikes';

describe('Class: ConnectionParams', () => {
    describe('Method: constructor', () => {
        it('is a ConfigParams holding own string properties', () => {
            const connection = new ConnectionParams({ host: 'h', port: 80 });

            expect(connection).toBeInstanceOf(ConfigParams);
            expect(readLikeRealPip(connection)).toEqual({ host: 'h', port: '80' });
        });
    });

    describe('Method: useDiscovery / getDiscoveryKey / setDiscoveryKey', () => {
        it('uses discovery only when a non-empty discovery_key is set', () => {
            const connection = new ConnectionParams();

            expect(connection.useDiscovery()).toBe(false);
            expect(connection.getDiscoveryKey()).toBeNull();
            connection.setDiscoveryKey('key1');
            expect(connection.useDiscovery()).toBe(true);
            expect(connection.getDiscoveryKey()).toBe('key1');
            expect(ConnectionParams.fromTuples('discovery_key', '').useDiscovery()).toBe(false);
        });
    });

    describe('Method: getProtocol / getProtocolWithDefault / setProtocol', () => {
        it('reads protocol, with null or the default when unset', () => {
            const connection = new ConnectionParams();

            expect(connection.getProtocol()).toBeNull();
            expect(connection.getProtocolWithDefault('https')).toBe('https');
            connection.setProtocol('http');
            expect(connection.getProtocol()).toBe('http');
            expect(connection.getProtocolWithDefault('https')).toBe('http');
        });
    });

    describe('Method: getHost / setHost', () => {
        it('reads host, then ip, else null', () => {
            expect(ConnectionParams.fromTuples('ip', '10.0.0.1').getHost()).toBe('10.0.0.1');
            expect(ConnectionParams.fromTuples('host', 'h', 'ip', '10.0.0.1').getHost()).toBe('h');
            expect(new ConnectionParams().getHost()).toBeNull();
            const connection = new ConnectionParams();
            connection.setHost('localhost');
            expect(connection.get('host')).toBe('localhost');
        });
    });

    describe('Method: getPort / getPortWithDefault / setPort', () => {
        it('reads the port as an integer, 0 or the default when unset or invalid', () => {
            const connection = new ConnectionParams();

            expect(connection.getPort()).toBe(0);
            expect(connection.getPortWithDefault(8080)).toBe(8080);
            connection.setPort(3002);
            expect(connection.get('port')).toBe('3002');
            expect(connection.getPort()).toBe(3002);
            expect(ConnectionParams.fromTuples('port', 'abc').getPortWithDefault(1)).toBe(1);
        });
    });

    describe('Method: getUri / setUri', () => {
        it('reads uri, with null when unset', () => {
            const connection = new ConnectionParams();

            expect(connection.getUri()).toBeNull();
            connection.setUri('http://127.0.0.1:3002');
            expect(connection.getUri()).toBe('http://127.0.0.1:3002');
        });
    });

    describe('Method: fromString / fromTuples', () => {
        it('creates ConnectionParams instances', () => {
            const parsed = ConnectionParams.fromString('host=h;port=1');
            const tupled = ConnectionParams.fromTuples('host', 'h', 'port', 1);

            expect(parsed).toBeInstanceOf(ConnectionParams);
            expect(tupled).toBeInstanceOf(ConnectionParams);
            expect(parsed.getPort()).toBe(1);
            expect(tupled.getHost()).toBe('h');
        });
    });

    describe('Method: manyFromConfig', () => {
        it('reads every connections.<name> section', () => {
            const config = ConfigParams.fromTuples(
                'connections.a.host', 'ha', 'connections.b.host', 'hb', 'connections.b.port', 2, 'connection.host', 'ignored');

            const connections = ConnectionParams.manyFromConfig(config);

            expect(connections.map((item) => item.getHost())).toEqual(['ha', 'hb']);
            expect(connections[1].getPort()).toBe(2);
            expect(connections[0]).toBeInstanceOf(ConnectionParams);
        });

        it('falls back to the connection section', () => {
            const connections = ConnectionParams.manyFromConfig(ConfigParams.fromTuples('connection.region', 'us-east-1'));

            expect(connections).toHaveLength(1);
            expect(connections[0].getAsString('region')).toBe('us-east-1');
        });

        it('returns [] when neither section exists', () => {
            expect(ConnectionParams.manyFromConfig(ConfigParams.fromTuples('credential.access_id', 'x'))).toEqual([]);
        });

        it('reads a real ConfigParams', () => {
            const connections = ConnectionParams.manyFromConfig(RealConfigParams.fromTuples('connection.host', 'real'));

            expect(connections[0].getHost()).toBe('real');
        });
    });

    describe('Method: fromConfig', () => {
        it('returns the first connection, or null', () => {
            expect(ConnectionParams.fromConfig(ConfigParams.fromTuples('connections.x.host', 'a', 'connections.y.host', 'b'))?.getHost()).toBe('a');
            expect(ConnectionParams.fromConfig(new ConfigParams())).toBeNull();
        });
    });
});
