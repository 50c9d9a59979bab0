import { ConfigException } from 'pip-services4-commons-node';

import { AwsConnectionResolver } from '../../../src/connect/AwsConnectionResolver';
import { ConfigParams } from '../../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../../src/pip-services4/components/context/Context';
import { ReferenceException } from '../../../src/pip-services4/components/refer/ReferenceException';
import { Descriptor, RealConfigParams, RealReferences } from '../pip-services4/components/RealPipLookalikes';

/** A discovery service shaped like pip-services4's IDiscovery, answering from a map. */
function discovery(connections: Record<string, Record<string, string>>) {
    return {
        register: async () => undefined,
        resolveOne: async (_context: unknown, key: string) => (connections[key] ? ConfigParams.fromValue(connections[key]) : null),
        resolveAll: async (_context: unknown, key: string) => (connections[key] ? [ConfigParams.fromValue(connections[key])] : []),
    };
}

/** A credential store shaped like pip-services4's ICredentialStore. */
function credentialStore(credentials: Record<string, Record<string, string>>) {
    return {
        store: async () => undefined,
        lookup: async (_context: unknown, key: string) => (credentials[key] ? ConfigParams.fromValue(credentials[key]) : null),
    };
}

describe('Class: AwsConnectionResolver', () => {
    describe('Method: resolve', () => {
        it('merges connection and credential sections and parses the ARN', async () => {
            const resolver = new AwsConnectionResolver();
            resolver.configure(ConfigParams.fromTuples(
                'connection.arn', 'arn:aws:lambda:eu-west-1:123456789012:function:fn',
                'credential.access_id', 'ID', 'credential.access_key', 'KEY',
            ));

            const connection = await resolver.resolve(null);

            expect(connection.getFunctionName()).toBe('arn:aws:lambda:eu-west-1:123456789012:function:fn');
            expect(connection.getRegion()).toBe('eu-west-1');
            expect(connection.getResource()).toBe('fn');
            expect(connection.getAccessId()).toBe('ID');
            expect(connection.getAccessKey()).toBe('KEY');
        });

        it('keeps a function given by its parts without storing a composed ARN', async () => {
            const resolver = new AwsConnectionResolver();
            resolver.configure(ConfigParams.fromTuples('connection.resource', 'fn', 'connection.region', 'us-east-1'));

            const connection = await resolver.resolve(null);

            expect(connection.getFunctionName()).toBe('fn');
            expect(connection.getAsNullableString('arn')).toBeNull();
        });

        it('accepts a real-style ConfigParams and the plural sections', async () => {
            const resolver = new AwsConnectionResolver();
            resolver.configure(RealConfigParams.fromTuples('connections.main.arn', 'fn', 'credentials.main.access_id', 'ID',
                'credentials.main.access_key', 'KEY') as unknown as ConfigParams);

            const connection = await resolver.resolve(null);

            expect(connection.getFunctionName()).toBe('fn');
            expect(connection.getAccessId()).toBe('ID');
        });

        it('resolves the connection through a discovery service and the key through a credential store', async () => {
            const resolver = new AwsConnectionResolver();
            resolver.configure(ConfigParams.fromTuples('connection.discovery_key', 'lambda-main', 'credential.store_key', 'aws-keys'));
            const references = new RealReferences();
            references.put(new Descriptor('my', 'discovery', 'memory', 'default', '1.0'),
                discovery({ 'lambda-main': { arn: 'discovered-fn', region: 'ap-south-1' } }));
            references.put(new Descriptor('my', 'credential-store', 'memory', 'default', '1.0'),
                credentialStore({ 'aws-keys': { access_id: 'STOREID', access_key: 'STOREKEY' } }));
            resolver.setReferences(references as never);

            const connection = await resolver.resolve(Context.fromTraceId('r1'));

            expect(connection.getFunctionName()).toBe('discovered-fn');
            expect(connection.getRegion()).toBe('ap-south-1');
            expect(connection.getAccessId()).toBe('STOREID');
            expect(connection.getAccessKey()).toBe('STOREKEY');
        });

        it('rejects with ReferenceException when a discovery key is configured but no discovery service is referenced', async () => {
            const resolver = new AwsConnectionResolver();
            resolver.configure(ConfigParams.fromTuples('connection.discovery_key', 'lambda-main'));
            resolver.setReferences(new RealReferences() as never);

            await expect(resolver.resolve(Context.fromTraceId('r2'))).rejects.toBeInstanceOf(ReferenceException);
        });

        it('rejects with ConfigException NO_AWS_CONNECTION when nothing is configured', async () => {
            const resolver = new AwsConnectionResolver();
            resolver.configure(new ConfigParams());

            await expect(resolver.resolve(Context.fromTraceId('r3'))).rejects.toMatchObject({ code: 'NO_AWS_CONNECTION', trace_id: 'r3' });
            await expect(resolver.resolve(null)).rejects.toBeInstanceOf(ConfigException);
        });

        it('rejects half a key pair with the missing key named', async () => {
            const resolver = new AwsConnectionResolver();
            resolver.configure(ConfigParams.fromTuples('connection.arn', 'fn', 'credential.access_id', 'ID'));

            await expect(resolver.resolve(null)).rejects.toMatchObject({ code: 'NO_ACCESS_KEY' });
        });
    });
});
