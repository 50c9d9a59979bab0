'use strict';
// Micro-benchmarks of the per-call choices in the library's call path, each against the alternative it replaced:
// `npm run micro --prefix bench` (after `npm run build` at the root). Prints ns per operation, median of 5 rounds.
const path = require('node:path');

const { CallSignal } = require(path.resolve(__dirname, '..', '..', 'dist', 'clients', 'CallSignal'));

const ROUNDS = 5;
const N = 300_000;

function measure(fn) {
  for (let i = 0; i < N / 10; i++) fn(i);
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < N; i++) fn(i);
    rounds.push(Number(process.hrtime.bigint() - started) / N);
  }
  rounds.sort((a, b) => a - b);
  return rounds[Math.floor(ROUNDS / 2)];
}

function compare(title, before, after) {
  const b = measure(before.fn);
  const a = measure(after.fn);
  console.log(`${title}\n  before: ${before.name.padEnd(46)} ${b.toFixed(0).padStart(6)} ns\n  after:  ${after.name.padEnd(46)} ${a.toFixed(0).padStart(6)} ns`);
}

const small = { id: 'c12345' };
const larger = { dummy: { id: '1', key: 'k', content: 'x'.repeat(100) }, filter: { a: 1, b: [1, 2, 3] }, paging: { skip: 0, take: 100, total: true } };
const listener = () => 0;

compare('Payload copy + JSON.stringify, small params',
  { name: 'spread literal {...args, cmd, trace_id}', fn: () => JSON.stringify({ ...small, cmd: 'echo', trace_id: 'bench' }) },
  { name: 'Object.assign({}, args) then set cmd, trace_id', fn: () => { const o = Object.assign({}, small); o.cmd = 'echo'; o.trace_id = 'bench'; return JSON.stringify(o); } });
compare('Payload copy + JSON.stringify, larger params',
  { name: 'spread literal {...args, cmd, trace_id}', fn: () => JSON.stringify({ ...larger, cmd: 'echo', trace_id: 'bench' }) },
  { name: 'Object.assign({}, args) then set cmd, trace_id', fn: () => { const o = Object.assign({}, larger); o.cmd = 'echo'; o.trace_id = 'bench'; return JSON.stringify(o); } });
compare('Per-call abort signal, one listener added and removed',
  { name: 'AbortController', fn: () => { const s = new AbortController().signal; s.addEventListener('abort', listener, { once: true }); s.removeEventListener('abort', listener); return s.aborted; } },
  { name: 'CallSignal', fn: () => { const s = new CallSignal(); s.addEventListener('abort', listener, { once: true }); s.removeEventListener('abort', listener); return s.aborted; } });
