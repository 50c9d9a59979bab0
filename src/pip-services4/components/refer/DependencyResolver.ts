/** @module refer */
import { InvalidStateException } from 'pip-services4-commons-node';
import { type ConfigParams } from '../config/ConfigParams';
import { type IReconfigurable } from '../config/IReconfigurable';
import { type IReferenceable } from './IReferenceable';
import { type IReferences } from './IReferences';
import { Descriptor } from './Descriptor';
import { ReferenceException } from './ReferenceException';

/**
 * Resolves a component's named dependencies: each name maps to a locator, and the locator is looked up
 * in the references set with {@link DependencyResolver.setReferences}.
 *
 * ### Configuration parameters
 * - `dependencies.<name>`: the locator of dependency `<name>`, as a descriptor string
 *   (`group:type:kind:name:version`); a value that is not a valid descriptor is kept as a plain string locator.
 *
 * @example
 * ```ts
 * const resolver = DependencyResolver.fromTuples('persistence', new Descriptor('mygroup', 'persistence', '*', '*', '1.0'));
 * resolver.configure(ConfigParams.fromTuples('dependencies.persistence', 'mygroup:persistence:*:persistence2:1.0'));
 * resolver.setReferences(references);
 * const persistence = resolver.getOneRequired<IMyPersistence>('persistence');
 * ```
 */
export class DependencyResolver implements IReferenceable, IReconfigurable {
    private _dependencies = new Map<string, unknown>();
    private _references: IReferences | null = null;

    /**
     * Creates the resolver.
     *
     * @param config - (optional) configuration with `dependencies.*` keys, passed to {@link DependencyResolver.configure}.
     * @param references - (optional) references, passed to {@link DependencyResolver.setReferences}.
     */
    public constructor(config?: ConfigParams | null, references?: IReferences | null) {
        if (config != null) {
            this.configure(config);
        }
        if (references != null) {
            this.setReferences(references);
        }
    }

    /**
     * Reads dependency locators from the `dependencies` section; configured names override registered ones.
     * A value that is not a valid descriptor is kept as a string locator instead of failing.
     *
     * @param config - the configuration parameters (ours or a real pip-services4 ConfigParams).
     */
    public configure(config: ConfigParams): void {
        const dependencies = config.getSection('dependencies');
        for (const name of dependencies.getKeys()) {
            const locator = dependencies.get(name);
            if (locator == null) {
                continue;
            }
            try {
                this._dependencies.set(name, Descriptor.fromString(locator) ?? locator);
            } catch {
                this._dependencies.set(name, locator);
            }
        }
    }

    /**
     * Sets the references to resolve dependencies from.
     *
     * @param references - the component references (ours or a real pip-services4 References).
     */
    public setReferences(references: IReferences): void {
        this._references = references;
    }

    /**
     * Registers (or replaces) the locator of a named dependency.
     *
     * @param name - the dependency name.
     * @param locator - the locator to find it by, usually a {@link Descriptor}.
     */
    public put(name: string, locator: unknown): void {
        this._dependencies.set(name, locator);
    }

    /**
     * Gets all components of a named dependency.
     *
     * @param name - the dependency name.
     * @returns the components, newest first; empty when the name is not registered or nothing matches
     *   (pip-services4 returns null for an unknown name).
     * @throws InvalidStateException when references were not set.
     */
    public getOptional<T>(name: string): T[] {
        const [references, locator] = this.locate(name);
        return locator != null ? references.getOptional<T>(locator) : [];
    }

    /**
     * Gets all components of a named dependency; at least one must exist.
     *
     * @param name - the dependency name.
     * @returns the components, newest first.
     * @throws ReferenceException when the name is not registered or nothing matches.
     * @throws InvalidStateException when references were not set.
     */
    public getRequired<T>(name: string): T[] {
        const [references, locator] = this.locate(name);
        if (locator == null) {
            throw new ReferenceException(null, name);
        }
        return references.getRequired<T>(locator);
    }

    /**
     * Gets the newest component of a named dependency.
     *
     * @param name - the dependency name.
     * @returns the component, or null when the name is not registered or nothing matches.
     * @throws InvalidStateException when references were not set.
     */
    public getOneOptional<T>(name: string): T | null {
        const [references, locator] = this.locate(name);
        return locator != null ? references.getOneOptional<T>(locator) : null;
    }

    /**
     * Gets the newest component of a named dependency; it must exist.
     *
     * @param name - the dependency name.
     * @returns the component.
     * @throws ReferenceException when the name is not registered or nothing matches.
     * @throws InvalidStateException when references were not set.
     */
    public getOneRequired<T>(name: string): T {
        const [references, locator] = this.locate(name);
        if (locator == null) {
            throw new ReferenceException(null, name);
        }
        return references.getOneRequired<T>(locator);
    }

    /**
     * Finds all components of a named dependency.
     *
     * @param name - the dependency name.
     * @param required - true to throw when nothing is found.
     * @returns the components, newest first (empty when not required and the name is not registered;
     *   pip-services4 returns null there).
     * @throws ReferenceException when `required` is true and the name is not registered or nothing matches.
     * @throws InvalidStateException when references were not set.
     */
    public find<T>(name: string, required: boolean): T[] {
        const [references, locator] = this.locate(name);
        if (locator == null) {
            if (required) {
                throw new ReferenceException(null, name);
            }
            return [];
        }
        return references.find<T>(locator, required);
    }

    /**
     * Creates a resolver from name/locator pairs.
     *
     * @param tuples - alternating dependency names and locators; a trailing name is ignored.
     * @returns a new DependencyResolver.
     */
    public static fromTuples(...tuples: unknown[]): DependencyResolver {
        const result = new DependencyResolver();
        for (let index = 0; index + 1 < tuples.length; index += 2) {
            result.put(String(tuples[index]), tuples[index + 1]);
        }
        return result;
    }

    private locate(name: string): [IReferences, unknown] {
        if (name == null) {
            throw new Error('Dependency name cannot be null');
        }
        if (this._references == null) {
            throw new InvalidStateException(undefined, 'NO_REFERENCES', 'References shall be set before resolving dependency ' + name);
        }
        return [this._references, this._dependencies.get(name)];
    }
}
