'use strict';
// Unsigned floor: a bare node:http POST over a keep-alive agent. No SDK can be faster than this on the same server.
const { FUNCTION_NAME, payloadFor, echoedId, hostOf } = require('./common');
const { postJson } = require('./http-request');

module.exports = {
  id: 'http-floor',
  label: 'node:http (unsigned floor)',
  packages: [],
  async load() {
    return { http: require('node:http') };
  },
  async create({ http }, { endpoint }) {
    const agent = new http.Agent({ keepAlive: true });
    const { hostname, port } = hostOf(endpoint);
    const path = `/2015-03-31/functions/${encodeURIComponent(FUNCTION_NAME)}/invocations`;
    return {
      async call(id) {
        const body = payloadFor(id);
        const options = {
          hostname, port, path, method: 'POST', agent,
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        };
        return echoedId(await postJson(http, options, body));
      },
      async close() {
        agent.destroy();
      },
    };
  },
};
