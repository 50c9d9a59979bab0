'use strict';
// CPU profile of one runner's call path, the evidence behind the library's optimisations:
//   npm run profile --prefix bench -- [runner=library] [concurrency=32] [seconds=4]
// Starts the loopback server in its own process, runs the client in this process under the V8 profiler
// (node:inspector), and prints where the samples fall: by package, and the heaviest functions (self time).
const { fork } = require('node:child_process');
const inspector = require('node:inspector');
const path = require('node:path');

const { getRunner } = require('./runners');

function post(session, method, params) {
  return new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
}

function groupOf(url) {
  if (!url) return '(native)';
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)(\/dist-cjs\/submodules\/[^/]+)?/.exec(url);
  if (pkg) return pkg[1] + (pkg[3] ? pkg[3].replace('/dist-cjs/submodules', '') : '');
  if (url.startsWith('node:')) return url;
  if (url.includes(`${path.sep}dist${path.sep}`)) return 'this library: ' + path.basename(url);
  return path.basename(url);
}

function report(profile, top) {
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] || 0;
    self.set(id, (self.get(id) || 0) + delta);
    total += delta;
  });
  const byGroup = new Map();
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const time = self.get(node.id) || 0;
    const group = node.callFrame.url ? groupOf(node.callFrame.url) : `(${node.callFrame.functionName})`;
    byGroup.set(group, (byGroup.get(group) || 0) + time);
    const key = `${group} ${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) || 0) + time);
  }
  const print = (title, map) => {
    console.log(`\n${title}`);
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
      .forEach(([name, time]) => console.log(`${((100 * time) / total).toFixed(1).padStart(6)}%  ${name}`));
  };
  print('Self time by package', byGroup);
  print('Self time by function', byFunction);
}

async function main() {
  const [id = 'library', concurrency = '32', seconds = '4'] = process.argv.slice(2);
  const server = fork(path.join(__dirname, 'server.js'), [], { stdio: 'inherit' });
  try {
    const port = await new Promise((resolve) => server.on('message', (m) => m.type === 'ready' && resolve(m.port)));
    const runner = getRunner(id);
    const client = await runner.create(await runner.load(), { endpoint: `http://127.0.0.1:${port}` });
    for (let i = 0; i < 300; i++) await client.call(`warm-${i}`);

    const session = new inspector.Session();
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.start');
    let calls = 0;
    const end = Date.now() + Number(seconds) * 1000;
    const cpu = process.cpuUsage();
    await Promise.all(Array.from({ length: Number(concurrency) }, async () => {
      while (Date.now() < end) {
        const requestId = `p-${calls++}`;
        if ((await client.call(requestId)) !== requestId) throw new Error(`reply mismatch for ${requestId}`);
      }
    }));
    const used = process.cpuUsage(cpu);
    const { profile } = await post(session, 'Profiler.stop');
    session.disconnect();
    await client.close();
    console.log(`${id}: ${calls} calls at concurrency ${concurrency}, ${Math.round((used.user + used.system) / calls)} µs CPU per call`);
    report(profile, 25);
  } finally {
    server.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
