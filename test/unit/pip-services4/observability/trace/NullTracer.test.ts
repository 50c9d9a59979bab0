import { NullTracer } from '../../../../../src/pip-services4/observability/trace/NullTracer';

describe('Class: NullTracer', () => {
    describe('Method: beginTrace', () => {
        it('returns a timing that can be ended without effect', () => {
            const tracer = new NullTracer();
            expect(() => tracer.beginTrace(null, 'c', 'o').endTrace()).not.toThrow();
            expect(() => tracer.beginTrace(null, 'c', null).endFailure(new Error('x'))).not.toThrow();
        });
    });

    describe('Method: trace', () => {
        it('accepts traces and failures without error', () => {
            const tracer = new NullTracer();
            expect(() => {
                tracer.trace(null, 'c', 'o', 1);
                tracer.failure(null, 'c', 'o', new Error('x'), 1);
            }).not.toThrow();
        });
    });
});
