import { InvocationException } from 'pip-services4-commons-node';
import { Context, Descriptor, LogCounters, References, type Counter } from '../../src';
import { startLambdaEmulator, type LambdaEmulator } from '../../emulator/LambdaEmulator';
import { DummyClientFixture } from '../fixtures/DummyClientFixture';
import { DummyLambdaClient } from '../fixtures/DummyLambdaClient';
import { emulatorConfig } from './emulatorConfig';

describe('Class: DummyLambdaClient (e2e, local emulator)', () => {
  let emulator: LambdaEmulator | undefined;
  let client: DummyLambdaClient | undefined;
  let counters: LogCounters;
  let fixture: DummyClientFixture;

  /**
   * Finds a counter by name.
   * @param name - the counter's name
   * @returns the counter, or undefined when nothing was counted under that name
   */
  function counter(name: string): Counter | undefined {
    return counters.getAll().find((c) => c.name === name);
  }

  beforeAll(async () => {
    emulator = await startLambdaEmulator();
    counters = new LogCounters();
    client = new DummyLambdaClient();
    client.configure(emulatorConfig(emulator.endpoint, 'dummy'));
    client.setReferences(References.fromTuples(new Descriptor('pip-services', 'counters', 'log', 'default', '1.0'), counters));
    await client.open(null);
    fixture = new DummyClientFixture(client);
  }, 90_000);

  afterAll(async () => {
    try {
      await client?.close(null);
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

    it('keeps an id chosen by the caller', async () => {
      await fixture.testCallerAssignedId(Context.fromTraceId('own-id'));
    });
  });

  describe('Method: instrument', () => {
    it('counts each operation and times it under dummy.<action>', async () => {
      counters.clearAll();
      await fixture.testCrudOperations(null);
      expect(counter('dummy.create_dummy.exec_count')?.count).toBe(2);
      expect(counter('dummy.get_dummies.exec_count')?.count).toBe(3);
      expect(counter('dummy.delete_dummy.exec_time')?.count).toBe(2);
      expect(counter('dummy.create_dummy.exec_errors')).toBeUndefined();
    });

    it('counts a failed operation as an error and still rejects', async () => {
      const failing = new DummyLambdaClient();
      failing.configure(emulatorConfig(emulator?.endpoint ?? '', 'boom'));
      failing.setReferences(References.fromTuples(new Descriptor('pip-services', 'counters', 'log', 'default', '1.0'), counters));
      await failing.open(null);
      try {
        counters.clearAll();
        await expect(failing.createDummy(null, { key: 'k', content: 'c' })).rejects.toBeInstanceOf(InvocationException);
        expect(counter('dummy.create_dummy.exec_count')?.count).toBe(1);
        expect(counter('dummy.create_dummy.exec_errors')?.count).toBe(1);
      } finally {
        await failing.close(null);
      }
    });
  });
});
