/** @module refer */
import { isDescriptorLike } from './DescriptorLike';
import { Descriptor } from './Descriptor';

/**
 * One entry of {@link References}: a component and the locator it was registered under.
 */
export class Reference {
    private _locator: unknown;
    private _component: unknown;

    /**
     * Creates a reference.
     *
     * @param locator - the locator to find the component by.
     * @param component - the component; must not be null.
     * @throws Error when the component is null or undefined.
     */
    public constructor(locator: unknown, component: unknown) {
        if (component == null) {
            throw new Error('Component cannot be null');
        }
        this._locator = locator;
        this._component = component;
    }

    /**
     * Checks whether a locator finds this reference: the component itself always does; a descriptor
     * locator (ours, a real pip-services4 one or a look-alike, compared by shape) matches with wildcards;
     * any other locator must be strictly equal.
     *
     * @param locator - the locator to check.
     * @returns true when the locator finds this reference.
     */
    public match(locator: unknown): boolean {
        if (this._component === locator) {
            return true;
        }
        if (isDescriptorLike(this._locator)) {
            if (!isDescriptorLike(locator)) {
                return false;
            }
            // Copy a foreign stored descriptor into ours so that its wildcards ("*" or null) follow our rules.
            const stored = this._locator;
            const own = stored instanceof Descriptor ? stored : new Descriptor(
                stored.getGroup(), stored.getType(), stored.getKind(), stored.getName(), stored.getVersion());
            return own.match(locator);
        }
        if (this._locator != null) {
            return this._locator === locator;
        }
        return false;
    }

    /**
     * Gets the stored component.
     *
     * @returns the component.
     */
    public getComponent(): unknown {
        return this._component;
    }

    /**
     * Gets the locator the component was registered under.
     *
     * @returns the locator.
     */
    public getLocator(): unknown {
        return this._locator;
    }
}
