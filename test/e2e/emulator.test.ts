import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  InvokeCommand,
  LambdaClient as AwsLambdaClient,
  ResourceNotFoundException,
  type InvocationType,
} from '@aws-sdk/client-lambda';
import ts from 'typescript';
import { startLambdaEmulator, type LambdaEmulator } from '../../emulator/LambdaEmulator';

/** Result of one raw invocation: status, function error flag and the decoded body. */
interface RawResult {
  status: number | undefined;
  functionError: string | undefined;
  body: unknown;
}

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

describe('Class: LambdaEmulator', () => {
  let emulator: LambdaEmulator | undefined;
  let sdk: AwsLambdaClient;

  /**
   * Invokes a function through the raw SDK and decodes the JSON body (empty body → undefined).
   * @param name - the function name
   * @param payload - the event
   * @param type - the invocation type
   * @returns status, function error and body
   */
  async function invoke(name: string, payload: unknown, type: InvocationType = 'RequestResponse'): Promise<RawResult> {
    const out = await sdk.send(
      new InvokeCommand({ FunctionName: name, InvocationType: type, Payload: Buffer.from(JSON.stringify(payload)) }),
    );
    const text = out.Payload ? out.Payload.transformToString() : '';
    return { status: out.StatusCode, functionError: out.FunctionError, body: text === '' ? undefined : JSON.parse(text) };
  }

  beforeAll(async () => {
    emulator = await startLambdaEmulator();
    sdk = new AwsLambdaClient({
      endpoint: emulator.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
  }, 90_000);

  afterAll(async () => {
    sdk?.destroy();
    await emulator?.stop();
  }, 30_000);

  describe('Function: startLambdaEmulator', () => {
    it('serves the Invoke API on a loopback endpoint with a live pid', () => {
      expect(emulator?.endpoint).toBe(`http://127.0.0.1:${String(emulator?.port)}`);
      expect(emulator?.port).toBeGreaterThan(0);
      expect(() => process.kill(emulator?.pid ?? -1, 0)).not.toThrow();
    });

    it('rejects with an install hint when the emulator folder has no node_modules', async () => {
      const empty = await mkdtemp(join(tmpdir(), 'no-emulator-'));
      try {
        await expect(startLambdaEmulator({ dir: empty })).rejects.toThrow('npm ci --prefix emulator');
      } finally {
        await rm(empty, { recursive: true, force: true });
      }
    });
  });

  describe('Method: stop', () => {
    it('ends the emulator process and can be called twice', async () => {
      const other = await startLambdaEmulator();
      try {
        const pid = other.pid;
        await other.stop();
        await other.stop();
        expect(() => process.kill(pid, 0)).toThrow();
      } finally {
        await other.stop();
      }
    }, 90_000);
  });

  describe('Exit hook', () => {
    /**
     * Runs a node script that starts an emulator with a compiled copy of the harness, prints the
     * emulator's pid, then ends itself in the given way.
     * @param ending - the script's last statement
     * @param signal - a signal to send the script once it printed the pid, if any
     * @returns the emulator's pid
     */
    async function emulatorPidOfEndedParent(ending: string, signal?: NodeJS.Signals): Promise<number> {
      const work = await mkdtemp(join(tmpdir(), 'emulator-parent-'));
      try {
        const source = await readFile(join(__dirname, '../../emulator/LambdaEmulator.ts'), 'utf8');
        const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
        await writeFile(join(work, 'LambdaEmulator.js'), js.outputText);
        const script = [
          `const { startLambdaEmulator } = require(${JSON.stringify(join(work, 'LambdaEmulator.js'))});`,
          `startLambdaEmulator({ dir: ${JSON.stringify(join(__dirname, '../../emulator'))} }).then((e) => {`,
          `  process.stdout.write('PID ' + e.pid + '\\n');`,
          `  ${ending}`,
          '});',
        ].join('\n');
        const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
        const pid = await new Promise<number>((resolvePid, reject) => {
          let out = '';
          parent.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const match = /PID (\d+)/.exec(out);
            if (match) {
              if (signal) {
                parent.kill(signal);
              }
              resolvePid(Number(match[1]));
            }
          });
          parent.once('exit', () => reject(new Error(`parent exited before printing a pid: ${out}`)));
        });
        await new Promise((r) => (parent.exitCode !== null || parent.signalCode !== null ? r(null) : parent.once('exit', r)));
        return pid;
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    }

    /**
     * Tells whether a process is alive, polling for up to 5 s for it to go away.
     * @param pid - the process id
     * @returns true when it is still alive after the wait
     */
    async function stillAlive(pid: number): Promise<boolean> {
      for (let i = 0; i < 50; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          return false;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return true;
    }

    it('kills the emulator when the parent calls process.exit', async () => {
      const pid = await emulatorPidOfEndedParent('process.exit(0);');
      const alive = await stillAlive(pid);
      if (alive) {
        process.kill(pid, 'SIGKILL');
      }
      expect(alive).toBe(false);
    }, 90_000);

    it('kills the emulator when the parent gets SIGTERM', async () => {
      const pid = await emulatorPidOfEndedParent('setInterval(() => undefined, 1000);', 'SIGTERM');
      const alive = await stillAlive(pid);
      if (alive) {
        process.kill(pid, 'SIGKILL');
      }
      expect(alive).toBe(false);
    }, 90_000);
  });

  describe('Function: echo', () => {
    it('returns the event it got', async () => {
      const result = await invoke('echo', { a: 1, text: 'hello' });
      expect(result).toEqual({ status: 200, functionError: undefined, body: { a: 1, text: 'hello' } });
    });
  });

  describe('Function: empty', () => {
    it('answers with an empty body', async () => {
      const result = await invoke('empty', {});
      expect(result.status).toBe(200);
      expect(result.body).toBeUndefined();
    });
  });

  describe('Function: boom', () => {
    it('reports an unhandled function error with the message', async () => {
      const result = await invoke('boom', { msg: 'hi' });
      expect(result.functionError).toBe('Unhandled');
      expect(result.body).toMatchObject({ errorMessage: 'kaboom: hi' });
    });

    it('keeps serving after a one-way call to a throwing handler', async () => {
      const oneWay = await invoke('boom', { msg: 'async' }, 'Event');
      expect(oneWay.status).toBe(202);
      // The keep-alive plugin logs the failure once the handler has thrown.
      for (let i = 0; i < 100 && !(emulator?.output() ?? '').includes('kaboom: async'); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(emulator?.output()).toContain('[keep-alive]');
      const after = await invoke('echo', { alive: true });
      expect(after.body).toEqual({ alive: true });
    });
  });

  describe('Function: record', () => {
    it('runs a one-way call after answering 202', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'emulator-record-'));
      try {
        const path = join(dir, 'event.json');
        const result = await invoke('record', { path, marker: 'one-way' }, 'Event');
        expect(result.status).toBe(202);
        expect(JSON.parse(await waitForFile(path))).toMatchObject({ marker: 'one-way' });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('Function: dummy', () => {
    it('creates and reads a dummy', async () => {
      const created = await invoke('dummy', { cmd: 'create_dummy', dummy: { key: 'raw-1', content: 'raw' } });
      const dummy = created.body as { id: string; key: string };
      expect(dummy).toMatchObject({ key: 'raw-1', content: 'raw' });
      expect(dummy.id).toMatch(/^[0-9a-f]{32}$/);
      const read = await invoke('dummy', { cmd: 'get_dummy_by_id', dummy_id: dummy.id });
      expect(read.body).toEqual(dummy);
    });

    it('encodes a pip error description as the JSON error message', async () => {
      const result = await invoke('dummy', { cmd: 'fail', trace_id: 'raw-trace' });
      expect(result.functionError).toBe('Unhandled');
      const message = (result.body as { errorMessage: string }).errorMessage;
      expect(JSON.parse(message)).toMatchObject({
        type: 'NotFoundException',
        category: 'NotFound',
        status: 404,
        code: 'DUMMY_NOT_FOUND',
        trace_id: 'raw-trace',
      });
    });

    it('fails with NO_COMMAND without cmd and NO_ACTION for an unknown cmd', async () => {
      const missing = await invoke('dummy', {});
      const unknown = await invoke('dummy', { cmd: 'nope' });
      const codeOf = (r: RawResult): unknown => JSON.parse((r.body as { errorMessage: string }).errorMessage).code;
      expect(codeOf(missing)).toBe('NO_COMMAND');
      expect(codeOf(unknown)).toBe('NO_ACTION');
    });
  });

  describe('Function: unknown name', () => {
    it('answers 404 ResourceNotFoundException', async () => {
      await expect(invoke('does-not-exist', {})).rejects.toBeInstanceOf(ResourceNotFoundException);
    });
  });
});
