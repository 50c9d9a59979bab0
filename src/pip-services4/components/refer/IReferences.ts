/** @module refer */

/**
 * A registry of components, each stored under a locator (most often a {@link Descriptor}),
 * used to wire components to each other (Inversion of Control).
 *
 * A real pip-services4 `References` object satisfies this interface.
 */
export interface IReferences {
    /**
     * Registers a component under a locator.
     *
     * @param locator - the locator to find the component by.
     * @param component - the component; must not be null.
     */
    put(locator: unknown, component: unknown): void;

    /**
     * Removes the most recently added component that matches the locator.
     *
     * @param locator - the locator to remove by.
     * @returns the removed component, or null when none matched.
     */
    remove(locator: unknown): unknown;

    /**
     * Removes every component that matches the locator.
     *
     * @param locator - the locator to remove by.
     * @returns the removed components, newest first.
     */
    removeAll(locator: unknown): unknown[];

    /**
     * Gets the locators of all registered components.
     *
     * @returns the locators, in registration order.
     */
    getAllLocators(): unknown[];

    /**
     * Gets all registered components.
     *
     * @returns the components, in registration order.
     */
    getAll(): unknown[];

    /**
     * Gets all components that match the locator.
     *
     * @param locator - the locator to search by.
     * @returns the matching components, newest first; empty when none matched.
     */
    getOptional<T>(locator: unknown): T[];

    /**
     * Gets all components that match the locator; at least one must exist.
     *
     * @param locator - the locator to search by.
     * @returns the matching components, newest first.
     * @throws ReferenceException when none matched.
     */
    getRequired<T>(locator: unknown): T[];

    /**
     * Gets the newest component that matches the locator.
     *
     * @param locator - the locator to search by.
     * @returns the component, or null when none matched.
     */
    getOneOptional<T>(locator: unknown): T | null;

    /**
     * Gets the newest component that matches the locator; it must exist.
     *
     * @param locator - the locator to search by.
     * @returns the component.
     * @throws ReferenceException when none matched.
     */
    getOneRequired<T>(locator: unknown): T;

    /**
     * Finds all components that match the locator.
     *
     * @param locator - the locator to search by.
     * @param required - true to throw when nothing matches.
     * @returns the matching components, newest first.
     * @throws ReferenceException when `required` is true and none matched.
     */
    find<T>(locator: unknown, required: boolean): T[];
}
