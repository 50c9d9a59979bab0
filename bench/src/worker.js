'use strict';
// One runner repeat in a fresh process: load the client, warm up, then measure calls/s, latency, CPU and memory.
// Forked by run.js; receives {type: 'run', ...} over IPC and answers {type: 'result'} or {type: 'error'}.

const { randomBytes } = require('node:crypto');
const { getRunner } = require('./runners');
const { percentileSorted } = require('./stats');

/**
 * Keeps `concurrency` calls in flight until `maxCalls` calls were issued or `durationMs` elapsed (whichever is
 * set and comes first). Every reply must carry the id its request sent.
 * @param {{ call(id: string): Promise<string|undefined> }} client - runner client
 * @param {object} opts - { concurrency, durationMs, maxCalls, nextId, latencies? }
 * @returns {Promise<number>} completed calls
 */
async function drive(client, { concurrency, durationMs, maxCalls, nextId, latencies }) {
  let issued = 0;
  let completed = 0;
  let stop = false;
  const timer = durationMs > 0 ? setTimeout(() => { stop = true; }, durationMs) : undefined;

  const lane = async () => {
    while (!stop && (maxCalls <= 0 || issued < maxCalls)) {
      issued++;
      const id = nextId();
      const started = process.hrtime.bigint();
      let got;
      try {
        got = await client.call(id);
      } catch (err) {
        stop = true;
        throw err;
      }
      if (got !== id) {
        stop = true;
        throw new Error(`Reply mismatch: sent id ${JSON.stringify(id)}, got ${JSON.stringify(got)}`);
      }
      if (latencies) latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      completed++;
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, lane));
  } finally {
    if (timer) clearTimeout(timer);
  }
  return completed;
}

/**
 * Runs one measurement.
 * @param {object} task - { runner, endpoint, concurrency, warmupCalls, durationMs, maxCalls }
 */
async function runTask(task) {
  const runner = getRunner(task.runner);
  const modules = await runner.load();
  const client = await runner.create(modules, { endpoint: task.endpoint, concurrency: task.concurrency });
  const prefix = `${runner.id}-${process.pid}-${randomBytes(4).toString('hex')}-`;
  let seq = 0;
  const nextId = () => prefix + (seq++);

  try {
    await drive(client, { concurrency: task.concurrency, durationMs: 0, maxCalls: task.warmupCalls, nextId });

    const latencies = [];
    const cpuBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    const calls = await drive(client, {
      concurrency: task.concurrency, durationMs: task.durationMs, maxCalls: task.maxCalls, nextId, latencies,
    });
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    const cpu = process.cpuUsage(cpuBefore);

    latencies.sort((a, b) => a - b);
    return {
      runner: runner.id,
      concurrency: task.concurrency,
      calls,
      elapsedMs,
      callsPerSec: calls / (elapsedMs / 1000),
      p50Ms: percentileSorted(latencies, 50),
      p99Ms: percentileSorted(latencies, 99),
      cpuPerCallUs: (cpu.user + cpu.system) / Math.max(1, calls),
      maxRssKb: process.resourceUsage().maxRSS,
    };
  } finally {
    await client.close();
  }
}

function send(message) {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) {
      resolve();
      return;
    }
    process.send(message, () => resolve());
  });
}

module.exports = { drive, runTask };

process.once('message', async (msg) => {
  if (!msg || msg.type !== 'run') return;
  // Never outlive the task by much, even if a client hangs.
  const watchdog = setTimeout(() => {
    void send({ type: 'error', message: `Runner ${msg.runner} timed out` }).then(() => process.exit(2));
  }, msg.timeoutMs || 120_000);
  watchdog.unref();
  let code = 0;
  try {
    const result = await runTask(msg);
    await send({ type: 'result', result });
  } catch (err) {
    code = 1;
    await send({ type: 'error', message: err instanceof Error ? err.message : String(err), stack: err && err.stack });
  }
  process.exit(code);
});
