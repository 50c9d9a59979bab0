import { TraceTiming } from '../../../../../src/pip-services4/observability/trace/TraceTiming';
import { RealStyleContext } from '../RealStyleReferences';

function tracerSpy(): { trace: jest.Mock; failure: jest.Mock; beginTrace: jest.Mock } {
    return { trace: jest.fn(), failure: jest.fn(), beginTrace: jest.fn() };
}

describe('Class: TraceTiming', () => {
    afterEach(() => {
        jest.useRealTimers();
    });

    describe('Method: endTrace', () => {
        it('records a trace with the context, names and elapsed milliseconds', () => {
            jest.useFakeTimers();
            const tracer = tracerSpy();
            const context = new RealStyleContext({ trace_id: '1' });
            const timing = new TraceTiming(context, 'dummy', 'get', tracer);
            jest.advanceTimersByTime(30);
            timing.endTrace();
            expect(tracer.trace).toHaveBeenCalledWith(context, 'dummy', 'get', 30);
            expect(tracer.failure).not.toHaveBeenCalled();
        });

        it('does nothing without a tracer', () => {
            expect(() => new TraceTiming(null, 'dummy', null).endTrace()).not.toThrow();
        });
    });

    describe('Method: endFailure', () => {
        it('records a failure with the error', () => {
            jest.useFakeTimers();
            const tracer = tracerSpy();
            const error = new Error('boom');
            const timing = new TraceTiming(null, 'dummy', null, tracer);
            jest.advanceTimersByTime(7);
            timing.endFailure(error);
            expect(tracer.failure).toHaveBeenCalledWith(null, 'dummy', null, error, 7);
            expect(tracer.trace).not.toHaveBeenCalled();
        });

        it('does nothing without a tracer', () => {
            expect(() => new TraceTiming(null, 'dummy', null, null).endFailure(new Error('x'))).not.toThrow();
        });
    });
});
