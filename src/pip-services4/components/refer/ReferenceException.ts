/** @module refer */
import { InternalException } from 'pip-services4-commons-node';
import { type IContext } from '../context/IContext';
import { ContextResolver } from '../context/ContextResolver';

/**
 * Thrown when a required component reference cannot be found.
 * Code `REF_ERROR`, message `Failed to obtain reference to <locator>`, detail `locator`.
 */
export class ReferenceException extends InternalException {
    /**
     * Creates the error.
     *
     * @param context - (optional) execution context; its trace id is attached to the error.
     * @param locator - the locator that could not be resolved.
     */
    public constructor(context: IContext | null, locator: unknown) {
        const text = ReferenceException.describe(locator);
        super(ContextResolver.getTraceId(context) ?? undefined, 'REF_ERROR', 'Failed to obtain reference to ' + text);
        // commons' InternalException pins the prototype to its own class; restore ours so that
        // `instanceof ReferenceException` holds.
        Object.setPrototypeOf(this, new.target.prototype);
        this.withDetails('locator', text);
    }

    // String() throws for objects without a prototype; an error path must not throw a different error.
    private static describe(locator: unknown): string {
        try {
            return String(locator);
        } catch {
            return Object.prototype.toString.call(locator);
        }
    }
}
