import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApplicationException,
  BadRequestException,
  InvocationException,
  NotFoundException,
} from 'pip-services4-commons-node';
import { Context, TestLambdaClient } from '../../src';
import { startLambdaEmulator, type LambdaEmulator } from '../../emulator/LambdaEmulator';
import { emulatorConfig } from './emulatorConfig';

/**
 * Polls until a file exists and returns its text.
 * @param path - the file to wait for
 * @param attempts - how many 100 ms polls to make
 * @returns the file's content
 */
async function waitForFile(path: string, attempts = 100): Promise<string> {
  for (let i = 0; ; i++) {
    try {
      return await readFile(path, 'utf8');
    } catch (err) {
      if (i >= attempts) {
        throw err;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Runs a promise that must reject and returns the rejection reason.
 * @param promise - the call under test
 * @returns what it rejected with
 */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    const result = await promise;
    throw new Error(`expected a rejection, got the result ${JSON.stringify(result)}`);
  } catch (err) {
    return err;
  }
}

describe('Class: LambdaClient (e2e, local emulator)', () => {
  let emulator: LambdaEmulator | undefined;
  const opened: TestLambdaClient[] = [];

  /**
   * Creates, configures and opens a client for one emulator function; afterAll closes it.
   * @param functionName - the function to call
   * @returns the opened client
   */
  async function clientFor(functionName: string): Promise<TestLambdaClient> {
    if (!emulator) {
      throw new Error('emulator is not running');
    }
    const client = new TestLambdaClient();
    client.configure(emulatorConfig(emulator.endpoint, functionName));
    await client.open(null);
    opened.push(client);
    return client;
  }

  beforeAll(async () => {
    emulator = await startLambdaEmulator();
  }, 90_000);

  afterAll(async () => {
    try {
      for (const client of opened) {
        await client.close(null);
      }
    } finally {
      await emulator?.stop();
    }
  }, 30_000);

  describe('Method: call', () => {
    it('sends the params with cmd and returns the parsed result', async () => {
      const echo = await clientFor('echo');
      const result = await echo.call<Record<string, unknown>>('echo_me', null, { a: 1, nested: { b: [true, null] } });
      expect(result).toMatchObject({ cmd: 'echo_me', a: 1, nested: { b: [true, null] } });
    });

    it('delivers the caller\'s trace id to the function as a string', async () => {
      const dummy = await clientFor('dummy');
      const result = await dummy.call('get_trace_id', Context.fromTraceId('abc'));
      expect(result).toEqual({ trace_id: 'abc', type: 'string' });
    });

    it('sends a generated string trace id when the context is null', async () => {
      const dummy = await clientFor('dummy');
      const result = await dummy.call<{ trace_id: unknown; type: string }>('get_trace_id', null);
      expect(result.type).toBe('string');
      expect(result.trace_id).not.toBe('');
    });

    it('returns null when the function answers with an empty body', async () => {
      const empty = await clientFor('empty');
      await expect(empty.call('anything', null)).resolves.toBeNull();
    });

    it('rejects, never resolves, when the handler throws', async () => {
      const boom = await clientFor('boom');
      const err = await rejectionOf(boom.call('explode', null, { msg: 'hi' }));
      expect(err).toBeInstanceOf(InvocationException);
      expect((err as ApplicationException).message).toContain('kaboom: hi');
    });

    it('rebuilds a pip-services error thrown by the function into its class', async () => {
      const dummy = await clientFor('dummy');
      const err = await rejectionOf(dummy.call('fail', Context.fromTraceId('abc'), { dummy_id: '42' }));
      expect(err).toBeInstanceOf(NotFoundException);
      expect(err).toMatchObject({ code: 'DUMMY_NOT_FOUND', category: 'NotFound', status: 404, trace_id: 'abc' });
    });

    it('rebuilds the service\'s NO_ACTION error for an unknown command', async () => {
      const dummy = await clientFor('dummy');
      const err = await rejectionOf(dummy.call('no_such_action', null));
      expect(err).toBeInstanceOf(BadRequestException);
      expect(err).toMatchObject({ code: 'NO_ACTION' });
    });

    it('rejects with NotFoundException for a function the emulator does not have', async () => {
      const missing = await clientFor('no-such-function');
      const err = await rejectionOf(missing.call('anything', null));
      expect(err).toBeInstanceOf(NotFoundException);
      expect(err).toBeInstanceOf(ApplicationException);
    });

    it('gives each of 50 concurrent calls its own answer', async () => {
      const echo = await clientFor('echo');
      const ids = Array.from({ length: 50 }, () => randomUUID());
      const results = await Promise.all(
        ids.map((id, n) => echo.call<{ id: string; n: number }>('echo', Context.fromTraceId(`t-${n}`), { id, n })),
      );
      results.forEach((result, n) => {
        expect(result).toMatchObject({ cmd: 'echo', id: ids[n], n, trace_id: `t-${n}` });
      });
    }, 60_000);
  });

  describe('Method: callOneWay', () => {
    it('resolves on 202 and the function then runs with the params', async () => {
      const record = await clientFor('record');
      const dir = await mkdtemp(join(tmpdir(), 'lambda-one-way-'));
      try {
        const path = join(dir, 'event.json');
        await expect(record.callOneWay('record_it', Context.fromTraceId('one-way'), { path })).resolves.toBeUndefined();
        expect(JSON.parse(await waitForFile(path))).toMatchObject({ cmd: 'record_it', trace_id: 'one-way', path });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('resolves even when the handler throws, since the function runs after the 202', async () => {
      const boom = await clientFor('boom');
      await expect(boom.callOneWay('explode', null, { msg: 'later' })).resolves.toBeUndefined();
    });

    it('rejects with NotFoundException for a function the emulator does not have', async () => {
      const missing = await clientFor('no-such-function');
      await expect(missing.callOneWay('anything', null)).rejects.toBeInstanceOf(NotFoundException);
    });
  });
});
