'use strict';
// Settings shared by every runner, so all of them send the same request to the same function.

/** Function name in the Invoke path; the server accepts any non-empty name. */
const FUNCTION_NAME = 'bench-echo';
/** Region used for signing; nothing leaves 127.0.0.1. */
const REGION = 'us-east-1';
/** Dummy credentials: the server does not verify signatures, but every signing client needs some. */
const CREDENTIALS = { accessKeyId: 'AKIDBENCHMARK0000000', secretAccessKey: 'bench-secret-key-not-real' };
/** Command name sent in the payload, like the library's `cmd`. */
const CMD = 'echo';

/**
 * Builds the JSON payload the non-pip runners send (the library and pip-services3 build theirs themselves).
 * @param {string} id - unique request id the server must echo
 * @returns {string}
 */
function payloadFor(id) {
  return JSON.stringify({ cmd: CMD, id });
}

/**
 * Extracts the echoed id from a parsed reply.
 * @param {unknown} reply - parsed JSON body
 * @returns {string|undefined}
 */
function echoedId(reply) {
  return reply !== null && typeof reply === 'object' && typeof reply.id === 'string' ? reply.id : undefined;
}

/**
 * Splits an endpoint URL into node:http request options.
 * @param {string} endpoint - e.g. http://127.0.0.1:12345
 */
function hostOf(endpoint) {
  const url = new URL(endpoint);
  return { hostname: url.hostname, port: Number(url.port) };
}

module.exports = { FUNCTION_NAME, REGION, CREDENTIALS, CMD, payloadFor, echoedId, hostOf };
