/** @module test */
export { TestLambdaClient } from './TestLambdaClient';
export { TestCommandableLambdaClient } from './TestCommandableLambdaClient';
