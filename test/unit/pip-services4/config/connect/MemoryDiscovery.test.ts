import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { ConnectionParams } from '../../../../../src/pip-services4/config/connect/ConnectionParams';
import { MemoryDiscovery } from '../../../../../src/pip-services4/config/connect/MemoryDiscovery';
import { RealConfigParams, readLikeRealPip } from '../../components/RealPipLookalikes';

const config = ConfigParams.fromTuples('key1.host', '10.1.1.100', 'key1.port', 8080, 'key2.host', 'h2');

describe('Class: MemoryDiscovery', () => {
    describe('Method: constructor', () => {
        it('reads connections from the given config', async () => {
            const discovery = new MemoryDiscovery(config);

            const connection = await discovery.resolveOne(null, 'key1');

            expect(connection).toBeInstanceOf(ConnectionParams);
            expect(readLikeRealPip(connection as ConnectionParams)).toEqual({ host: '10.1.1.100', port: '8080' });
        });
    });

    describe('Method: configure', () => {
        it('makes each first-level section a key', async () => {
            const discovery = new MemoryDiscovery();

            discovery.configure(config);

            expect((await discovery.resolveOne(null, 'key2'))?.getHost()).toBe('h2');
            expect(await discovery.resolveOne(null, 'key3')).toBeNull();
        });

        it('replaces what was stored before', async () => {
            const discovery = new MemoryDiscovery(config);

            discovery.configure(ConfigParams.fromTuples('other.host', 'o'));

            expect(await discovery.resolveOne(null, 'key1')).toBeNull();
            expect((await discovery.resolveOne(null, 'other'))?.getHost()).toBe('o');
        });

        it('reads a real ConfigParams', async () => {
            const discovery = new MemoryDiscovery();

            discovery.readConnections(RealConfigParams.fromTuples('k.host', 'real'));

            expect((await discovery.resolveOne(null, 'k'))?.getHost()).toBe('real');
        });
    });

    describe('Method: register', () => {
        it('adds a copy after existing connections and returns the argument', async () => {
            const discovery = new MemoryDiscovery(config);
            const extra = ConnectionParams.fromTuples('host', 'extra');

            const result = await discovery.register(null, 'key1', extra);
            extra.setHost('changed');

            expect(result).toBe(extra);
            expect((await discovery.resolveOne(null, 'key1'))?.getHost()).toBe('10.1.1.100');
            expect((await discovery.resolveAll(null, 'key1')).map((item) => item.getHost())).toEqual(['10.1.1.100', 'extra']);
        });
    });

    describe('Method: resolveAll', () => {
        it('returns [] for an unknown key', async () => {
            expect(await new MemoryDiscovery().resolveAll(null, 'none')).toEqual([]);
        });
    });
});
