'use strict';
// pip-services3-aws-node 3.1 (the predecessor of the library, on aws-sdk v2 with callbacks), written the way its
// docs show: a LambdaClient subclass calling `call` inside `instrument`.
const { FUNCTION_NAME, REGION, CREDENTIALS, CMD, echoedId } = require('./common');

// 3.x parses connection.arn and rejects anything but a full ARN; the account id is a placeholder.
const FUNCTION_ARN = `arn:aws:lambda:${REGION}:000000000000:function:${FUNCTION_NAME}`;

module.exports = {
  id: 'pip-services3',
  label: 'pip-services3-aws-node 3.1 (aws-sdk v2)',
  packages: ['pip-services3-aws-node', 'aws-sdk'],
  async load() {
    // aws-sdk v2 reuses connections only with this switch (read when its shared agent is made, at the first call).
    process.env.AWS_NODEJS_CONNECTION_REUSE_ENABLED = '1';
    // Keep v2's end-of-support banner out of the bench output.
    process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
    const { LambdaClient } = require('pip-services3-aws-node');
    const { ConfigParams } = require('pip-services3-commons-node');
    // LambdaClient.open() requires aws-sdk lazily; load it here so cold import covers what a call needs.
    const aws = require('aws-sdk');

    class BenchLambdaClient extends LambdaClient {
      echo(correlationId, id, callback) {
        const timing = this.instrument(correlationId, 'bench.echo');
        this.call(CMD, correlationId, { id }, (err, result) => {
          timing.endTiming();
          callback(err, result);
        });
      }
    }
    return { BenchLambdaClient, ConfigParams, aws };
  },
  async create({ BenchLambdaClient, ConfigParams, aws }, { endpoint }) {
    // The 3.x client has no endpoint setting; it builds `new aws.Lambda()` from aws-sdk's global config.
    aws.config.update({ endpoint });
    const client = new BenchLambdaClient();
    client.configure(ConfigParams.fromTuples(
      'connection.region', REGION,
      'connection.arn', FUNCTION_ARN,
      'credential.access_id', CREDENTIALS.accessKeyId,
      'credential.access_key', CREDENTIALS.secretAccessKey,
    ));
    const correlationId = 'bench';
    await new Promise((resolve, reject) => client.open(correlationId, (err) => (err ? reject(err) : resolve())));
    return {
      call(id) {
        return new Promise((resolve, reject) => {
          client.echo(correlationId, id, (err, result) => (err ? reject(err) : resolve(echoedId(result))));
        });
      },
      async close() {
        await new Promise((resolve) => client.close(correlationId, () => resolve()));
      },
    };
  },
};
