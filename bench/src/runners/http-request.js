'use strict';
// Minimal POST-and-read-JSON over node:http, shared by the two floor runners.

/**
 * Sends one request and resolves with the parsed JSON body of a 200 reply.
 * @param {typeof import('node:http')} http - the node:http module
 * @param {import('node:http').RequestOptions} options - full request options, including agent and headers
 * @param {string} body - request body
 * @returns {Promise<unknown>}
 */
function postJson(http, options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(options, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200) {
          reject(new Error(`HTTP ${res.statusCode}: ${text}`));
          return;
        }
        try {
          resolve(text.length === 0 ? null : JSON.parse(text));
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

module.exports = { postJson };
