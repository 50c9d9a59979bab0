import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { CredentialParams } from '../../../../../src/pip-services4/config/auth/CredentialParams';
import { RealConfigParams, readLikeRealPip } from '../../components/RealPipLookalikes';

describe('Class: CredentialParams', () => {
    describe('Method: constructor', () => {
        it('is a ConfigParams holding own string properties', () => {
            const credential = new CredentialParams({ access_id: 'id', n: 1 });

            expect(credential).toBeInstanceOf(ConfigParams);
            expect(readLikeRealPip(credential)).toEqual({ access_id: 'id', n: '1' });
        });
    });

    describe('Method: useCredentialStore / getStoreKey / setStoreKey', () => {
        it('uses a store only when a non-empty store_key is set', () => {
            const credential = new CredentialParams();

            expect(credential.useCredentialStore()).toBe(false);
            expect(credential.getStoreKey()).toBeNull();
            credential.setStoreKey('k');
            expect(credential.useCredentialStore()).toBe(true);
            expect(credential.getStoreKey()).toBe('k');
            expect(CredentialParams.fromTuples('store_key', '').useCredentialStore()).toBe(false);
        });
    });

    describe('Method: getUsername / setUsername', () => {
        it('reads username, then user, else null; writes username', () => {
            expect(CredentialParams.fromTuples('user', 'u').getUsername()).toBe('u');
            expect(CredentialParams.fromTuples('username', 'a', 'user', 'b').getUsername()).toBe('a');
            expect(new CredentialParams().getUsername()).toBeNull();
            const credential = new CredentialParams();
            credential.setUsername('jdoe');
            expect(credential.get('username')).toBe('jdoe');
        });
    });

    describe('Method: getPassword / setPassword', () => {
        it('reads password, then pass, else null; writes password', () => {
            expect(CredentialParams.fromTuples('pass', 'p').getPassword()).toBe('p');
            expect(CredentialParams.fromTuples('password', 'a', 'pass', 'b').getPassword()).toBe('a');
            expect(new CredentialParams().getPassword()).toBeNull();
            const credential = new CredentialParams();
            credential.setPassword('secret');
            expect(credential.get('password')).toBe('secret');
        });
    });

    describe('Method: getAccessId / setAccessId', () => {
        it('reads access_id, then client_id, else null; writes access_id', () => {
            expect(CredentialParams.fromTuples('client_id', 'c').getAccessId()).toBe('c');
            expect(CredentialParams.fromTuples('access_id', 'a', 'client_id', 'c').getAccessId()).toBe('a');
            expect(new CredentialParams().getAccessId()).toBeNull();
            const credential = new CredentialParams();
            credential.setAccessId('AKIA');
            expect(credential.get('access_id')).toBe('AKIA');
        });
    });

    describe('Method: getAccessKey / setAccessKey', () => {
        it('reads access_key, then client_key, then secret_key, else null; writes access_key', () => {
            expect(CredentialParams.fromTuples('secret_key', 's').getAccessKey()).toBe('s');
            expect(CredentialParams.fromTuples('client_key', 'c', 'secret_key', 's').getAccessKey()).toBe('c');
            expect(CredentialParams.fromTuples('access_key', 'a', 'client_key', 'c').getAccessKey()).toBe('a');
            expect(new CredentialParams().getAccessKey()).toBeNull();
            const credential = new CredentialParams();
            credential.setAccessKey('key');
            expect(credential.get('access_key')).toBe('key');
        });
    });

    describe('Method: fromString / fromTuples', () => {
        it('creates CredentialParams instances', () => {
            const parsed = CredentialParams.fromString('user=jdoe;pass=p');
            const tupled = CredentialParams.fromTuples('user', 'jdoe');

            expect(parsed).toBeInstanceOf(CredentialParams);
            expect(tupled).toBeInstanceOf(CredentialParams);
            expect(parsed.getPassword()).toBe('p');
            expect(tupled.getUsername()).toBe('jdoe');
        });
    });

    describe('Method: manyFromConfig', () => {
        it('reads every credentials.<name> section', () => {
            const config = ConfigParams.fromTuples('credentials.a.user', 'ua', 'credentials.b.user', 'ub', 'credential.user', 'ignored');

            const credentials = CredentialParams.manyFromConfig(config);

            expect(credentials.map((item) => item.getUsername())).toEqual(['ua', 'ub']);
            expect(credentials[0]).toBeInstanceOf(CredentialParams);
        });

        it('falls back to the credential section, else []', () => {
            expect(CredentialParams.manyFromConfig(ConfigParams.fromTuples('credential.access_id', 'x'))[0].getAccessId()).toBe('x');
            expect(CredentialParams.manyFromConfig(ConfigParams.fromTuples('connection.host', 'h'))).toEqual([]);
        });

        it('reads a real ConfigParams', () => {
            expect(CredentialParams.manyFromConfig(RealConfigParams.fromTuples('credential.user', 'real'))[0].getUsername()).toBe('real');
        });
    });

    describe('Method: fromConfig', () => {
        it('returns the first credential, or null', () => {
            expect(CredentialParams.fromConfig(ConfigParams.fromTuples('credentials.x.user', 'a', 'credentials.y.user', 'b'))?.getUsername()).toBe('a');
            expect(CredentialParams.fromConfig(new ConfigParams())).toBeNull();
        });
    });
});
