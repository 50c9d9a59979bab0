/** @module run */
import { type IContext } from '../context/IContext';

/**
 * A component that holds resources (connections, clients) which must be released.
 */
export interface IClosable {
    /**
     * Closes the component and releases its resources.
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @returns a promise that resolves once the component is closed.
     */
    close(context: IContext | null): Promise<void>;
}
