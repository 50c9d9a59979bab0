import { ApplicationException, ErrorCategory, InternalException } from 'pip-services4-commons-node';
import { Context } from '../../../../../src/pip-services4/components/context/Context';
import { type IContext } from '../../../../../src/pip-services4/components/context/IContext';
import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { ReferenceException } from '../../../../../src/pip-services4/components/refer/ReferenceException';

describe('Class: ReferenceException', () => {
    describe('Method: constructor', () => {
        it.each([Error, ApplicationException, InternalException, ReferenceException])('is an instance of %p', (type) => {
            expect(new ReferenceException(null, 'x')).toBeInstanceOf(type);
        });

        it('sets code, category, status, message and the locator detail', () => {
            const error = new ReferenceException(null, new Descriptor('*', 'logger', '*', '*', '1.0'));

            expect(error.code).toBe('REF_ERROR');
            expect(error.name).toBe('REF_ERROR');
            expect(error.category).toBe(ErrorCategory.Internal);
            expect(error.status).toBe(500);
            expect(error.message).toBe('Failed to obtain reference to *:logger:*:*:1.0');
            expect(error.details.get('locator')).toBe('*:logger:*:*:1.0');
        });

        it('takes the trace id from the context', () => {
            expect(new ReferenceException(Context.fromTraceId('t-1'), 'x').trace_id).toBe('t-1');
        });

        it('accepts a null context or one without get', () => {
            expect(new ReferenceException(null, 'x').trace_id).toBeNull();
            expect(new ReferenceException('oops' as unknown as IContext, 'x').trace_id).toBeNull();
        });

        it('does not throw for a locator that cannot be converted to a string', () => {
            const error = new ReferenceException(null, Object.create(null));

            expect(error.message).toBe('Failed to obtain reference to [object Object]');
        });

        it('keeps its own methods after the commons prototype reset', () => {
            const error = new ReferenceException(null, 'x');

            expect(Object.getPrototypeOf(error)).toBe(ReferenceException.prototype);
            expect(error.withCode('OTHER').code).toBe('OTHER');
        });
    });
});
