'use strict';
// Registry of runners, in report order. Raw SDK v3 is the baseline every ratio is computed against.

const RUNNER_IDS = ['library', 'library-pipeline', 'raw-sdk-v3', 'aws-lite', 'pip-services3', 'aws4-floor', 'http-floor'];
const BASELINE_ID = 'raw-sdk-v3';

/**
 * Loads a runner definition by id.
 * @param {string} id - one of RUNNER_IDS
 */
function getRunner(id) {
  if (!RUNNER_IDS.includes(id)) throw new Error(`Unknown runner "${id}"; known: ${RUNNER_IDS.join(', ')}`);
  return require(`./${id}`);
}

module.exports = { RUNNER_IDS, BASELINE_ID, getRunner };
