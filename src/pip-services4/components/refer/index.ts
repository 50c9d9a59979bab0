/** @module refer */
export type { DescriptorLike } from './DescriptorLike';
export { isDescriptorLike } from './DescriptorLike';
export { Descriptor } from './Descriptor';
export type { IReferences } from './IReferences';
export type { IReferenceable } from './IReferenceable';
export type { IUnreferenceable } from './IUnreferenceable';
export { Reference } from './Reference';
export { References } from './References';
export { ReferenceException } from './ReferenceException';
export { DependencyResolver } from './DependencyResolver';
