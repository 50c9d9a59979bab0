/** @module run */
export type { IClosable } from './IClosable';
export type { IOpenable } from './IOpenable';
