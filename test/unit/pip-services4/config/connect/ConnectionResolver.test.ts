import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../../../../src/pip-services4/components/context/Context';
import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../../../../src/pip-services4/components/refer/References';
import { ReferenceException } from '../../../../../src/pip-services4/components/refer/ReferenceException';
import { ConnectionParams } from '../../../../../src/pip-services4/config/connect/ConnectionParams';
import { ConnectionResolver } from '../../../../../src/pip-services4/config/connect/ConnectionResolver';
import { type IDiscovery } from '../../../../../src/pip-services4/config/connect/IDiscovery';
import { MemoryDiscovery } from '../../../../../src/pip-services4/config/connect/MemoryDiscovery';
import { Descriptor as RealDescriptor, RealConfigParams, RealReferences, readLikeRealPip } from '../../components/RealPipLookalikes';

const DISCOVERY = new Descriptor('pip-services', 'discovery', 'memory', 'default', '1.0');

function discoveryWith(...tuples: unknown[]): MemoryDiscovery {
    return new MemoryDiscovery(ConfigParams.fromTuples(...tuples));
}

describe('Class: ConnectionResolver', () => {
    describe('Method: configure / getAll / add', () => {
        it('collects configured connections and added ones', () => {
            const resolver = new ConnectionResolver(ConfigParams.fromTuples('connections.a.host', 'a', 'connections.b.host', 'b'));

            resolver.add(ConnectionParams.fromTuples('host', 'c'));

            expect(resolver.getAll().map((item) => item.getHost())).toEqual(['a', 'b', 'c']);
        });

        it('appends on a second configure', () => {
            const resolver = new ConnectionResolver();

            resolver.configure(ConfigParams.fromTuples('connection.host', 'a'));
            resolver.configure(ConfigParams.fromTuples('connection.host', 'b'));

            expect(resolver.getAll()).toHaveLength(2);
        });
    });

    describe('Method: resolve', () => {
        it('returns null when nothing is configured', async () => {
            expect(await new ConnectionResolver().resolve(null)).toBeNull();
        });

        it('returns the first connection without a discovery key', async () => {
            const resolver = new ConnectionResolver(ConfigParams.fromTuples(
                'connections.a.discovery_key', 'k', 'connections.b.host', 'b', 'connections.c.host', 'c'));

            expect((await resolver.resolve(null))?.getHost()).toBe('b');
        });

        it('asks discovery and merges configured with discovered values (discovered win)', async () => {
            const resolver = new ConnectionResolver(
                ConfigParams.fromTuples('connection.discovery_key', 'key1', 'connection.port', 1, 'connection.region', 'r'),
                References.fromTuples(DISCOVERY, discoveryWith('key1.host', 'found', 'key1.port', 2)),
            );

            const connection = await resolver.resolve(null);

            expect(connection).toBeInstanceOf(ConnectionParams);
            expect(readLikeRealPip(connection as ConnectionParams)).toEqual({ discovery_key: 'key1', port: '2', region: 'r', host: 'found' });
        });

        it('keeps the FIRST discovery hit when several keyed connections resolve', async () => {
            const resolver = new ConnectionResolver(
                ConfigParams.fromTuples('connections.a.discovery_key', 'k1', 'connections.b.discovery_key', 'k2'),
                References.fromTuples(DISCOVERY, discoveryWith('k1.host', 'first', 'k2.host', 'second')),
            );

            expect((await resolver.resolve(null))?.getHost()).toBe('first');
        });

        it('tries each discovery service until one resolves', async () => {
            const empty = new MemoryDiscovery();
            const full = discoveryWith('k.host', 'h');
            const resolver = new ConnectionResolver(
                ConfigParams.fromTuples('connection.discovery_key', 'k'),
                References.fromTuples(DISCOVERY, full, new Descriptor('x', 'discovery', 'other', 'b', '1.0'), empty),
            );

            expect((await resolver.resolve(null))?.getHost()).toBe('h');
        });

        it('returns null when no discovery service knows the key', async () => {
            const resolver = new ConnectionResolver(
                ConfigParams.fromTuples('connection.discovery_key', 'unknown'), References.fromTuples(DISCOVERY, new MemoryDiscovery()));

            expect(await resolver.resolve(null)).toBeNull();
        });

        it('returns null when references were never set', async () => {
            expect(await new ConnectionResolver(ConfigParams.fromTuples('connection.discovery_key', 'k')).resolve(null)).toBeNull();
        });

        it('throws ReferenceException with the trace id when no discovery service is referenced', async () => {
            const resolver = new ConnectionResolver(ConfigParams.fromTuples('connection.discovery_key', 'k'), new References());

            const error = await resolver.resolve(Context.fromTraceId('t1')).catch((err: unknown) => err);

            expect(error).toBeInstanceOf(ReferenceException);
            expect((error as ReferenceException).trace_id).toBe('t1');
            expect((error as ReferenceException).message).toBe('Failed to obtain reference to *:discovery:*:*:*');
        });

        it('propagates a discovery failure', async () => {
            const failing: IDiscovery = {
                register: jest.fn(), resolveAll: jest.fn(), resolveOne: jest.fn().mockRejectedValue(new Error('discovery down')),
            };
            const resolver = new ConnectionResolver(ConfigParams.fromTuples('connection.discovery_key', 'k'), References.fromTuples(DISCOVERY, failing));

            await expect(resolver.resolve(null)).rejects.toThrow('discovery down');
        });
    });

    describe('Method: resolveAll', () => {
        it('returns direct connections plus every discovered one, merged', async () => {
            const discovery = discoveryWith('k.host', 'd1');
            await discovery.register(null, 'k', ConnectionParams.fromTuples('host', 'd2'));
            const resolver = new ConnectionResolver(
                ConfigParams.fromTuples('connections.a.host', 'direct', 'connections.b.discovery_key', 'k', 'connections.b.port', 5),
                References.fromTuples(DISCOVERY, discovery),
            );

            const connections = await resolver.resolveAll(null);

            expect(connections.map((item) => item.getHost())).toEqual(['direct', 'd1', 'd2']);
            expect(connections[2].getPort()).toBe(5);
        });

        it('throws ReferenceException when a key is configured but no discovery service is referenced', async () => {
            const resolver = new ConnectionResolver(ConfigParams.fromTuples('connection.discovery_key', 'k'), new References());

            await expect(resolver.resolveAll(null)).rejects.toThrow(ReferenceException);
        });
    });

    describe('Method: register', () => {
        it('registers a keyed connection in every discovery service and adds it', async () => {
            const discovery = new MemoryDiscovery();
            const resolver = new ConnectionResolver(null, References.fromTuples(DISCOVERY, discovery));
            const connection = ConnectionParams.fromTuples('discovery_key', 'k', 'host', 'h');

            await resolver.register(null, connection);

            expect((await discovery.resolveOne(null, 'k'))?.getHost()).toBe('h');
            expect(resolver.getAll()).toEqual([connection]);
        });

        it('ignores a connection without a discovery key, or a resolver without references', async () => {
            const resolver = new ConnectionResolver(null, References.fromTuples(DISCOVERY, new MemoryDiscovery()));
            const unreferenced = new ConnectionResolver();

            await resolver.register(null, ConnectionParams.fromTuples('host', 'h'));
            await unreferenced.register(null, ConnectionParams.fromTuples('discovery_key', 'k'));

            expect(resolver.getAll()).toEqual([]);
            expect(unreferenced.getAll()).toEqual([]);
        });
    });

    describe('Method: configure / setReferences (drop-in)', () => {
        it('works with a real ConfigParams, real References and a real descriptor', async () => {
            const refs = new RealReferences();
            refs.put(new RealDescriptor('pip-services', 'discovery', 'memory', 'default', '1.0'), discoveryWith('k.host', 'via-real'));
            const resolver = new ConnectionResolver();

            resolver.configure(RealConfigParams.fromTuples('connection.discovery_key', 'k'));
            resolver.setReferences(refs);

            expect((await resolver.resolve(null))?.getHost()).toBe('via-real');
        });

        it('merges a discovery result that is a real-style ConnectionParams (own properties only)', async () => {
            const realStyleResult = RealConfigParams.fromTuples('host', 'foreign', 'port', 9);
            const discovery: IDiscovery = {
                register: jest.fn(), resolveAll: jest.fn(),
                resolveOne: jest.fn().mockResolvedValue(realStyleResult),
            };
            const resolver = new ConnectionResolver(ConfigParams.fromTuples('connection.discovery_key', 'k'), References.fromTuples(DISCOVERY, discovery));

            const connection = await resolver.resolve(null);

            expect(connection?.getHost()).toBe('foreign');
            expect(connection?.getPort()).toBe(9);
            expect(discovery.resolveOne).toHaveBeenCalledWith(null, 'k');
        });
    });
});
