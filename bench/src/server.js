'use strict';
// Loopback stand-in for the Lambda Invoke API. Runs in its own process (forked by run.js) so that its CPU time never
// lands in a runner's measurements. It answers POST /2015-03-31/functions/<name>/invocations with 200 and
// {"id": <the request's id>, ...}; it does not verify signatures, since only the clients are being measured.
//
// Lifecycle: listens on 127.0.0.1 on an ephemeral port, reports {type: 'ready', port} over IPC, and stops on
// {type: 'stop'}, when the parent goes away, or at the latest after BENCH_SERVER_MAX_MS (default 1 hour).

const http = require('node:http');

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/?]+)\/invocations(?:\?.*)?$/;
const MAX_BODY = 1024 * 1024;

/**
 * Creates (does not start) the echo server.
 * @returns {{ server: http.Server, stats: { ok: number, rejected: number, connections: number } }}
 */
function createEchoServer() {
  const stats = { ok: 0, rejected: 0, connections: 0 };

  const reply = (res, status, body, extraHeaders) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      'X-Amzn-RequestId': 'bench',
      ...extraHeaders,
    });
    res.end(text);
  };

  const reject = (res, status, type, message) => {
    stats.rejected++;
    // Same header shape as the real API's errors, so SDKs surface the message instead of an opaque failure.
    reply(res, status, { Type: 'User', message }, { 'X-Amzn-ErrorType': type });
  };

  const server = http.createServer((req, res) => {
    const match = INVOKE_PATH.exec(req.url || '');
    if (req.method !== 'POST' || !match || decodeURIComponent(match[1]).length === 0) {
      req.resume();
      reject(res, 404, 'ResourceNotFoundException', `No such route: ${req.method} ${req.url}`);
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      let payload;
      try {
        payload = size > MAX_BODY ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        payload = undefined;
      }
      if (payload === null || typeof payload !== 'object' || typeof payload.id !== 'string') {
        reject(res, 400, 'InvalidRequestContentException', 'Payload must be a JSON object with a string "id"');
        return;
      }
      stats.ok++;
      reply(res, 200, { id: payload.id, ok: true }, { 'X-Amz-Executed-Version': '$LATEST' });
    });
  });
  // Counting TCP connections shows whether a client really reuses its sockets (keep-alive).
  server.on('connection', () => { stats.connections++; });
  // Clients keep their sockets; do not let the server close idle ones between repeats of a runner.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  return { server, stats };
}

module.exports = { createEchoServer, INVOKE_PATH };

if (require.main === module) {
  const { server, stats } = createEchoServer();
  const maxMs = Number(process.env.BENCH_SERVER_MAX_MS || 60 * 60 * 1000);
  let stopping = false;

  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearTimeout(lifetime);
    if (process.send && process.connected) process.send({ type: 'stopped', stats });
    server.close(() => process.exit(0));
    server.closeAllConnections();
    // Belt and braces: never linger.
    setTimeout(() => process.exit(0), 2000).unref();
  };
  const lifetime = setTimeout(stop, maxMs);
  lifetime.unref();

  process.on('message', (msg) => {
    if (msg && msg.type === 'stop') stop();
    if (msg && msg.type === 'stats' && process.connected) process.send({ type: 'stats', stats });
  });
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    if (process.send) process.send({ type: 'ready', port });
    else console.log(`echo server listening on http://127.0.0.1:${port}`);
  });
}
