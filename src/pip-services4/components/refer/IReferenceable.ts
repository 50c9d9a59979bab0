/** @module refer */
import { type IReferences } from './IReferences';

/**
 * A component that receives references to the components it depends on.
 */
export interface IReferenceable {
    /**
     * Sets references to dependent components.
     *
     * @param references - the registry to look dependencies up in.
     */
    setReferences(references: IReferences): void;
}
