/** @module refer */
import { type IReferences } from './IReferences';
import { Reference } from './Reference';
import { ReferenceException } from './ReferenceException';

/**
 * In-memory {@link IReferences}: components stored under locators, searched newest first.
 *
 * Descriptor locators are matched by shape, so components registered under a real pip-services4
 * `Descriptor` (or a look-alike) are found, and such descriptors can be used as queries.
 *
 * @example
 * ```ts
 * const references = References.fromTuples(
 *     new Descriptor('pip-services', 'logger', 'console', 'default', '1.0'), new ConsoleLogger(),
 * );
 * const logger = references.getOneOptional<ILogger>(new Descriptor('*', 'logger', '*', '*', '*'));
 * ```
 */
export class References implements IReferences {
    /** The registered references, oldest first. */
    protected _references: Reference[] = [];

    /**
     * Creates the registry and fills it with locator/component pairs.
     *
     * @param tuples - (optional) alternating locators and components; a trailing locator is ignored.
     * @throws Error when a component in the tuples is null.
     */
    public constructor(tuples: unknown[] | null = null) {
        if (tuples != null) {
            for (let index = 0; index + 1 < tuples.length; index += 2) {
                this.put(tuples[index], tuples[index + 1]);
            }
        }
    }

    /**
     * Registers a component under a locator.
     *
     * @param locator - the locator to find the component by.
     * @param component - the component; must not be null.
     * @throws Error when the component is null or undefined.
     */
    public put(locator: unknown, component: unknown): void {
        this._references.push(new Reference(locator, component));
    }

    /**
     * Removes the most recently added component that matches the locator.
     *
     * @param locator - the locator to remove by; null removes nothing.
     * @returns the removed component, or null when none matched.
     */
    public remove(locator: unknown): unknown {
        if (locator == null) {
            return null;
        }
        for (let index = this._references.length - 1; index >= 0; index--) {
            const reference = this._references[index];
            if (reference.match(locator)) {
                this._references.splice(index, 1);
                return reference.getComponent();
            }
        }
        return null;
    }

    /**
     * Removes every component that matches the locator.
     *
     * @param locator - the locator to remove by; null removes nothing.
     * @returns the removed components, newest first.
     */
    public removeAll(locator: unknown): unknown[] {
        const components: unknown[] = [];
        if (locator == null) {
            return components;
        }
        for (let index = this._references.length - 1; index >= 0; index--) {
            const reference = this._references[index];
            if (reference.match(locator)) {
                this._references.splice(index, 1);
                components.push(reference.getComponent());
            }
        }
        return components;
    }

    /**
     * Gets the locators of all registered components.
     *
     * @returns the locators, in registration order.
     */
    public getAllLocators(): unknown[] {
        return this._references.map((reference) => reference.getLocator());
    }

    /**
     * Gets all registered components.
     *
     * @returns the components, in registration order.
     */
    public getAll(): unknown[] {
        return this._references.map((reference) => reference.getComponent());
    }

    /**
     * Gets the newest component that matches the locator; never throws.
     *
     * @param locator - the locator to search by.
     * @returns the component, or null when none matched (or the locator is null).
     */
    public getOneOptional<T>(locator: unknown): T | null {
        return this.getOptional<T>(locator)[0] ?? null;
    }

    /**
     * Gets the newest component that matches the locator; it must exist.
     *
     * @param locator - the locator to search by.
     * @returns the component.
     * @throws ReferenceException when none matched.
     * @throws Error when the locator is null.
     */
    public getOneRequired<T>(locator: unknown): T {
        return this.find<T>(locator, true)[0];
    }

    /**
     * Gets all components that match the locator; never throws.
     *
     * @param locator - the locator to search by.
     * @returns the matching components, newest first; empty when none matched (or the locator is null).
     */
    public getOptional<T>(locator: unknown): T[] {
        try {
            return this.find<T>(locator, false);
        } catch {
            return [];
        }
    }

    /**
     * Gets all components that match the locator; at least one must exist.
     *
     * @param locator - the locator to search by.
     * @returns the matching components, newest first.
     * @throws ReferenceException when none matched.
     * @throws Error when the locator is null.
     */
    public getRequired<T>(locator: unknown): T[] {
        return this.find<T>(locator, true);
    }

    /**
     * Finds all components that match the locator.
     *
     * @param locator - the locator to search by.
     * @param required - true to throw when nothing matches.
     * @returns the matching components, newest first.
     * @throws ReferenceException when `required` is true and none matched.
     * @throws Error when the locator is null.
     */
    public find<T>(locator: unknown, required: boolean): T[] {
        if (locator == null) {
            throw new Error('Locator cannot be null');
        }
        const components: T[] = [];
        for (let index = this._references.length - 1; index >= 0; index--) {
            const reference = this._references[index];
            if (reference.match(locator)) {
                components.push(reference.getComponent() as T);
            }
        }
        if (components.length === 0 && required) {
            throw new ReferenceException(null, locator);
        }
        return components;
    }

    /**
     * Creates a registry from locator/component pairs.
     *
     * @param tuples - alternating locators and components.
     * @returns a new References.
     * @throws Error when a component in the tuples is null.
     */
    public static fromTuples(...tuples: unknown[]): References {
        return new References(tuples);
    }
}
