'use strict';
// Signed floor: aws4 SigV4 signing plus a node:http keep-alive agent; the least work a correct signed call needs.
const { FUNCTION_NAME, REGION, CREDENTIALS, payloadFor, echoedId, hostOf } = require('./common');
const { postJson } = require('./http-request');

module.exports = {
  id: 'aws4-floor',
  label: 'aws4 + node:http (signed floor)',
  packages: ['aws4'],
  async load() {
    return { http: require('node:http'), aws4: require('aws4') };
  },
  async create({ http, aws4 }, { endpoint }) {
    const agent = new http.Agent({ keepAlive: true });
    const { hostname, port } = hostOf(endpoint);
    const path = `/2015-03-31/functions/${encodeURIComponent(FUNCTION_NAME)}/invocations`;
    return {
      async call(id) {
        const body = payloadFor(id);
        // aws4 mutates and returns the options object; build a fresh one per call.
        const signed = aws4.sign({
          host: hostname, port, path, method: 'POST', service: 'lambda', region: REGION, body,
          headers: { 'Content-Type': 'application/json' },
        }, CREDENTIALS);
        signed.agent = agent;
        return echoedId(await postJson(http, signed, body));
      },
      async close() {
        agent.destroy();
      },
    };
  },
};
