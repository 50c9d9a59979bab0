'use strict';
// Orchestrator for `npm run bench`: starts the echo server in its own process, runs every runner repeat in a fresh
// process (interleaved, rotated order), measures cold import and install size, then prints a summary and (unless in
// smoke mode) writes BENCHMARKS.md and docs/bench-chart.svg.
//
// Usage: node bench/src/run.js [--smoke] [--concurrency=1,32] [--repeats=3] [--duration-ms=3000] [--warmup=300]
//        [--calls=0] [--runners=library,raw-sdk-v3,...] [--import-repeats=5] [--no-write]
// BENCH_SMOKE=1 is the same as --smoke.

const { fork } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { RUNNER_IDS, BASELINE_ID, getRunner } = require('./runners');
const { median, range, rotate } = require('./stats');
const { closureSize, libraryInstallSize, installedVersion } = require('./install-size');
const { renderMarkdown, renderConsole, renderChart } = require('./report');

const BENCH_DIR = path.resolve(__dirname, '..');
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const MARKDOWN_PATH = path.join(REPO_ROOT, 'BENCHMARKS.md');
const CHART_REL = 'docs/bench-chart.svg';
const CHART_PATH = path.join(REPO_ROOT, CHART_REL);
const RAW_DIR = path.join(BENCH_DIR, 'results', 'raw');

const USAGE = `Usage: npm run bench -- [options]
  --smoke               quick check that every runner works (small call counts, writes nothing); same as BENCH_SMOKE=1
  --concurrency=LIST    comma-separated in-flight call counts (default 1,32)
  --repeats=N           interleaved repeats per runner and concurrency (default 3, smoke 1)
  --duration-ms=MS      measured phase length per repeat (default 3000, smoke 2000)
  --calls=N             stop a measured phase after N calls (default 0 = no cap, smoke 200)
  --warmup=N            warm-up calls before measuring (default 300, smoke 20)
  --runners=LIST        subset of ${RUNNER_IDS.join(',')}
  --import-repeats=N    fresh processes per runner for cold import time (default 5, smoke 1)
  --no-write            do not write BENCHMARKS.md or the chart
  --help                this text`;

/**
 * Parses command-line options.
 * @param {string[]} argv - arguments after the script name
 * @param {NodeJS.ProcessEnv} env - environment (BENCH_SMOKE)
 */
function parseArgs(argv, env) {
  const flags = ['smoke', 'no-write', 'help'];
  const valued = ['concurrency', 'repeats', 'duration-ms', 'calls', 'warmup', 'runners', 'import-repeats'];
  const raw = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}"\n${USAGE}`);
    const eq = arg.indexOf('=');
    const key = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!flags.includes(key) && !valued.includes(key)) throw new Error(`Unknown option --${key}\n${USAGE}`);
    if (eq >= 0) {
      raw.set(key, arg.slice(eq + 1));
    } else if (flags.includes(key)) {
      raw.set(key, 'true');
    } else {
      if (i + 1 >= argv.length) throw new Error(`Missing value for ${arg}\n${USAGE}`);
      raw.set(key, argv[++i]);
    }
  }
  const smoke = raw.has('smoke') || (env.BENCH_SMOKE !== undefined && env.BENCH_SMOKE !== '' && env.BENCH_SMOKE !== '0');
  const int = (key, fallback, min) => {
    if (!raw.has(key)) return fallback;
    const value = Number(raw.get(key));
    if (!Number.isInteger(value) || value < min) throw new Error(`--${key} must be an integer >= ${min}`);
    return value;
  };
  const concurrency = (raw.get('concurrency') || '1,32').split(',').map((s) => Number(s.trim()));
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1)) throw new Error('--concurrency must list integers >= 1');
  const runners = raw.has('runners') ? raw.get('runners').split(',').map((s) => s.trim()).filter(Boolean) : RUNNER_IDS.slice();
  for (const id of runners) getRunner(id);

  const options = {
    help: raw.has('help'),
    smoke,
    write: !smoke && !raw.has('no-write'),
    concurrency: [...new Set(concurrency)],
    runners: RUNNER_IDS.filter((id) => runners.includes(id)),
    repeats: int('repeats', smoke ? 1 : 3, 1),
    durationMs: int('duration-ms', smoke ? 2000 : 3000, 0),
    maxCalls: int('calls', smoke ? 200 : 0, 0),
    warmupCalls: int('warmup', smoke ? 20 : 300, 0),
    importRepeats: int('import-repeats', smoke ? 1 : 5, 1),
  };
  if (options.durationMs === 0 && options.maxCalls === 0) throw new Error('Set --duration-ms or --calls (both are 0)');
  return options;
}

/**
 * Forks a script with IPC and resolves with its first message of one of the wanted types.
 * Kills the child (by its own pid) if it does not answer within timeoutMs.
 */
function forkAndWait(script, args, { message, types, timeoutMs, env }) {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: env || process.env });
    let answer;
    const timer = setTimeout(() => {
      if (!answer) answer = { type: 'error', message: `no answer within ${timeoutMs} ms` };
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('message', (msg) => {
      if (!answer && msg && types.includes(msg.type)) answer = msg;
    });
    child.on('error', (err) => {
      if (!answer) answer = { type: 'error', message: err.message };
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (answer) resolve(answer);
      else reject(new Error(`${path.basename(script)} exited (code ${code}, signal ${signal}) without an answer`));
    });
    if (message) child.send(message);
  });
}

/** Starts the echo server process; resolves with { endpoint, stop() }. */
function startServer() {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'server.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let stats;
    const exited = new Promise((done) => child.once('exit', done));
    const failStart = (err) => reject(err);
    child.once('error', failStart);
    child.once('exit', (code) => failStart(new Error(`echo server exited early (code ${code})`)));
    const statsWaiters = [];
    child.on('message', (msg) => {
      if (msg && msg.type === 'stats') statsWaiters.splice(0).forEach((resolveStats) => resolveStats(msg.stats));
      if (msg && msg.type === 'stopped') stats = msg.stats;
      if (msg && msg.type === 'ready') {
        resolve({
          endpoint: `http://127.0.0.1:${msg.port}`,
          pid: child.pid,
          /** Current counters: { ok, rejected, connections }. */
          stats() {
            return new Promise((resolveStats) => {
              statsWaiters.push(resolveStats);
              child.send({ type: 'stats' });
            });
          },
          async stop() {
            if (child.exitCode === null && child.signalCode === null) {
              if (child.connected) child.send({ type: 'stop' });
              const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
              await exited;
              clearTimeout(timer);
            }
            return stats;
          },
        });
      }
    });
  });
}

/**
 * Fingerprint of the library's dist/ (paths, sizes, mtimes): a rebuild during a run would mix two libraries'
 * numbers, so the run is failed when it changes.
 */
function distFingerprint() {
  const dist = path.join(REPO_ROOT, 'dist');
  if (!fs.existsSync(dist)) return 'missing';
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else {
        const st = fs.statSync(full);
        hash.update(`${path.relative(dist, full)}\0${st.size}\0${st.mtimeMs}\n`);
      }
    }
  };
  walk(dist);
  return hash.digest('hex');
}

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpuModel: (cpus[0] && cpus[0].model.trim()) || 'unknown CPU',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

function collectVersions() {
  const rootPkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const libSdk = installedVersion('@aws-sdk/client-lambda', REPO_ROOT);
  const benchSdk = installedVersion('@aws-sdk/client-lambda', BENCH_DIR);
  return [
    { name: rootPkg.name, version: rootPkg.version, note: 'this library, from dist/' },
    { name: '@aws-sdk/client-lambda (library\'s)', version: libSdk, note: 'dependency of this library' },
    { name: '@aws-sdk/client-lambda (raw runner)', version: benchSdk, note: benchSdk === libSdk ? 'same version as the library\'s' : 'DIFFERS from the library\'s' },
    { name: '@aws-lite/client', version: installedVersion('@aws-lite/client', BENCH_DIR) },
    { name: '@aws-lite/lambda', version: installedVersion('@aws-lite/lambda', BENCH_DIR) },
    { name: 'pip-services3-aws-node', version: installedVersion('pip-services3-aws-node', BENCH_DIR) },
    { name: 'aws-sdk', version: installedVersion('aws-sdk', BENCH_DIR), note: 'v2, used by pip-services3-aws-node' },
    { name: 'aws4', version: installedVersion('aws4', BENCH_DIR) },
  ];
}

function installSizeOf(runner) {
  if (runner.id === 'library' || runner.id === 'library-pipeline') return libraryInstallSize(REPO_ROOT);
  return closureSize(runner.packages, BENCH_DIR);
}

/**
 * Aggregates per-repeat results into per-runner summaries.
 * @param {object} options - parsed options
 * @param {object[]} samples - worker results, each with `repeat`
 * @param {Map<string, number[]>} importTimes - ms per runner
 * @param {Map<string, object>} installs - install size per runner
 */
function aggregate(options, samples, importTimes, installs, readyTimes = new Map()) {
  const runners = options.runners.map((id) => {
    const runner = getRunner(id);
    const byConcurrency = {};
    for (const c of options.concurrency) {
      const mine = samples.filter((s) => s.runner === id && s.concurrency === c);
      if (mine.length === 0) continue;
      const cps = mine.map((s) => s.callsPerSec);
      const ratios = mine.map((s) => {
        const base = samples.find((b) => b.runner === BASELINE_ID && b.concurrency === c && b.repeat === s.repeat);
        return base ? s.callsPerSec / base.callsPerSec : NaN;
      });
      byConcurrency[c] = {
        repeats: mine.length,
        callsPerSec: { median: median(cps), ...range(cps) },
        ratio: median(ratios),
        ratios,
        p50Ms: median(mine.map((s) => s.p50Ms)),
        p99Ms: median(mine.map((s) => s.p99Ms)),
        cpuPerCallUs: median(mine.map((s) => s.cpuPerCallUs)),
        maxRssKb: Math.max(...mine.map((s) => s.maxRssKb)),
        connections: Math.max(...mine.map((s) => (Number.isFinite(s.connections) ? s.connections : NaN))),
      };
    }
    const imports = importTimes.get(id) || [];
    return {
      id,
      label: runner.label,
      byConcurrency,
      importMs: imports.length > 0 ? { median: median(imports), ...range(imports) } : undefined,
      readyMs: (readyTimes.get(id) || []).length > 0
        ? { median: median(readyTimes.get(id)), ...range(readyTimes.get(id)) } : undefined,
      install: installs.get(id),
    };
  });
  return { runners, baseline: BASELINE_ID };
}

async function main() {
  // Children inherit this: keep the SDK v3 "node >= 22 soon" notice out of every worker's output.
  if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === undefined) {
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  }
  const options = parseArgs(process.argv.slice(2), process.env);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const userArgs = process.argv.slice(2);
  const command = `npm run bench${userArgs.length > 0 ? ` -- ${userArgs.join(' ')}` : ''}`;
  const failures = [];
  const samples = [];

  console.log(`${options.smoke ? 'Smoke run' : 'Benchmark'}: runners ${options.runners.join(', ')}; `
    + `concurrency ${options.concurrency.join(',')}; ${options.repeats} repeat(s)`);

  const distAtStart = options.runners.some((id) => id.startsWith('library')) ? distFingerprint() : undefined;
  const server = await startServer();
  const cleanup = () => { void server.stop(); };
  process.once('SIGINT', cleanup);
  process.once('SIGTERM', cleanup);
  let serverStats;
  try {
    console.log(`Echo server (pid ${server.pid}) at ${server.endpoint}`);
    const timeoutMs = options.durationMs + 120_000;
    for (let repeat = 0; repeat < options.repeats; repeat++) {
      for (const concurrency of options.concurrency) {
        for (const id of rotate(options.runners, repeat)) {
          const task = {
            type: 'run', runner: id, endpoint: server.endpoint, concurrency,
            warmupCalls: options.warmupCalls, durationMs: options.durationMs, maxCalls: options.maxCalls, timeoutMs,
          };
          const tag = `[repeat ${repeat + 1}/${options.repeats}, c=${concurrency}] ${id}`;
          let answer;
          const before = await server.stats();
          try {
            answer = await forkAndWait(path.join(__dirname, 'worker.js'), [], {
              message: task, types: ['result', 'error'], timeoutMs: timeoutMs + 10_000,
            });
          } catch (err) {
            answer = { type: 'error', message: err.message };
          }
          const after = await server.stats();
          if (answer.type === 'result') {
            const r = { ...answer.result, repeat, connections: after.connections - before.connections };
            samples.push(r);
            console.log(`${tag}: ${r.calls} calls, ${r.callsPerSec.toFixed(0)} calls/s, p50 ${r.p50Ms.toFixed(3)} ms, `
              + `p99 ${r.p99Ms.toFixed(3)} ms, ${r.cpuPerCallUs.toFixed(0)} µs CPU/call, ${r.connections} TCP connection(s), `
              + 'all replies matched');
          } else {
            failures.push(`${tag}: ${answer.message}`);
            console.error(`${tag}: FAILED: ${answer.message}`);
          }
        }
      }
    }
  } finally {
    serverStats = await server.stop();
    process.removeListener('SIGINT', cleanup);
    process.removeListener('SIGTERM', cleanup);
  }
  if (serverStats) {
    console.log(`Echo server answered ${serverStats.ok} calls over ${serverStats.connections} TCP connections, `
      + `rejected ${serverStats.rejected}`);
  }

  const importTimes = new Map(options.runners.map((id) => [id, []]));
  const readyTimes = new Map(options.runners.map((id) => [id, []]));
  for (let i = 0; i < options.importRepeats; i++) {
    for (const id of rotate(options.runners, i)) {
      try {
        const answer = await forkAndWait(path.join(__dirname, 'import-time.js'), [id], { types: ['import', 'error'], timeoutMs: 60_000 });
        if (answer.type === 'import') {
          importTimes.get(id).push(answer.ms);
          readyTimes.get(id).push(answer.readyMs);
        }
        else failures.push(`import ${id}: ${answer.message}`);
      } catch (err) {
        failures.push(`import ${id}: ${err.message}`);
      }
    }
  }

  if (distAtStart !== undefined && distFingerprint() !== distAtStart) {
    failures.push('dist/ changed during the run (library rebuilt?): its numbers mix two builds; run again');
  }

  const installs = new Map();
  for (const id of options.runners) {
    const size = installSizeOf(getRunner(id));
    if (size.missing.length > 0) failures.push(`install size ${id}: missing ${size.missing.join(', ')}`);
    installs.set(id, size);
  }

  const versions = collectVersions();
  const summary = {
    date: new Date().toISOString().slice(0, 10),
    command,
    machine: describeMachine(),
    settings: {
      concurrency: options.concurrency, repeats: options.repeats, warmupCalls: options.warmupCalls,
      durationMs: options.durationMs, maxCalls: options.maxCalls, importRepeats: options.importRepeats,
    },
    versions,
    ...aggregate(options, samples, importTimes, installs, readyTimes),
  };
  console.log(renderConsole(summary));
  const sdkRow = versions.find((v) => v.name.includes('raw runner'));
  if (sdkRow && sdkRow.note && sdkRow.note.startsWith('DIFFERS')) {
    console.warn('\nWarning: the raw runner\'s @aws-sdk/client-lambda version differs from the library\'s.');
  }

  if (failures.length > 0) {
    console.error(`\n${failures.length} failure(s):\n  ${failures.join('\n  ')}`);
    console.error('Nothing written.');
    return 1;
  }
  if (options.smoke) {
    console.log(`\nSmoke run passed: ${options.runners.length} runners, every reply matched its request. Nothing written.`);
    return 0;
  }
  fs.mkdirSync(RAW_DIR, { recursive: true });
  const rawFile = path.join(RAW_DIR, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(rawFile, JSON.stringify({ summary, samples }, null, 2));
  console.log(`\nRaw results: ${path.relative(REPO_ROOT, rawFile)}`);
  if (options.write) {
    fs.mkdirSync(path.dirname(CHART_PATH), { recursive: true });
    fs.writeFileSync(MARKDOWN_PATH, renderMarkdown(summary, CHART_REL));
    fs.writeFileSync(CHART_PATH, renderChart(summary));
    console.log(`Wrote ${path.relative(REPO_ROOT, MARKDOWN_PATH)} and ${CHART_REL}`);
  }
  return 0;
}

module.exports = { parseArgs, aggregate };

if (require.main === module) {
  main().then(
    (code) => { process.exitCode = code; },
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
