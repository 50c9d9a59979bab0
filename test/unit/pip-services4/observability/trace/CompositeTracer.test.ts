import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../../../../src/pip-services4/components/refer/References';
import { CompositeTracer } from '../../../../../src/pip-services4/observability/trace/CompositeTracer';
import { TraceTiming } from '../../../../../src/pip-services4/observability/trace/TraceTiming';
import { RealStyleContext, RealStyleReferences, realDescriptor, type RealDescriptorInstance } from '../RealStyleReferences';

/** Look-alike of a user's real pip-services4 tracer. */
class UserTracer {
    public readonly calls: unknown[][] = [];

    public trace(context: unknown, component: string, operation: string | null, duration: number): void {
        this.calls.push(['trace', context, component, operation, duration]);
    }
    public failure(context: unknown, component: string, operation: string | null, error: Error, duration: number): void {
        this.calls.push(['failure', context, component, operation, error, duration]);
    }
    public beginTrace(context: null, component: string, operation: string | null): TraceTiming {
        return new TraceTiming(context, component, operation, this);
    }
}

const tracerLocator = (name: string): RealDescriptorInstance => realDescriptor('pip-services', 'tracer', 'log', name, '1.0');

describe('Class: CompositeTracer', () => {
    afterEach(() => {
        jest.useRealTimers();
    });

    describe('Method: setReferences', () => {
        it('finds a user tracer registered in real-style references by shape', () => {
            const user = new UserTracer();
            const tracer = new CompositeTracer();
            tracer.setReferences(RealStyleReferences.fromTuples(tracerLocator('default'), user));
            tracer.trace(null, 'dummy', 'get', 5);
            expect(user.calls).toEqual([['trace', null, 'dummy', 'get', 5]]);
        });

        it('finds tracers registered in our References through the constructor', () => {
            const user = new UserTracer();
            const tracer = new CompositeTracer(References.fromTuples(new Descriptor('my-app', 'tracer', 'x', 'y', '1.0'), user));
            tracer.trace(null, 'c', null, 1);
            expect(user.calls).toHaveLength(1);
        });

        it('accepts a component with only beginTrace or only trace, and skips others and itself', () => {
            const onlyTrace = { trace: jest.fn() };
            const onlyBegin = { beginTrace: jest.fn() };
            const tracer = new CompositeTracer();
            tracer.setReferences(RealStyleReferences.fromTuples(
                tracerLocator('self'), tracer,
                tracerLocator('none'), { failure: jest.fn() },
                tracerLocator('trace'), onlyTrace,
                tracerLocator('begin'), onlyBegin,
            ));
            tracer.trace(null, 'c', 'o', 2);
            tracer.failure(null, 'c', 'o', new Error('x'), 2);
            expect(onlyTrace.trace).toHaveBeenCalledTimes(1);
            expect(onlyBegin.beginTrace).not.toHaveBeenCalled();
        });

        it('does not duplicate tracers when called twice', () => {
            const user = new UserTracer();
            const references = RealStyleReferences.fromTuples(tracerLocator('default'), user);
            const tracer = new CompositeTracer();
            tracer.setReferences(references);
            tracer.setReferences(references);
            tracer.trace(null, 'c', null, 1);
            expect(user.calls).toHaveLength(1);
        });
    });

    describe('Method: beginTrace', () => {
        it('returns a shared timing that does nothing when there are no children', () => {
            const tracer = new CompositeTracer();
            const first = tracer.beginTrace(null, 'a', null);
            expect(tracer.beginTrace(null, 'b', 'x')).toBe(first);
            expect(() => first.endTrace()).not.toThrow();
        });

        it('forwards the trace to each child when the timing ends', () => {
            jest.useFakeTimers();
            const user = new UserTracer();
            const context = new RealStyleContext({ trace_id: 't' });
            const tracer = new CompositeTracer(RealStyleReferences.fromTuples(tracerLocator('a'), user));
            const timing = tracer.beginTrace(context, 'dummy.get', null);
            jest.advanceTimersByTime(15);
            timing.endTrace();
            expect(user.calls).toEqual([['trace', context, 'dummy.get', null, 15]]);
        });
    });

    describe('Method: failure', () => {
        it('forwards failures to every child', () => {
            const first = new UserTracer();
            const second = new UserTracer();
            const error = new Error('boom');
            const tracer = new CompositeTracer(RealStyleReferences.fromTuples(tracerLocator('a'), first, tracerLocator('b'), second));
            tracer.beginTrace(null, 'c', 'o').endFailure(error);
            expect(first.calls).toEqual([['failure', null, 'c', 'o', error, expect.any(Number)]]);
            expect(second.calls).toEqual(first.calls);
        });
    });
});
