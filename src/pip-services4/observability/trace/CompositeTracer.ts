/** @module trace */
import { type IContext } from '../../components/context/IContext';
import { Descriptor } from '../../components/refer/Descriptor';
import { type IReferenceable } from '../../components/refer/IReferenceable';
import { type IReferences } from '../../components/refer/IReferences';
import { type ITracer } from './ITracer';
import { TraceTiming } from './TraceTiming';

/** A referenced tracer as the composite sees it: it has `beginTrace` or `trace`, maybe both. */
type ChildTracer = Partial<ITracer>;

/**
 * Aggregates every tracer found in the references and forwards each trace to all of them.
 *
 * Tracers are found by shape: any `*:tracer:*:*:*` component with a `beginTrace` or `trace` function,
 * including real pip-services4 tracers; the composite itself is skipped, and a second
 * {@link CompositeTracer.setReferences} adds only tracers not collected yet. Traces and failures are
 * forwarded only to children that implement `trace` / `failure`. Without children,
 * {@link CompositeTracer.beginTrace} returns a shared no-op timing.
 *
 * ### References
 * - `*:tracer:*:*:1.0` (optional) tracers to forward traces to
 *
 * @example
 * ```ts
 * class MyComponent implements IReferenceable {
 *     private _tracer = new CompositeTracer();
 *
 *     public setReferences(references: IReferences): void {
 *         this._tracer.setReferences(references);
 *     }
 *
 *     public myMethod(context: IContext | null): void {
 *         const timing = this._tracer.beginTrace(context, 'mycomponent', 'mymethod');
 *         try {
 *             // ...
 *             timing.endTrace();
 *         } catch (err) {
 *             timing.endFailure(err as Error);
 *             throw err;
 *         }
 *     }
 * }
 * ```
 */
export class CompositeTracer implements ITracer, IReferenceable {
    /** Shared by every call made while there are no children: ending it does nothing. */
    private static readonly NoTiming = new TraceTiming(null, '', null, null);

    /** The collected child tracers. */
    protected readonly _tracers: ChildTracer[] = [];

    /**
     * Creates a new composite tracer.
     *
     * @param references - (optional) references to collect the tracers from right away.
     */
    public constructor(references: IReferences | null = null) {
        if (references != null) {
            this.setReferences(references);
        }
    }

    /**
     * Collects the referenced tracers (by shape, skipping itself and ones already collected).
     *
     * @param references - references to locate the tracers.
     */
    public setReferences(references: IReferences): void {
        const candidates = references.getOptional<unknown>(new Descriptor(null, 'tracer', null, null, null));
        for (const candidate of candidates) {
            if (candidate === this || !CompositeTracer.isTracer(candidate)) {
                continue;
            }
            if (!this._tracers.includes(candidate)) {
                this._tracers.push(candidate);
            }
        }
    }

    /**
     * Forwards a successful trace to every child that implements `trace`.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @param duration - the execution time in milliseconds.
     */
    public trace(context: IContext | null, component: string, operation: string | null, duration: number): void {
        for (const tracer of this._tracers) {
            if (typeof tracer.trace === 'function') {
                tracer.trace(context, component, operation, duration);
            }
        }
    }

    /**
     * Forwards a failure to every child that implements `failure`.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @param error - the error the operation failed with.
     * @param duration - the execution time in milliseconds.
     */
    public failure(
        context: IContext | null, component: string, operation: string | null, error: Error, duration: number,
    ): void {
        for (const tracer of this._tracers) {
            if (typeof tracer.failure === 'function') {
                tracer.failure(context, component, operation, error, duration);
            }
        }
    }

    /**
     * Begins recording an operation; ending the timing forwards the trace to the children.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @returns a timing object whose `endTrace()` / `endFailure(error)` records the trace.
     */
    public beginTrace(context: IContext | null, component: string, operation: string | null): TraceTiming {
        if (this._tracers.length === 0) {
            return CompositeTracer.NoTiming;
        }
        return new TraceTiming(context, component, operation, this);
    }

    private static isTracer(value: unknown): value is ChildTracer {
        if (value == null) {
            return false;
        }
        const tracer = value as { beginTrace?: unknown; trace?: unknown };
        return typeof tracer.beginTrace === 'function' || typeof tracer.trace === 'function';
    }
}
