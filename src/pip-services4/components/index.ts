/**
 * Stand-in for the parts of `pip-services4-components-node` this library needs
 * (same class names, method names and signatures).
 *
 * @module components
 */
export type { IContext } from './context';
export { Context, ContextResolver } from './context';
export { ConfigParams } from './config';
export type { IConfigurable, IReconfigurable } from './config';
export type { DescriptorLike, IReferences, IReferenceable, IUnreferenceable } from './refer';
export { isDescriptorLike, Descriptor, Reference, References, ReferenceException, DependencyResolver } from './refer';
export type { IClosable, IOpenable } from './run';
