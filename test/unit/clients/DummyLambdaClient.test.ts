import { LambdaClient as AwsLambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { BadRequestException, NotFoundException } from 'pip-services4-commons-node';

import { ConfigParams } from '../../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../../src/pip-services4/components/context/Context';
import { TestLambdaClient } from '../../../src/test/TestLambdaClient';
import { DummyClientFixture } from '../../fixtures/DummyClientFixture';
import { DummyCommandableLambdaClient } from '../../fixtures/DummyCommandableLambdaClient';
import { DummyLambdaClient } from '../../fixtures/DummyLambdaClient';
import { loadEmulatorHandler, runtimeFor } from '../../helpers/InMemoryLambda';
import { decodePayload } from '../../helpers/payloads';

const config = ConfigParams.fromTuples(
    'connection.arn', 'arn:aws:lambda:us-east-1:123456789012:function:dummies',
    'credential.access_id', 'AKIDEXAMPLE',
    'credential.access_key', 'SECRET',
);

describe('CRUD scenario against a mocked Lambda that keeps dummies in memory', () => {
    const lambdaMock = mockClient(AwsLambdaClient);

    afterEach(() => {
        lambdaMock.reset();
    });

    describe('Class: DummyLambdaClient', () => {
        let client: DummyLambdaClient;

        beforeEach(async () => {
            lambdaMock.on(InvokeCommand).callsFake(runtimeFor(loadEmulatorHandler('dummy')));
            client = new DummyLambdaClient();
            client.configure(config);
            await client.open(null);
        });

        afterEach(async () => {
            await client.close(null);
        });

        it('creates, lists, pages, reads, updates and deletes dummies', async () => {
            await new DummyClientFixture(client).testCrudOperations(Context.fromTraceId('crud'));

            const commands = lambdaMock.commandCalls(InvokeCommand).map((call) => decodePayload(call.args[0].input.Payload));
            expect(new Set(commands.map((payload) => payload.cmd))).toEqual(
                new Set(['create_dummy', 'get_dummies', 'get_dummy_by_id', 'update_dummy', 'delete_dummy']));
            expect(commands.every((payload) => payload.trace_id === 'crud')).toBe(true);
        });

        it('answers null for dummies that do not exist', async () => {
            await new DummyClientFixture(client).testMissingDummies(null);
        });

        it('keeps a caller-assigned id', async () => {
            await new DummyClientFixture(client).testCallerAssignedId(null);
        });
    });

    describe('Class: DummyCommandableLambdaClient', () => {
        it('runs the same scenario through callCommand with dummy.<command> names', async () => {
            lambdaMock.on(InvokeCommand).callsFake(runtimeFor(loadEmulatorHandler('dummyCommandable')));
            const client = new DummyCommandableLambdaClient();
            client.configure(config);
            await client.open(null);
            try {
                await new DummyClientFixture(client).testCrudOperations(Context.fromTraceId('cmd'));
                const names = lambdaMock.commandCalls(InvokeCommand).map((call) => decodePayload(call.args[0].input.Payload).cmd);
                expect(names.every((name) => String(name).startsWith('dummy.'))).toBe(true);
            } finally {
                await client.close(null);
            }
        });
    });

    describe('Server-side errors', () => {
        it('rebuilds the service error thrown for `fail` as NotFoundException, and NO_ACTION as BadRequestException', async () => {
            lambdaMock.on(InvokeCommand).callsFake(runtimeFor(loadEmulatorHandler('dummy')));
            const client = new TestLambdaClient();
            client.configure(config);
            await client.open(null);
            try {
                await expect(client.call('fail', Context.fromTraceId('f1'), { dummy_id: '1' })).rejects.toBeInstanceOf(NotFoundException);
                await expect(client.call('fail', Context.fromTraceId('f1'))).rejects.toMatchObject({ code: 'DUMMY_NOT_FOUND', trace_id: 'f1' });
                await expect(client.call('no_such_action', null)).rejects.toBeInstanceOf(BadRequestException);
                await expect(client.call('no_such_action', null)).rejects.toMatchObject({ code: 'NO_ACTION' });
            } finally {
                await client.close(null);
            }
        });
    });
});
