'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { drive, runTask } = require('../src/worker');
const { createEchoServer } = require('../src/server');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}
function shut(server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
}

describe('drive', () => {
  it('counts completed calls up to the cap', async () => {
    let n = 0;
    const client = { call: async (id) => id };
    const done = await drive(client, { concurrency: 4, durationMs: 0, maxCalls: 50, nextId: () => `id-${n++}` });
    assert.equal(done, 50);
  });

  it('fails when a reply carries another id', async () => {
    let n = 0;
    const client = { call: async (id) => (id === 'id-3' ? 'id-4' : id) };
    await assert.rejects(
      drive(client, { concurrency: 2, durationMs: 0, maxCalls: 10, nextId: () => `id-${n++}` }),
      /Reply mismatch/,
    );
  });

  it('fails when a call fails', async () => {
    const client = { call: async () => { throw new Error('boom'); } };
    await assert.rejects(drive(client, { concurrency: 1, durationMs: 0, maxCalls: 1, nextId: () => 'a' }), /boom/);
  });
});

describe('runTask', () => {
  let echo;
  let liar;
  let echoUrl;
  let liarUrl;
  before(async () => {
    echo = createEchoServer().server;
    echoUrl = await listen(echo);
    // Answers every call with a fixed id, as a mixed-up client or server would.
    liar = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end(JSON.stringify({ id: 'someone-else' })));
    });
    liarUrl = await listen(liar);
  });
  after(async () => {
    await shut(echo);
    await shut(liar);
  });

  for (const runner of ['http-floor', 'aws4-floor']) {
    it(`measures the ${runner} runner against the echo server`, async () => {
      const r = await runTask({ runner, endpoint: echoUrl, concurrency: 2, warmupCalls: 5, durationMs: 0, maxCalls: 20 });
      assert.equal(r.runner, runner);
      assert.equal(r.calls, 20);
      assert.ok(r.callsPerSec > 0);
      assert.ok(r.p99Ms >= r.p50Ms);
      assert.ok(r.maxRssKb > 0);
    });
  }

  it('fails a runner whose replies do not match', async () => {
    await assert.rejects(
      runTask({ runner: 'http-floor', endpoint: liarUrl, concurrency: 1, warmupCalls: 0, durationMs: 0, maxCalls: 3 }),
      /Reply mismatch/,
    );
  });
});
