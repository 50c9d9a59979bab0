import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../../../../src/pip-services4/components/context/Context';
import { type IContext } from '../../../../../src/pip-services4/components/context/IContext';

describe('Class: Context', () => {
    describe('Method: constructor', () => {
        it('copies the own properties of the given object', () => {
            const context = new Context({ trace_id: '123', client: 'app' });

            expect(context.get('trace_id')).toBe('123');
            expect(context.get('client')).toBe('app');
        });

        it('creates an empty context without values', () => {
            expect(new Context().get('trace_id')).toBeNull();
        });
    });

    describe('Method: get', () => {
        it('returns null for a missing key', () => {
            expect(Context.fromTuples('a', 1).get('b')).toBeNull();
        });

        it('returns non-string values as stored', () => {
            const user = { id: '1' };

            expect(Context.fromValue({ user }).get('user')).toBe(user);
        });
    });

    describe('Method: getTraceId', () => {
        it('reads trace_id, then traceId, as a string', () => {
            expect(Context.fromTuples('trace_id', 42).getTraceId()).toBe('42');
            expect(Context.fromTuples('traceId', 'abc').getTraceId()).toBe('abc');
            expect(new Context().getTraceId()).toBeNull();
        });
    });

    describe('Method: getClient / getUser', () => {
        it('returns the client as a string and the user as stored', () => {
            const user = { name: 'jdoe' };
            const context = Context.fromTuples('client', 7, 'user', user);

            expect(context.getClient()).toBe('7');
            expect(context.getUser()).toBe(user);
            expect(new Context().getClient()).toBeNull();
            expect(new Context().getUser()).toBeNull();
        });
    });

    describe('Method: fromTraceId', () => {
        it('creates a context that holds only trace_id', () => {
            const context = Context.fromTraceId('123');

            expect(context.get('trace_id')).toBe('123');
            expect(context.getTraceId()).toBe('123');
        });
    });

    describe('Method: fromTuples', () => {
        it('pairs keys with values and ignores a trailing key', () => {
            const context = Context.fromTuples('a', 1, 'b', 'two', 'dangling');

            expect(context.get('a')).toBe(1);
            expect(context.get('b')).toBe('two');
            expect(context.get('dangling')).toBeNull();
        });
    });

    describe('Method: fromConfig', () => {
        it('copies every config value', () => {
            const context = Context.fromConfig(ConfigParams.fromTuples('trace_id', '9', 'client', 'x'));

            expect(context.getTraceId()).toBe('9');
            expect(context.getClient()).toBe('x');
        });

        it('gives an empty context for null', () => {
            expect(Context.fromConfig(null).get('trace_id')).toBeNull();
        });
    });

    describe('Method: toJson / fromJson', () => {
        it('round-trips the values through JSON', () => {
            const json = Context.fromTuples('trace_id', '1', 'n', 2).toJson();

            const context = Context.fromJson(json);

            expect(JSON.parse(json)).toEqual({ trace_id: '1', n: 2 });
            expect(context.get('trace_id')).toBe('1');
            expect(context.get('n')).toBe(2);
        });
    });

    describe('Property: _values', () => {
        it('serializes as {"_values":{...}} like pip-services4', () => {
            expect(JSON.parse(JSON.stringify(Context.fromTraceId('5')))).toEqual({ _values: { trace_id: '5' } });
        });

        it('is an IContext', () => {
            const context: IContext = Context.fromTraceId('1');

            expect(context.get('trace_id')).toBe('1');
        });
    });
});
