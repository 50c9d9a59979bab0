'use strict';
// Cold import time in a fresh process: how long loading a runner's client modules takes (node's own start-up is
// not included). Forked by run.js with the runner id as argument; answers {type: 'import', ms} over IPC.

const { getRunner } = require('./runners');

async function main() {
  const runner = getRunner(process.argv[2]);
  const started = process.hrtime.bigint();
  const loaded = await runner.load();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // Import plus a client ready to call (constructed and opened; nothing is sent, so the endpoint is never reached):
  // what a service pays before its first call, whatever a client defers from import to open.
  const client = await runner.create(loaded, { endpoint: 'http://127.0.0.1:9' });
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  await client.close();
  await new Promise((resolve) => process.send({ type: 'import', ms, readyMs }, () => resolve()));
}

main().then(
  () => process.exit(0),
  async (err) => {
    await new Promise((resolve) => process.send({ type: 'error', message: String(err && err.message) }, () => resolve()));
    process.exit(1);
  },
);
