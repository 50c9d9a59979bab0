/** @module context */
export type { IContext } from './IContext';
export { Context } from './Context';
export { ContextResolver } from './ContextResolver';
