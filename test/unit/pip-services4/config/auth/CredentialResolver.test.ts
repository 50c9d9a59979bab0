import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../../../../src/pip-services4/components/context/Context';
import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../../../../src/pip-services4/components/refer/References';
import { ReferenceException } from '../../../../../src/pip-services4/components/refer/ReferenceException';
import { CredentialParams } from '../../../../../src/pip-services4/config/auth/CredentialParams';
import { CredentialResolver } from '../../../../../src/pip-services4/config/auth/CredentialResolver';
import { type ICredentialStore } from '../../../../../src/pip-services4/config/auth/ICredentialStore';
import { MemoryCredentialStore } from '../../../../../src/pip-services4/config/auth/MemoryCredentialStore';
import { Descriptor as RealDescriptor, RealConfigParams, RealReferences } from '../../components/RealPipLookalikes';

const STORE = new Descriptor('pip-services', 'credential-store', 'memory', 'default', '1.0');

describe('Class: CredentialResolver', () => {
    describe('Method: configure / getAll / add', () => {
        it('collects configured credentials and added ones', () => {
            const resolver = new CredentialResolver(ConfigParams.fromTuples('credentials.a.user', 'a', 'credentials.b.user', 'b'));

            resolver.add(CredentialParams.fromTuples('user', 'c'));

            expect(resolver.getAll().map((item) => item.getUsername())).toEqual(['a', 'b', 'c']);
        });
    });

    describe('Method: lookup', () => {
        it('returns null when nothing is configured', async () => {
            expect(await new CredentialResolver().lookup(null)).toBeNull();
        });

        it('returns the first credential without a store key', async () => {
            const resolver = new CredentialResolver(ConfigParams.fromTuples(
                'credentials.a.store_key', 'k', 'credentials.b.access_id', 'b', 'credentials.c.access_id', 'c'));

            expect((await resolver.lookup(null))?.getAccessId()).toBe('b');
        });

        it('asks the credential stores for a store key', async () => {
            const resolver = new CredentialResolver(
                ConfigParams.fromTuples('credential.store_key', 'key1'),
                References.fromTuples(STORE, new MemoryCredentialStore(ConfigParams.fromTuples('key1.access_id', 'id', 'key1.access_key', 'secret'))),
            );

            const credential = await resolver.lookup(null);

            expect(credential?.getAccessId()).toBe('id');
            expect(credential?.getAccessKey()).toBe('secret');
        });

        it('tries each store and each keyed credential until one is found', async () => {
            const empty = new MemoryCredentialStore();
            const full = new MemoryCredentialStore(ConfigParams.fromTuples('k2.user', 'found'));
            const resolver = new CredentialResolver(
                ConfigParams.fromTuples('credentials.a.store_key', 'k1', 'credentials.b.store_key', 'k2'),
                References.fromTuples(STORE, full, new Descriptor('x', 'credential-store', 'other', 'b', '1.0'), empty),
            );

            expect((await resolver.lookup(null))?.getUsername()).toBe('found');
        });

        it('returns null when no store knows the key, or references were never set', async () => {
            const unknown = new CredentialResolver(
                ConfigParams.fromTuples('credential.store_key', 'nope'), References.fromTuples(STORE, new MemoryCredentialStore()));
            const unreferenced = new CredentialResolver(ConfigParams.fromTuples('credential.store_key', 'k'));

            expect(await unknown.lookup(null)).toBeNull();
            expect(await unreferenced.lookup(null)).toBeNull();
        });

        it('throws ReferenceException with the trace id when no store is referenced', async () => {
            const resolver = new CredentialResolver(ConfigParams.fromTuples('credential.store_key', 'k'), new References());

            const error = await resolver.lookup(Context.fromTraceId('t9')).catch((err: unknown) => err);

            expect(error).toBeInstanceOf(ReferenceException);
            expect((error as ReferenceException).trace_id).toBe('t9');
            expect((error as ReferenceException).message).toBe('Failed to obtain reference to *:credential-store:*:*:*');
        });

        it('propagates a store failure', async () => {
            const failing: ICredentialStore = { store: jest.fn(), lookup: jest.fn().mockRejectedValue(new Error('store down')) };
            const resolver = new CredentialResolver(ConfigParams.fromTuples('credential.store_key', 'k'), References.fromTuples(STORE, failing));

            await expect(resolver.lookup(null)).rejects.toThrow('store down');
        });
    });

    describe('Method: configure / setReferences (drop-in)', () => {
        it('works with a real ConfigParams, real References and a real descriptor', async () => {
            const refs = new RealReferences();
            refs.put(new RealDescriptor('pip-services', 'credential-store', 'memory', 'default', '1.0'),
                new MemoryCredentialStore(ConfigParams.fromTuples('k.access_id', 'via-real')));
            const resolver = new CredentialResolver();

            resolver.configure(RealConfigParams.fromTuples('credential.store_key', 'k'));
            resolver.setReferences(refs);

            expect((await resolver.lookup(null))?.getAccessId()).toBe('via-real');
        });
    });
});
