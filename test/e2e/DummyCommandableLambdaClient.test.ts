import { BadRequestException } from 'pip-services4-commons-node';
import { Context, TestCommandableLambdaClient } from '../../src';
import { startLambdaEmulator, type LambdaEmulator } from '../../emulator/LambdaEmulator';
import { DummyClientFixture } from '../fixtures/DummyClientFixture';
import { DummyCommandableLambdaClient } from '../fixtures/DummyCommandableLambdaClient';
import { emulatorConfig } from './emulatorConfig';

describe('Class: DummyCommandableLambdaClient (e2e, local emulator)', () => {
  let emulator: LambdaEmulator | undefined;
  let client: DummyCommandableLambdaClient | undefined;
  let raw: TestCommandableLambdaClient | undefined;
  let fixture: DummyClientFixture;

  beforeAll(async () => {
    emulator = await startLambdaEmulator();
    client = new DummyCommandableLambdaClient();
    client.configure(emulatorConfig(emulator.endpoint, 'dummy-commandable'));
    await client.open(null);
    raw = new TestCommandableLambdaClient('dummy');
    raw.configure(emulatorConfig(emulator.endpoint, 'dummy-commandable'));
    await raw.open(null);
    fixture = new DummyClientFixture(client);
  }, 90_000);

  afterAll(async () => {
    try {
      await client?.close(null);
      await raw?.close(null);
    } finally {
      await emulator?.stop();
    }
  }, 30_000);

  describe('Scenario: CRUD operations', () => {
    it('creates, lists, pages, reads, updates and deletes dummies with a null context', async () => {
      await fixture.testCrudOperations(null);
    });

    it('creates, lists, pages, reads, updates and deletes dummies with a trace context', async () => {
      await fixture.testCrudOperations(Context.fromTraceId('abc'));
    });

    it('returns null for dummies that do not exist', async () => {
      await fixture.testMissingDummies(null);
    });
  });

  describe('Method: callCommand', () => {
    it('sends <name>.<command>, which the commandable function dispatches on', async () => {
      const created = await raw?.callCommand<{ id: string; key: string }>('create_dummy', null, {
        dummy: { key: 'via-callCommand', content: 'x' },
      });
      expect(created).toMatchObject({ key: 'via-callCommand', content: 'x' });
      const read = await raw?.callCommand('get_dummy_by_id', null, { dummy_id: created?.id });
      expect(read).toEqual(created);
    });

    it('rejects with the service\'s BadRequest NO_ACTION for an unregistered command', async () => {
      const call = raw?.callCommand('no_such_command', Context.fromTraceId('abc'), {});
      await expect(call).rejects.toBeInstanceOf(BadRequestException);
      await expect(call).rejects.toMatchObject({ code: 'NO_ACTION', trace_id: 'abc' });
    });
  });
});
