/** @module refer */

/**
 * A component that can drop the references it received through `setReferences`.
 */
export interface IUnreferenceable {
    /**
     * Releases all previously set references.
     */
    unsetReferences(): void;
}
