/** @module trace */
import { type IContext } from '../../components/context/IContext';
import { type ITracer } from './ITracer';
import { TraceTiming } from './TraceTiming';

/**
 * Tracer that records nothing. Use it where a tracer is required but traces are not wanted.
 */
export class NullTracer implements ITracer {
    /**
     * Creates a new null tracer.
     */
    public constructor() {}

    /**
     * Does nothing.
     *
     * @param _context - (optional) execution context.
     * @param _component - the component name.
     * @param _operation - (optional) the operation name.
     * @param _duration - the execution time in milliseconds.
     */
    public trace(_context: IContext | null, _component: string, _operation: string | null, _duration: number): void {}

    /**
     * Does nothing.
     *
     * @param _context - (optional) execution context.
     * @param _component - the component name.
     * @param _operation - (optional) the operation name.
     * @param _error - the error.
     * @param _duration - the execution time in milliseconds.
     */
    public failure(
        _context: IContext | null, _component: string, _operation: string | null, _error: Error, _duration: number,
    ): void {}

    /**
     * Returns a timing object that records nothing.
     *
     * @param context - (optional) execution context.
     * @param component - the component name.
     * @param operation - (optional) the operation name.
     * @returns a timing object without a tracer.
     */
    public beginTrace(context: IContext | null, component: string, operation: string | null): TraceTiming {
        return new TraceTiming(context, component, operation, null);
    }
}
