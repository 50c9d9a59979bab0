import { Context } from '../../../../../src/pip-services4/components/context/Context';
import { ContextResolver } from '../../../../../src/pip-services4/components/context/ContextResolver';
import { type IContext } from '../../../../../src/pip-services4/components/context/IContext';
import { RealContext } from '../RealPipLookalikes';

describe('Class: ContextResolver', () => {
    describe('Method: getTraceId', () => {
        it('reads trace_id first', () => {
            expect(ContextResolver.getTraceId(Context.fromTuples('trace_id', 'a', 'traceId', 'b'))).toBe('a');
        });

        it('falls back to traceId when trace_id is missing or empty', () => {
            expect(ContextResolver.getTraceId(Context.fromTuples('traceId', 'b'))).toBe('b');
            expect(ContextResolver.getTraceId(Context.fromTuples('trace_id', '', 'traceId', 'b'))).toBe('b');
        });

        it('stringifies a non-string trace id', () => {
            expect(ContextResolver.getTraceId(Context.fromTuples('trace_id', 123))).toBe('123');
        });

        it('returns null when no trace id is set', () => {
            expect(ContextResolver.getTraceId(new Context())).toBeNull();
        });

        it('returns null for a null or undefined context', () => {
            expect(ContextResolver.getTraceId(null)).toBeNull();
            expect(ContextResolver.getTraceId(undefined)).toBeNull();
        });

        it('returns null, without throwing, for a context that has no get function', () => {
            const notAContext = 'trace-123' as unknown as IContext;
            const plainObject = { trace_id: 'x' } as unknown as IContext;

            expect(ContextResolver.getTraceId(notAContext)).toBeNull();
            expect(ContextResolver.getTraceId(plainObject)).toBeNull();
        });

        it('works with any object that has get, such as a real pip-services4 Context', () => {
            const real = new RealContext({ trace_id: 'real-1' });
            const literal: IContext = { get: (key) => (key === 'traceId' ? 't2' : undefined) };

            expect(ContextResolver.getTraceId(real)).toBe('real-1');
            expect(ContextResolver.getTraceId(literal)).toBe('t2');
        });
    });

    describe('Method: getClient', () => {
        it('returns the client as a string, or null', () => {
            expect(ContextResolver.getClient(Context.fromTuples('client', 5))).toBe('5');
            expect(ContextResolver.getClient(new Context())).toBeNull();
            expect(ContextResolver.getClient(null)).toBeNull();
        });
    });

    describe('Method: getUser', () => {
        it('returns the user as stored, or null', () => {
            const user = { id: 'u1' };

            expect(ContextResolver.getUser(Context.fromTuples('user', user))).toBe(user);
            expect(ContextResolver.getUser(new RealContext({}))).toBeNull();
            expect(ContextResolver.getUser(undefined)).toBeNull();
        });
    });
});
