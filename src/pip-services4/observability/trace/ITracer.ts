/** @module trace */
import { type IContext } from '../../components/context/IContext';
import { type TraceTiming } from './TraceTiming';

/**
 * Interface for tracers that record operation calls (component, operation, duration, failure).
 */
export interface ITracer {
    /**
     * Records a successful operation.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @param duration - the execution time in milliseconds.
     */
    trace(context: IContext | null, component: string, operation: string | null, duration: number): void;

    /**
     * Records a failed operation.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @param error - the error the operation failed with.
     * @param duration - the execution time in milliseconds.
     */
    failure(context: IContext | null, component: string, operation: string | null, error: Error, duration: number): void;

    /**
     * Begins recording an operation.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @returns a timing object whose `endTrace()` / `endFailure(error)` records the trace.
     */
    beginTrace(context: IContext | null, component: string, operation: string | null): TraceTiming;
}
