import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { CredentialParams } from '../../../../../src/pip-services4/config/auth/CredentialParams';
import { MemoryCredentialStore } from '../../../../../src/pip-services4/config/auth/MemoryCredentialStore';
import { RealConfigParams, readLikeRealPip } from '../../components/RealPipLookalikes';

const config = ConfigParams.fromTuples('key1.user', 'jdoe', 'key1.pass', 'pass123', 'key2.user', 'bsmith');

describe('Class: MemoryCredentialStore', () => {
    describe('Method: constructor / configure', () => {
        it('makes each first-level section a key', async () => {
            const store = new MemoryCredentialStore(config);

            const credential = await store.lookup(null, 'key1');

            expect(credential).toBeInstanceOf(CredentialParams);
            expect(readLikeRealPip(credential as CredentialParams)).toEqual({ user: 'jdoe', pass: 'pass123' });
            expect((await store.lookup(null, 'key2'))?.getUsername()).toBe('bsmith');
        });

        it('replaces what was stored before and skips keys without values', async () => {
            const store = new MemoryCredentialStore(config);

            store.configure(ConfigParams.fromTuples('other.user', 'o', 'plain', 'value'));

            expect(await store.lookup(null, 'key1')).toBeNull();
            expect(await store.lookup(null, 'plain')).toBeNull();
            expect((await store.lookup(null, 'other'))?.getUsername()).toBe('o');
        });

        it('reads a real ConfigParams', async () => {
            const store = new MemoryCredentialStore();

            store.readCredentials(RealConfigParams.fromTuples('k.access_id', 'real'));

            expect((await store.lookup(null, 'k'))?.getAccessId()).toBe('real');
        });
    });

    describe('Method: store', () => {
        it('stores credentials under a key and removes them with null', async () => {
            const store = new MemoryCredentialStore();
            const credential = CredentialParams.fromTuples('access_id', 'id');

            await store.store(null, 'k', credential);
            const stored = await store.lookup(null, 'k');
            await store.store(null, 'k', null);

            expect(stored).toBe(credential);
            expect(await store.lookup(null, 'k')).toBeNull();
        });
    });

    describe('Method: lookup', () => {
        it('returns null for an unknown key', async () => {
            expect(await new MemoryCredentialStore().lookup(null, 'none')).toBeNull();
        });
    });
});
