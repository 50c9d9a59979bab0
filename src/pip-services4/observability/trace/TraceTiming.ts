/** @module trace */
import { type IContext } from '../../components/context/IContext';
import { type ITracer } from './ITracer';

/**
 * Timing object returned by {@link ITracer.beginTrace}: end it with {@link TraceTiming.endTrace}
 * or {@link TraceTiming.endFailure} to record the trace.
 *
 * Time is measured on the monotonic clock, in (fractional) milliseconds.
 *
 * @example
 * ```ts
 * const timing = tracer.beginTrace(context, 'mycomponent', 'mymethod');
 * try {
 *     // ...
 *     timing.endTrace();
 * } catch (err) {
 *     timing.endFailure(err as Error);
 *     throw err;
 * }
 * ```
 */
export class TraceTiming {
    private readonly _start: number;
    private readonly _tracer: ITracer | null;
    private readonly _context: IContext | null;
    private readonly _component: string;
    private readonly _operation: string | null;

    /**
     * Starts timing.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @param tracer - the tracer to record to; without one, ending the timing does nothing.
     */
    public constructor(context: IContext | null, component: string, operation: string | null, tracer: ITracer | null = null) {
        this._context = context;
        this._component = component;
        this._operation = operation;
        this._tracer = tracer;
        this._start = tracer != null ? performance.now() : 0;
    }

    /**
     * Ends timing and records a successful trace.
     */
    public endTrace(): void {
        if (this._tracer != null) {
            const elapsed = performance.now() - this._start;
            this._tracer.trace(this._context, this._component, this._operation, elapsed);
        }
    }

    /**
     * Ends timing and records a failure.
     *
     * @param error - the error the operation failed with.
     */
    public endFailure(error: Error): void {
        if (this._tracer != null) {
            const elapsed = performance.now() - this._start;
            this._tracer.failure(this._context, this._component, this._operation, error, elapsed);
        }
    }
}
