'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { createEchoServer } = require('../src/server');

function request(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: '127.0.0.1', port, method, path, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('echo server', () => {
  let server;
  let stats;
  let port;
  before(async () => {
    ({ server, stats } = createEchoServer());
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = server.address().port;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('echoes the request id on the Invoke path', async () => {
    const res = await request(port, 'POST', '/2015-03-31/functions/fn/invocations', JSON.stringify({ id: 'abc-1', cmd: 'echo' }));
    assert.equal(res.status, 200);
    assert.equal(JSON.parse(res.body).id, 'abc-1');
    assert.equal(res.headers['content-type'], 'application/json');
  });

  it('accepts a URL-encoded ARN as the function name', async () => {
    const name = encodeURIComponent('arn:aws:lambda:us-east-1:000000000000:function:fn');
    const res = await request(port, 'POST', `/2015-03-31/functions/${name}/invocations`, JSON.stringify({ id: 'x' }));
    assert.equal(res.status, 200);
    assert.equal(JSON.parse(res.body).id, 'x');
  });

  it('rejects other paths and methods with 404', async () => {
    assert.equal((await request(port, 'POST', '/2015-03-31/functions/fn/other', '{"id":"a"}')).status, 404);
    assert.equal((await request(port, 'GET', '/2015-03-31/functions/fn/invocations')).status, 404);
    assert.equal((await request(port, 'POST', '/2015-03-31/functions//invocations', '{"id":"a"}')).status, 404);
  });

  it('rejects a payload without a string id with 400', async () => {
    assert.equal((await request(port, 'POST', '/2015-03-31/functions/fn/invocations', 'not json')).status, 400);
    assert.equal((await request(port, 'POST', '/2015-03-31/functions/fn/invocations', '{"id":7}')).status, 400);
    assert.ok(stats.rejected >= 2);
  });
});
