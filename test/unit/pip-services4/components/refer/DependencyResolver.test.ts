import { InvalidStateException } from 'pip-services4-commons-node';
import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { DependencyResolver } from '../../../../../src/pip-services4/components/refer/DependencyResolver';
import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../../../../src/pip-services4/components/refer/References';
import { ReferenceException } from '../../../../../src/pip-services4/components/refer/ReferenceException';

const persistence1 = { id: 'p1' };
const persistence2 = { id: 'p2' };

function references(): References {
    return References.fromTuples(
        new Descriptor('mygroup', 'persistence', 'memory', 'persistence1', '1.0'), persistence1,
        new Descriptor('mygroup', 'persistence', 'memory', 'persistence2', '1.0'), persistence2,
        'plain-key', 'plain-component',
    );
}

describe('Class: DependencyResolver', () => {
    describe('Method: put', () => {
        it('registers a locator under a name', () => {
            const resolver = new DependencyResolver();
            resolver.put('persistence', new Descriptor('mygroup', 'persistence', '*', '*', '1.0'));
            resolver.setReferences(references());

            expect(resolver.getOneRequired('persistence')).toBe(persistence2);
        });
    });

    describe('Method: configure', () => {
        it('reads dependencies.* descriptors, overriding registered locators', () => {
            const resolver = DependencyResolver.fromTuples('persistence', new Descriptor('mygroup', 'persistence', '*', '*', '1.0'));

            resolver.configure(ConfigParams.fromTuples('dependencies.persistence', 'mygroup:persistence:*:persistence1:1.0'));
            resolver.setReferences(references());

            expect(resolver.getOneRequired('persistence')).toBe(persistence1);
        });

        it('keeps a value that is not a descriptor as a plain locator', () => {
            const resolver = new DependencyResolver(ConfigParams.fromTuples('dependencies.plain', 'plain-key'), references());

            expect(resolver.getOneOptional('plain')).toBe('plain-component');
        });

        it('ignores keys outside the dependencies section', () => {
            const resolver = new DependencyResolver(ConfigParams.fromTuples('other.persistence', 'a:b:c:d:e'), references());

            expect(resolver.getOneOptional('persistence')).toBeNull();
        });
    });

    describe('Method: getOptional', () => {
        it('returns matches newest first', () => {
            const resolver = DependencyResolver.fromTuples('persistence', new Descriptor('*', 'persistence', '*', '*', '*'));
            resolver.setReferences(references());

            expect(resolver.getOptional('persistence')).toEqual([persistence2, persistence1]);
        });

        it('returns [] for an unregistered name', () => {
            const resolver = new DependencyResolver(null, references());

            expect(resolver.getOptional('unknown')).toEqual([]);
        });
    });

    describe('Method: getRequired', () => {
        it('throws ReferenceException for an unregistered name', () => {
            const resolver = new DependencyResolver(null, references());

            expect(() => resolver.getRequired('unknown')).toThrow(ReferenceException);
            expect(() => resolver.getRequired('unknown')).toThrow('Failed to obtain reference to unknown');
        });

        it('throws ReferenceException when the locator finds nothing', () => {
            const resolver = DependencyResolver.fromTuples('tracer', new Descriptor('*', 'tracer', '*', '*', '*'));
            resolver.setReferences(references());

            expect(() => resolver.getRequired('tracer')).toThrow(ReferenceException);
        });
    });

    describe('Method: getOneOptional', () => {
        it('returns null for an unregistered name or no match', () => {
            const resolver = DependencyResolver.fromTuples('tracer', new Descriptor('*', 'tracer', '*', '*', '*'));
            resolver.setReferences(references());

            expect(resolver.getOneOptional('unknown')).toBeNull();
            expect(resolver.getOneOptional('tracer')).toBeNull();
        });
    });

    describe('Method: getOneRequired', () => {
        it('throws ReferenceException for an unregistered name', () => {
            expect(() => new DependencyResolver(null, references()).getOneRequired('unknown')).toThrow(ReferenceException);
        });
    });

    describe('Method: find', () => {
        it('returns matches, [] when not required and unregistered, and throws when required', () => {
            const resolver = DependencyResolver.fromTuples('persistence', new Descriptor('*', 'persistence', '*', '*', '*'));
            resolver.setReferences(references());

            expect(resolver.find('persistence', true)).toEqual([persistence2, persistence1]);
            expect(resolver.find('unknown', false)).toEqual([]);
            expect(() => resolver.find('unknown', true)).toThrow(ReferenceException);
        });
    });

    describe('Method: setReferences', () => {
        it.each(['getOptional', 'getRequired', 'getOneOptional', 'getOneRequired'] as const)(
            '%s throws a clear InvalidStateException when references were never set', (method) => {
                const resolver = DependencyResolver.fromTuples('persistence', 'plain-key');

                expect(() => resolver[method]('persistence')).toThrow(InvalidStateException);
                expect(() => resolver[method]('persistence')).toThrow('References shall be set');
            });

        it('find throws the same error before setReferences', () => {
            expect(() => new DependencyResolver().find('x', false)).toThrow('References shall be set');
        });
    });

    describe('Method: fromTuples', () => {
        it('registers name/locator pairs and ignores a trailing name', () => {
            const resolver = DependencyResolver.fromTuples('a', 'plain-key', 'dangling');
            resolver.setReferences(references());

            expect(resolver.getOneRequired('a')).toBe('plain-component');
            expect(() => resolver.getOneRequired('dangling')).toThrow(ReferenceException);
        });
    });
});
