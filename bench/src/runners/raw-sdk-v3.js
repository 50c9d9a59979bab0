'use strict';
// Plain @aws-sdk/client-lambda v3 (the same version the library depends on), used the way its docs show.
const { FUNCTION_NAME, REGION, CREDENTIALS, payloadFor, echoedId } = require('./common');

module.exports = {
  id: 'raw-sdk-v3',
  label: '@aws-sdk/client-lambda v3 (raw)',
  packages: ['@aws-sdk/client-lambda'],
  async load() {
    return require('@aws-sdk/client-lambda');
  },
  async create({ LambdaClient, InvokeCommand }, { endpoint }) {
    const client = new LambdaClient({ region: REGION, endpoint, credentials: { ...CREDENTIALS } });
    const decoder = new TextDecoder();
    return {
      async call(id) {
        const out = await client.send(new InvokeCommand({
          FunctionName: FUNCTION_NAME,
          Payload: Buffer.from(payloadFor(id)),
        }));
        if (out.FunctionError) throw new Error(`Function error: ${out.FunctionError}`);
        return echoedId(out.Payload && out.Payload.length > 0 ? JSON.parse(decoder.decode(out.Payload)) : null);
      },
      async close() {
        client.destroy();
      },
    };
  },
};
