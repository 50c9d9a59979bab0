/** @module refer */

/**
 * The structural shape of a descriptor: the five field getters.
 *
 * Our {@link Descriptor}, a real pip-services4 `Descriptor` and any look-alike object satisfy it,
 * which lets locators be matched by shape instead of by `instanceof`.
 */
export type DescriptorLike = {
    /** @returns the logical group, or null for "any". */
    getGroup(): string | null;
    /** @returns the logical type, or null for "any". */
    getType(): string | null;
    /** @returns the implementation kind, or null for "any". */
    getKind(): string | null;
    /** @returns the unique name, or null for "any". */
    getName(): string | null;
    /** @returns the version, or null for "any". */
    getVersion(): string | null;
};

const GETTERS = ['getGroup', 'getType', 'getKind', 'getName', 'getVersion'] as const;

/**
 * Tells whether a value is a descriptor by shape: an object with the five getter functions.
 *
 * @param value - any value, e.g. a reference locator.
 * @returns true when all five getters are functions.
 */
export function isDescriptorLike(value: unknown): value is DescriptorLike {
    if (value == null || typeof value !== 'object') {
        return false;
    }
    const candidate = value as Record<string, unknown>;
    return GETTERS.every((getter) => typeof candidate[getter] === 'function');
}
