/**
 * Starts and stops the local AWS Lambda emulator (serverless-offline on osls, see serverless.yml)
 * for the e2e tests and the example. Depends on nothing but node.
 * @module emulator
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

/** Options of {@link startLambdaEmulator}. */
export interface LambdaEmulatorOptions {
  /** Emulator folder (holds serverless.yml and node_modules). Default: found from this file's location. */
  dir?: string;
  /** Invoke API port on 127.0.0.1. Default: a free port picked at start. */
  port?: number;
  /** How long to wait for the emulator to answer, in ms. Default: 60 000. */
  startTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before it sends SIGKILL, in ms. Default: 5 000. */
  stopGraceMs?: number;
}

/** A running emulator, as returned by {@link startLambdaEmulator}. */
export interface LambdaEmulator {
  /** Base URL for the SDK's `endpoint` option, e.g. `http://127.0.0.1:41234`. */
  readonly endpoint: string;
  /** The Invoke API port. */
  readonly port: number;
  /** Process id of the emulator. */
  readonly pid: number;
  /**
   * Stops the emulator: SIGTERM, then SIGKILL after the grace period; resolves once it has exited.
   * Safe to call more than once.
   * @returns a promise that resolves when the process is gone
   */
  stop(): Promise<void>;
  /**
   * The emulator's recent stdout and stderr (the last 256 KB), including handlers' console output.
   * @returns the captured log text
   */
  output(): string;
}

const HOST = '127.0.0.1';
const DEFAULT_START_TIMEOUT_MS = 60_000;
const DEFAULT_STOP_GRACE_MS = 5_000;
const POLL_INTERVAL_MS = 100;
const MAX_LOG_CHARS = 256 * 1024;
const MAX_PORT_ATTEMPTS = 3;
const SERVERLESS_BIN = join('node_modules', 'osls', 'bin', 'serverless.js');

/** Children still running, killed when this process exits. */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Kills every emulator still running, synchronously (usable from an 'exit' listener).
 */
function killLiveChildren(): void {
  for (const child of liveChildren) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  liveChildren.clear();
}

/**
 * Makes sure no emulator outlives this process: on 'exit', and on SIGINT/SIGTERM/SIGHUP when nobody
 * else handles them (then the signal is re-raised so the default action still ends the process).
 */
function installExitHook(): void {
  if (exitHookInstalled) {
    return;
  }
  exitHookInstalled = true;
  process.on('exit', killLiveChildren);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    if (process.listenerCount(signal) > 0) {
      continue;
    }
    const onSignal = (): void => {
      killLiveChildren();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/**
 * Finds the emulator folder: this file's own folder when run from source, otherwise the nearest
 * ancestor's `emulator/` folder (the example runs a compiled copy from example/dist/emulator).
 * @returns the folder holding serverless.yml, or this file's folder when none is found
 */
function findEmulatorDir(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'serverless.yml'))) {
      return dir;
    }
    if (existsSync(join(dir, 'emulator', 'serverless.yml'))) {
      return join(dir, 'emulator');
    }
    const parent = dirname(dir);
    if (parent === dir) {
      return __dirname;
    }
    dir = parent;
  }
}

/**
 * Picks a free loopback port: binds port 0, reads the port the OS chose, closes.
 * @returns the port number
 */
function pickFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error('Could not pick a free port'))));
    });
  });
}

/**
 * Invokes an unknown function; the emulator answers 404 once it is serving.
 * @param port - the Invoke API port
 * @returns the HTTP status, or 0 when the connection failed
 */
function probe(port: number): Promise<number> {
  return new Promise((resolveStatus) => {
    const req = request(
      {
        host: HOST,
        port,
        method: 'POST',
        path: '/2015-03-31/functions/__emulator_probe__/invocations',
        headers: { 'content-type': 'application/json' },
        timeout: 2_000,
      },
      (res) => {
        res.resume();
        resolveStatus(res.statusCode ?? 0);
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolveStatus(0));
    req.end('{}');
  });
}

/**
 * Waits for a child process to exit.
 * @param child - the process
 * @param timeoutMs - how long to wait
 * @returns true when it exited within the time, false otherwise
 */
function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(true);
  }
  return new Promise((resolveExited) => {
    const timer = setTimeout(() => {
      child.removeListener('exit', onExit);
      resolveExited(false);
    }, timeoutMs);
    const onExit = (): void => {
      clearTimeout(timer);
      resolveExited(true);
    };
    child.once('exit', onExit);
  });
}

/**
 * Stops a child by its pid: SIGTERM, then SIGKILL after the grace period.
 * @param child - the process
 * @param graceMs - time allowed for a clean exit
 * @returns a promise that resolves when the process has exited
 */
async function killChild(child: ChildProcess, graceMs: number): Promise<void> {
  const pid = child.pid;
  if (pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    if (!(await waitForExit(child, graceMs))) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await waitForExit(child, graceMs);
    }
  }
  liveChildren.delete(child);
}

/** Result of one start attempt on one port. */
type Attempt = { ok: true; emulator: LambdaEmulator } | { ok: false; portInUse: boolean; error: Error };

/**
 * Starts the emulator on one port and waits until it serves.
 * @param dir - the emulator folder
 * @param port - the Invoke API port
 * @param startTimeoutMs - how long to wait for readiness
 * @param stopGraceMs - grace period for stop()
 * @returns the running emulator, or why it did not start
 */
async function attemptStart(dir: string, port: number, startTimeoutMs: number, stopGraceMs: number): Promise<Attempt> {
  let log = '';
  const append = (chunk: Buffer): void => {
    log += chunk.toString('utf8');
    if (log.length > MAX_LOG_CHARS) {
      log = log.slice(log.length - MAX_LOG_CHARS);
    }
  };

  const child = spawn(process.execPath, [SERVERLESS_BIN, 'offline', 'start', '--lambdaPort', String(port)], {
    cwd: dir,
    env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  installExitHook();
  liveChildren.add(child);
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let spawnError: Error | undefined;
  child.once('error', (err) => {
    spawnError = err;
  });
  child.once('exit', () => liveChildren.delete(child));

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    const exited = child.exitCode !== null || child.signalCode !== null || spawnError !== undefined;
    if (exited || child.pid === undefined) {
      liveChildren.delete(child);
      const why = spawnError ? `: ${spawnError.message}` : ` (exit code ${String(child.exitCode)}, signal ${String(child.signalCode)})`;
      return {
        ok: false,
        portInUse: log.includes('EADDRINUSE'),
        error: new Error(`Lambda emulator exited before it was ready${why}. Log:\n${log}`),
      };
    }
    if ((await probe(port)) === 404) {
      break;
    }
    if (Date.now() > deadline) {
      await killChild(child, stopGraceMs);
      return {
        ok: false,
        portInUse: false,
        error: new Error(`Lambda emulator did not answer on port ${port} within ${startTimeoutMs} ms. Log:\n${log}`),
      };
    }
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }

  let stopping: Promise<void> | undefined;
  const emulator: LambdaEmulator = {
    endpoint: `http://${HOST}:${port}`,
    port,
    pid: child.pid,
    stop: () => (stopping ??= killChild(child, stopGraceMs)),
    output: () => log,
  };
  return { ok: true, emulator };
}

/**
 * Starts the local Lambda emulator on 127.0.0.1 and resolves once its Invoke API answers.
 *
 * Functions it serves (see serverless.yml): `dummy`, `dummy-commandable`, `echo`, `boom`, `sleep`,
 * `empty`, `record`. The child process is killed if this process exits first.
 * @param opts - optional folder, port and timeouts
 * @returns the running emulator; call its stop() when done
 * @throws Error when the emulator is not installed (`npm ci --prefix emulator`), exits early or does
 *   not answer in time; the message includes the captured log
 */
export async function startLambdaEmulator(opts: LambdaEmulatorOptions = {}): Promise<LambdaEmulator> {
  const dir = resolve(opts.dir ?? findEmulatorDir());
  if (!existsSync(join(dir, SERVERLESS_BIN))) {
    throw new Error(
      `Lambda emulator is not installed (${join(dir, 'node_modules')} is missing). ` +
        'Run `npm ci --prefix emulator` in the repository root first.',
    );
  }
  const startTimeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const stopGraceMs = opts.stopGraceMs ?? DEFAULT_STOP_GRACE_MS;

  // A picked port can be taken by someone else before the emulator binds it; then try another one.
  const attempts = opts.port === undefined ? MAX_PORT_ATTEMPTS : 1;
  let lastError = new Error('Lambda emulator did not start');
  for (let i = 0; i < attempts; i++) {
    const port = opts.port ?? (await pickFreePort());
    const attempt = await attemptStart(dir, port, startTimeoutMs, stopGraceMs);
    if (attempt.ok) {
      return attempt.emulator;
    }
    lastError = attempt.error;
    if (!attempt.portInUse) {
      break;
    }
  }
  throw lastError;
}
