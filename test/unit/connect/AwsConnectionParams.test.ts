import { ConfigException } from 'pip-services4-commons-node';

import { AwsConnectionParams } from '../../../src/connect/AwsConnectionParams';
import { ConfigParams } from '../../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../../src/pip-services4/components/context/Context';

describe('Class: AwsConnectionParams', () => {
    describe('Method: getArn', () => {
        it('composes the pip-services4 sentinel when nothing is set', () => {
            expect(new AwsConnectionParams().getArn()).toBe('arn:aws::::');
        });

        it('composes a full ARN from its parts', () => {
            const params = new AwsConnectionParams();
            params.setService('lambda');
            params.setRegion('us-east-1');
            params.setAccount('12342342332');
            params.setResourceType('function');
            params.setResource('pip-services-dummies');
            expect(params.getArn()).toBe('arn:aws:lambda:us-east-1:12342342332:function:pip-services-dummies');
        });
    });

    describe('Method: setArn', () => {
        it.each([
            ['arn:aws:lambda:us-east-1:12342342332:function:pip-services-dummies',
                { partition: 'aws', service: 'lambda', region: 'us-east-1', account: '12342342332', type: 'function', resource: 'pip-services-dummies', qualifier: null }],
            ['arn:aws:lambda:us-east-1:12342342332:function/pip-services-dummies',
                { partition: 'aws', service: 'lambda', region: 'us-east-1', account: '12342342332', type: 'function', resource: 'pip-services-dummies', qualifier: null }],
            ['arn:aws:s3:us-east-1:12342342332:pip-services-dummies',
                { partition: 'aws', service: 's3', region: 'us-east-1', account: '12342342332', type: null, resource: 'pip-services-dummies', qualifier: null }],
            ['arn:aws:lambda:us-west-2:123456789012:function:my-function:7',
                { partition: 'aws', service: 'lambda', region: 'us-west-2', account: '123456789012', type: 'function', resource: 'my-function', qualifier: '7' }],
            ['arn:aws-cn:lambda:cn-north-1:123456789012:function:my-function:prod',
                { partition: 'aws-cn', service: 'lambda', region: 'cn-north-1', account: '123456789012', type: 'function', resource: 'my-function', qualifier: 'prod' }],
            ['123456789012:function:my-function',
                { partition: 'aws', service: null, region: null, account: '123456789012', type: 'function', resource: 'my-function', qualifier: null }],
            ['123456789012:function:my-function:$LATEST',
                { partition: 'aws', service: null, region: null, account: '123456789012', type: 'function', resource: 'my-function', qualifier: '$LATEST' }],
            ['my-function',
                { partition: 'aws', service: null, region: null, account: null, type: null, resource: 'my-function', qualifier: null }],
            ['my-function:live',
                { partition: 'aws', service: null, region: null, account: null, type: null, resource: 'my-function', qualifier: 'live' }],
        ])('parses %s without changing it', (arn, expected) => {
            // Prepare
            const params = new AwsConnectionParams();

            // Act
            params.setArn(arn);

            // Assess
            expect(params.getArn()).toBe(arn);
            expect(params.getFunctionName()).toBe(arn);
            expect({
                partition: params.getPartition(), service: params.getService(), region: params.getRegion(),
                account: params.getAccount(), type: params.getResourceType(), resource: params.getResource(),
                qualifier: params.getQualifier(),
            }).toEqual(expected);
        });

        it.each(['', 'arn', 'arn:aws', ':::', 'arn:aws::::', 'a:b', 'x:function:'])('never throws on %p', (arn) => {
            expect(() => new AwsConnectionParams().setArn(arn)).not.toThrow();
        });

        it('clears a qualifier parsed before when a new ARN has none', () => {
            const params = new AwsConnectionParams();
            params.setArn('fn:prod');
            params.setArn('fn');
            expect(params.getQualifier()).toBeNull();
        });
    });

    describe('Method: getFunctionName', () => {
        it('returns null when no function is configured', () => {
            expect(new AwsConnectionParams().getFunctionName()).toBeNull();
            expect(new AwsConnectionParams({ arn: 'arn:aws::::' }).getFunctionName()).toBeNull();
        });

        it('returns the bare resource when account or region is unknown', () => {
            expect(new AwsConnectionParams({ resource: 'my-function', region: 'us-east-1' }).getFunctionName()).toBe('my-function');
        });

        it('composes a Lambda ARN from resource, account and region', () => {
            expect(new AwsConnectionParams({ resource: 'fn', region: 'eu-west-1', account: '123456789012' }).getFunctionName())
                .toBe('arn:aws:lambda:eu-west-1:123456789012:function:fn');
        });
    });

    describe('Aliases', () => {
        it('reads service from protocol', () => {
            expect(new AwsConnectionParams({ protocol: 'lambda' }).getService()).toBe('lambda');
        });

        it('reads access_id from client_id', () => {
            expect(new AwsConnectionParams({ client_id: 'ID' }).getAccessId()).toBe('ID');
        });

        it.each(['access_key', 'client_key', 'secret_key'])('reads the access key from %s', (key) => {
            expect(new AwsConnectionParams({ [key]: 'SECRET' }).getAccessKey()).toBe('SECRET');
        });

        it('reads endpoint from uri', () => {
            expect(new AwsConnectionParams({ uri: 'http://127.0.0.1:3002' }).getEndpoint()).toBe('http://127.0.0.1:3002');
        });

        it('reads the session token', () => {
            expect(new AwsConnectionParams({ session_token: 'TOKEN' }).getSessionToken()).toBe('TOKEN');
        });
    });

    describe('Method: validate', () => {
        const context = Context.fromTraceId('trace-1');

        it('throws NO_AWS_CONNECTION when no function is configured', () => {
            const error = captureError(() => new AwsConnectionParams().validate(context));
            expect(error).toBeInstanceOf(ConfigException);
            expect(error).toMatchObject({ code: 'NO_AWS_CONNECTION', trace_id: 'trace-1' });
        });

        it('throws NO_ACCESS_KEY naming credential.access_key when only access_id is set', () => {
            const error = captureError(() => new AwsConnectionParams({ arn: 'fn', access_id: 'ID' }).validate(context));
            expect(error).toBeInstanceOf(ConfigException);
            expect(error).toMatchObject({ code: 'NO_ACCESS_KEY', trace_id: 'trace-1' });
            expect((error as Error).message).toContain('credential.access_key');
        });

        it('throws NO_ACCESS_ID naming credential.access_id when only access_key is set', () => {
            const error = captureError(() => new AwsConnectionParams({ arn: 'fn', access_key: 'SECRET' }).validate(context));
            expect(error).toMatchObject({ code: 'NO_ACCESS_ID' });
            expect((error as Error).message).toContain('credential.access_id');
            expect((error as Error).message).not.toContain('SECRET');
        });

        it('throws NO_ACCESS_ID for a session token without keys', () => {
            const error = captureError(() => new AwsConnectionParams({ arn: 'fn', session_token: 'T' }).validate(null));
            expect(error).toMatchObject({ code: 'NO_ACCESS_ID' });
        });

        it('accepts a function without credentials (default provider chain)', () => {
            expect(() => new AwsConnectionParams({ arn: 'fn' }).validate(null)).not.toThrow();
        });

        it('accepts a full key pair', () => {
            expect(() => new AwsConnectionParams({ arn: 'fn', access_id: 'ID', access_key: 'K' }).validate(null)).not.toThrow();
        });
    });

    describe('Method: toString', () => {
        it('masks every secret and keeps the rest', () => {
            const params = new AwsConnectionParams({
                arn: 'fn', access_id: 'AKIDEXAMPLE', access_key: 'SECRET1', client_key: 'SECRET2', secret_key: 'SECRET3',
                session_token: 'SECRET4',
            });
            const text = params.toString();
            expect(text).toContain('arn=fn');
            expect(text).toContain('access_id=AKIDEXAMPLE');
            expect(text).not.toMatch(/SECRET/);
            expect(String(params)).not.toMatch(/SECRET/);
        });
    });

    describe('Method: fromConfig', () => {
        it('merges credential and connection sections, connection keys winning', () => {
            const config = ConfigParams.fromTuples(
                'connection.arn', 'fn', 'connection.region', 'us-east-1',
                'credential.access_id', 'ID', 'credential.access_key', 'KEY', 'credential.region', 'eu-west-1',
            );
            const params = AwsConnectionParams.fromConfig(config);
            expect(params.getArn()).toBe('fn');
            expect(params.getRegion()).toBe('us-east-1');
            expect(params.getAccessId()).toBe('ID');
            expect(params.getAccessKey()).toBe('KEY');
        });

        it('parses the ARN in every factory', () => {
            expect(AwsConnectionParams.fromString('arn=my-fn:prod').getQualifier()).toBe('prod');
            expect(AwsConnectionParams.fromConfig(ConfigParams.fromTuples('connection.arn', '123456789012:function:f')).getAccount())
                .toBe('123456789012');
            expect(AwsConnectionParams.mergeConfigs(ConfigParams.fromTuples('arn', 'f:1')).getResource()).toBe('f');
        });

        it('creates parameters from a string and from merged configs', () => {
            expect(AwsConnectionParams.fromString('arn=fn;region=us-east-1').getRegion()).toBe('us-east-1');
            const merged = AwsConnectionParams.mergeConfigs(ConfigParams.fromTuples('region', 'a'), ConfigParams.fromTuples('region', 'b'));
            expect(merged).toBeInstanceOf(AwsConnectionParams);
            expect(merged.getRegion()).toBe('b');
        });
    });
});

function captureError(action: () => void): unknown {
    try {
        action();
    } catch (err) {
        return err;
    }
    throw new Error('expected an error');
}
