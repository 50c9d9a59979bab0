'use strict';

/**
 * serverless-offline does not await handlers invoked with InvocationType=Event, so a handler that
 * throws becomes an unhandled promise rejection, and Node then terminates `serverless offline`.
 * Any 'unhandledRejection' listener prevents that; this one logs the error and keeps serving.
 */
class KeepAliveOnAsyncErrors {
  constructor() {
    process.on('unhandledRejection', (err) => {
      const text = err && err.stack ? err.stack : String(err);
      console.error('[keep-alive] async (Event) invocation failed:', text);
    });
  }
}

module.exports = KeepAliveOnAsyncErrors;
