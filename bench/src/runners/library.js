'use strict';
// This library, from the repo's compiled dist/, used as its users write it: a LambdaClient subclass calling the
// protected `call` inside `instrument`.
const path = require('node:path');
const { FUNCTION_NAME, REGION, CREDENTIALS, CMD, echoedId } = require('./common');

/** Root of the repository; the library is loaded from its dist/ (build it with `npm run build` there). */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const DIST = path.join(REPO_ROOT, 'dist');

module.exports = {
  id: 'library',
  label: 'pip-services4-lambda-client-node (this library)',
  packages: [],
  repoRoot: REPO_ROOT,
  dist: DIST,
  async load() {
    const lib = require(DIST);
    if (typeof lib.LambdaClient !== 'function') {
      throw new Error(`${DIST} does not export LambdaClient; run \`npm run build\` in ${REPO_ROOT}`);
    }

    class BenchLambdaClient extends lib.LambdaClient {
      async echo(context, id) {
        const timing = this.instrument(context, 'bench.echo');
        try {
          const result = await this.call(CMD, context, { id });
          timing.endTiming();
          return result;
        } catch (err) {
          timing.endTiming(err);
          throw err;
        }
      }
    }
    return { lib, BenchLambdaClient };
  },
  async create({ lib, BenchLambdaClient }, { endpoint, extraConfig = [] }) {
    const client = new BenchLambdaClient();
    client.configure(lib.ConfigParams.fromTuples(
      'connection.region', REGION,
      'connection.arn', FUNCTION_NAME,
      'connection.endpoint', endpoint,
      'credential.access_id', CREDENTIALS.accessKeyId,
      'credential.access_key', CREDENTIALS.secretAccessKey,
      ...extraConfig,
    ));
    const context = lib.Context.fromTraceId('bench');
    await client.open(context);
    return {
      async call(id) {
        return echoedId(await client.echo(context, id));
      },
      async close() {
        await client.close(context);
      },
    };
  },
};
