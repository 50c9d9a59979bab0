/** @module run */
import { type IContext } from '../context/IContext';
import { type IClosable } from './IClosable';

/**
 * A component that must be opened before use and closed afterwards.
 */
export interface IOpenable extends IClosable {
    /**
     * Checks whether the component is open.
     *
     * @returns true when the component has been opened and not closed since.
     */
    isOpen(): boolean;

    /**
     * Opens the component.
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @returns a promise that resolves once the component is open.
     */
    open(context: IContext | null): Promise<void>;
}
