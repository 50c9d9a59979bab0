/** @module errors */
export { LambdaErrorCodes, type LambdaErrorCode } from './LambdaErrorCodes';
export { LambdaErrorMapper } from './LambdaErrorMapper';
