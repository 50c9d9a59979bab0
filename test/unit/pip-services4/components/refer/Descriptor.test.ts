import { ApplicationException, ConfigException } from 'pip-services4-commons-node';
import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { type DescriptorLike } from '../../../../../src/pip-services4/components/refer/DescriptorLike';

const full = new Descriptor('pip-services', 'logger', 'console', 'default', '1.0');

describe('Class: Descriptor', () => {
    describe('Method: constructor', () => {
        it('keeps the class name Descriptor, which real pip-services4 equals() requires', () => {
            expect(Descriptor.name).toBe('Descriptor');
            expect(full.constructor.name).toBe('Descriptor');
        });

        it('stores "*" as null', () => {
            const descriptor = new Descriptor('*', 'logger', '*', '*', '*');

            expect(descriptor.getGroup()).toBeNull();
            expect(descriptor.getType()).toBe('logger');
            expect(descriptor.getKind()).toBeNull();
            expect(descriptor.getName()).toBeNull();
            expect(descriptor.getVersion()).toBeNull();
        });
    });

    describe('Method: getGroup / getType / getKind / getName / getVersion', () => {
        it('returns each field', () => {
            expect([full.getGroup(), full.getType(), full.getKind(), full.getName(), full.getVersion()])
                .toEqual(['pip-services', 'logger', 'console', 'default', '1.0']);
        });
    });

    describe('Method: match', () => {
        it('treats null and "*" as wildcards on either side', () => {
            expect(full.match(new Descriptor('*', 'logger', '*', '*', '1.0'))).toBe(true);
            expect(new Descriptor(null, 'logger', null, null, null).match(full)).toBe(true);
        });

        it('fails when a set field differs', () => {
            expect(full.match(new Descriptor('*', 'counters', '*', '*', '*'))).toBe(false);
            expect(full.match(new Descriptor('*', 'logger', '*', '*', '2.0'))).toBe(false);
        });

        it('accepts any object with the five getters, including one that stores "*"', () => {
            const lookalike: DescriptorLike = {
                getGroup: () => '*', getType: () => 'logger', getKind: () => null, getName: () => '*', getVersion: () => '1.0',
            };

            expect(full.match(lookalike)).toBe(true);
        });
    });

    describe('Method: exactMatch', () => {
        it('requires every field to be equal, wildcards included', () => {
            expect(full.exactMatch(new Descriptor('pip-services', 'logger', 'console', 'default', '1.0'))).toBe(true);
            expect(full.exactMatch(new Descriptor('pip-services', 'logger', '*', 'default', '1.0'))).toBe(false);
            expect(new Descriptor('*', 'a', '*', '*', '*').exactMatch(new Descriptor(null, 'a', null, null, null))).toBe(true);
        });
    });

    describe('Method: isComplete', () => {
        it('is true only when no field is a wildcard', () => {
            expect(full.isComplete()).toBe(true);
            expect(new Descriptor('a', 'b', 'c', 'd', '*').isComplete()).toBe(false);
        });
    });

    describe('Method: equals', () => {
        it('matches another descriptor with wildcards', () => {
            expect(full.equals(new Descriptor('*', 'logger', '*', '*', '*'))).toBe(true);
            expect(full.equals(new Descriptor('*', 'tracer', '*', '*', '*'))).toBe(false);
        });

        it('is false for values that are not descriptors', () => {
            expect(full.equals('pip-services:logger:console:default:1.0')).toBe(false);
            expect(full.equals(null)).toBe(false);
            expect(full.equals(undefined)).toBe(false);
            expect(full.equals({ getGroup: () => 'x' })).toBe(false);
        });
    });

    describe('Method: toString', () => {
        it('joins the fields with colons and prints wildcards as *', () => {
            expect(full.toString()).toBe('pip-services:logger:console:default:1.0');
            expect(new Descriptor(null, 'logger', '*', '', '1.0').toString()).toBe('*:logger:*:*:1.0');
            expect(String(new Descriptor('*', '*', '*', '*', '*'))).toBe('*:*:*:*:*');
        });
    });

    describe('Method: fromString', () => {
        it('parses five trimmed parts', () => {
            const descriptor = Descriptor.fromString(' a : b :*: d : 1.0 ');

            expect(descriptor).toBeInstanceOf(Descriptor);
            expect(descriptor?.toString()).toBe('a:b:*:d:1.0');
            expect(descriptor?.getKind()).toBeNull();
        });

        it('returns null for null or an empty string', () => {
            expect(Descriptor.fromString(null)).toBeNull();
            expect(Descriptor.fromString(undefined)).toBeNull();
            expect(Descriptor.fromString('')).toBeNull();
        });

        it.each(['a:b:c:d', 'a:b:c:d:e:f', 'plain'])('throws ConfigException BAD_DESCRIPTOR for "%s"', (value) => {
            let error: unknown;
            try {
                Descriptor.fromString(value);
            } catch (err) {
                error = err;
            }

            expect(error).toBeInstanceOf(ConfigException);
            expect(error).toBeInstanceOf(ApplicationException);
            expect((error as ConfigException).code).toBe('BAD_DESCRIPTOR');
            expect((error as ConfigException).message).toBe('Descriptor ' + value + ' is in wrong format');
            expect((error as ConfigException).details.get('descriptor')).toBe(value);
        });
    });
});
