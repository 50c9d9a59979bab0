'use strict';
// @aws-lite/client with its Lambda plugin, pointed at the loopback endpoint with keep-alive on.
const { FUNCTION_NAME, REGION, CREDENTIALS, CMD, echoedId } = require('./common');

module.exports = {
  id: 'aws-lite',
  label: '@aws-lite/client + @aws-lite/lambda',
  packages: ['@aws-lite/client', '@aws-lite/lambda'],
  async load() {
    // The Lambda plugin ships as ESM only.
    const lambda = await import('@aws-lite/lambda');
    return { awsLite: require('@aws-lite/client'), lambda: lambda.default };
  },
  async create({ awsLite, lambda }, { endpoint }) {
    const aws = await awsLite({
      region: REGION,
      accessKeyId: CREDENTIALS.accessKeyId,
      secretAccessKey: CREDENTIALS.secretAccessKey,
      endpoint,
      // aws-lite turns keep-alive off in some local setups; every runner here keeps its connections.
      keepAlive: true,
      plugins: [lambda],
    });
    return {
      async call(id) {
        // aws-lite serialises the payload object itself.
        const out = await aws.Lambda.Invoke({ FunctionName: FUNCTION_NAME, Payload: { cmd: CMD, id } });
        if (out.FunctionError) throw new Error(`Function error: ${out.FunctionError}`);
        return echoedId(out.Payload);
      },
      async close() {},
    };
  },
};
