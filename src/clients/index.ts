/** @module clients */
export { LambdaClient } from './LambdaClient';
export { CommandableLambdaClient } from './CommandableLambdaClient';
export { LambdaRetryStrategy } from './LambdaRetryStrategy';
