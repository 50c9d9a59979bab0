/** @module connect */
export { AwsConnectionParams } from './AwsConnectionParams';
export { AwsConnectionResolver } from './AwsConnectionResolver';
