'use strict';
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { median, range, percentileSorted, rotate } = require('../src/stats');
const { parseArgs, aggregate } = require('../src/run');
const { closureSize } = require('../src/install-size');
const { renderChart, renderMarkdown } = require('../src/report');

describe('stats', () => {
  it('computes medians, ranges and nearest-rank percentiles', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
    assert.ok(Number.isNaN(median([])));
    assert.deepEqual(range([5, 2, 9]), { min: 2, max: 9 });
    assert.equal(percentileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50), 5);
    assert.equal(percentileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99), 10);
  });

  it('rotates the runner order per repeat', () => {
    assert.deepEqual(rotate(['a', 'b', 'c'], 1), ['b', 'c', 'a']);
    assert.deepEqual(rotate(['a', 'b', 'c'], 4), ['b', 'c', 'a']);
  });
});

describe('parseArgs', () => {
  it('uses full defaults, and small counts in smoke mode', () => {
    const full = parseArgs([], {});
    assert.deepEqual(full.concurrency, [1, 32]);
    assert.equal(full.repeats, 3);
    assert.equal(full.write, true);
    const smoke = parseArgs([], { BENCH_SMOKE: '1' });
    assert.equal(smoke.smoke, true);
    assert.equal(smoke.write, false);
    assert.ok(smoke.maxCalls > 0);
    assert.equal(parseArgs(['--smoke'], {}).smoke, true);
  });

  it('reads options in both --key=value and --key value forms', () => {
    const o = parseArgs(['--concurrency=2,8', '--repeats', '5', '--runners=http-floor,raw-sdk-v3'], {});
    assert.deepEqual(o.concurrency, [2, 8]);
    assert.equal(o.repeats, 5);
    assert.deepEqual(o.runners, ['raw-sdk-v3', 'http-floor']);
  });

  it('rejects unknown options, runners and bad numbers', () => {
    assert.throws(() => parseArgs(['--nope'], {}), /Unknown option/);
    assert.throws(() => parseArgs(['--runners=nope'], {}), /Unknown runner/);
    assert.throws(() => parseArgs(['--repeats=0'], {}), /repeats/);
    assert.throws(() => parseArgs(['--concurrency=0'], {}), /concurrency/);
  });
});

describe('aggregate and report', () => {
  const options = parseArgs(['--runners=raw-sdk-v3,http-floor', '--repeats=2', '--concurrency=1'], {});
  const sample = (runner, repeat, callsPerSec) => ({
    runner, repeat, concurrency: 1, callsPerSec, p50Ms: 1, p99Ms: 2, cpuPerCallUs: 100, maxRssKb: 50_000,
  });
  const samples = [sample('raw-sdk-v3', 0, 100), sample('http-floor', 0, 300), sample('raw-sdk-v3', 1, 200), sample('http-floor', 1, 300)];
  const summary = {
    date: '2000-01-01', command: 'npm run bench',
    machine: { cpuModel: 'Test CPU', cores: 2, memoryGiB: 4, os: 'Linux', node: 'v20.0.0' },
    settings: { concurrency: [1], repeats: 2, warmupCalls: 1, durationMs: 1000, maxCalls: 0, importRepeats: 1 },
    versions: [{ name: 'x', version: '1.0.0' }],
    ...aggregate(options, samples, new Map([['http-floor', [1, 2, 3]]]), new Map()),
  };

  it('computes ratios per repeat before taking the median', () => {
    const floor = summary.runners.find((r) => r.id === 'http-floor');
    assert.deepEqual(floor.byConcurrency[1].ratios, [3, 1.5]);
    assert.equal(floor.byConcurrency[1].ratio, 2.25);
    assert.equal(floor.importMs.median, 2);
  });

  it('renders a chart and a markdown page that name every runner', () => {
    const svg = renderChart(summary);
    const md = renderMarkdown(summary, 'docs/bench-chart.svg');
    assert.match(svg, /^<svg /);
    assert.match(svg, /<\/svg>\n$/);
    for (const r of summary.runners) {
      assert.ok(svg.includes(r.label.replace(/&/g, '&amp;')));
      assert.ok(md.includes(r.label));
    }
    assert.match(md, /2\.25×/);
  });
});

describe('closureSize', () => {
  it('counts a package and its dependencies once each', () => {
    const size = closureSize(['aws4', 'aws4'], path.resolve(__dirname, '..'));
    assert.equal(size.packages, 1);
    assert.ok(size.bytes > 0);
    assert.deepEqual(size.missing, []);
  });

  it('reports packages that are not installed', () => {
    assert.deepEqual(closureSize(['no-such-package-here'], path.resolve(__dirname, '..')).missing, ['no-such-package-here']);
  });
});
