import { ApplicationException } from 'pip-services4-commons-node';
import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../../../../src/pip-services4/components/refer/References';
import { ReferenceException } from '../../../../../src/pip-services4/components/refer/ReferenceException';

const LOGGER = new Descriptor('*', 'logger', '*', '*', '*');

function fixture(): { refs: References; console1: object; console2: object; counters: object } {
    const console1 = { id: 'console1' };
    const console2 = { id: 'console2' };
    const counters = { id: 'counters' };
    const refs = References.fromTuples(
        new Descriptor('pip-services', 'logger', 'console', 'one', '1.0'), console1,
        new Descriptor('pip-services', 'counters', 'log', 'default', '1.0'), counters,
        new Descriptor('pip-services', 'logger', 'console', 'two', '1.0'), console2,
    );
    return { refs, console1, console2, counters };
}

describe('Class: References', () => {
    describe('Method: constructor / fromTuples', () => {
        it('registers locator/component pairs and ignores a trailing locator', () => {
            const refs = new References(['a', 1, 'b', 2, 'dangling']);

            expect(refs.getAllLocators()).toEqual(['a', 'b']);
            expect(refs.getAll()).toEqual([1, 2]);
        });

        it('throws when a component is null', () => {
            expect(() => References.fromTuples('a', null)).toThrow('Component cannot be null');
        });
    });

    describe('Method: put', () => {
        it('adds a component that can then be found', () => {
            const refs = new References();
            const component = {};

            refs.put('key', component);

            expect(refs.getOneRequired('key')).toBe(component);
        });

        it('throws for a null component', () => {
            expect(() => new References().put('key', null)).toThrow('Component cannot be null');
        });
    });

    describe('Method: getAll / getAllLocators', () => {
        it('returns components and locators in registration order', () => {
            const { refs, console1, console2, counters } = fixture();

            expect(refs.getAll()).toEqual([console1, counters, console2]);
            expect(refs.getAllLocators().map(String)).toEqual([
                'pip-services:logger:console:one:1.0', 'pip-services:counters:log:default:1.0', 'pip-services:logger:console:two:1.0',
            ]);
        });
    });

    describe('Method: find', () => {
        it('returns every match, newest first', () => {
            const { refs, console1, console2 } = fixture();

            expect(refs.find(LOGGER, false)).toEqual([console2, console1]);
        });

        it('returns an empty list when nothing matches and not required', () => {
            expect(fixture().refs.find(new Descriptor('*', 'tracer', '*', '*', '*'), false)).toEqual([]);
        });

        it('throws ReferenceException when nothing matches and required', () => {
            expect(() => fixture().refs.find('missing', true)).toThrow(ReferenceException);
        });

        it('throws for a null locator', () => {
            expect(() => fixture().refs.find(null, false)).toThrow('Locator cannot be null');
        });
    });

    describe('Method: getOptional', () => {
        it('returns matches newest first, and [] instead of throwing', () => {
            const { refs, console1, console2 } = fixture();

            expect(refs.getOptional(LOGGER)).toEqual([console2, console1]);
            expect(refs.getOptional('missing')).toEqual([]);
            expect(refs.getOptional(null)).toEqual([]);
        });
    });

    describe('Method: getRequired', () => {
        it('returns matches, or throws ReferenceException naming the locator', () => {
            const { refs, counters } = fixture();
            const tracer = new Descriptor('*', 'tracer', '*', '*', '*');

            expect(refs.getRequired(new Descriptor('*', 'counters', '*', '*', '*'))).toEqual([counters]);
            expect(() => refs.getRequired(tracer)).toThrow('Failed to obtain reference to *:tracer:*:*:*');
        });
    });

    describe('Method: getOneOptional', () => {
        it('returns the newest match, or null', () => {
            const { refs, console2 } = fixture();

            expect(refs.getOneOptional(LOGGER)).toBe(console2);
            expect(refs.getOneOptional('missing')).toBeNull();
            expect(refs.getOneOptional(null)).toBeNull();
        });
    });

    describe('Method: getOneRequired', () => {
        it('returns the newest match, or throws ReferenceException', () => {
            const { refs, console2 } = fixture();

            expect(refs.getOneRequired(LOGGER)).toBe(console2);
            expect(() => refs.getOneRequired('missing')).toThrow(ReferenceException);
            expect(() => refs.getOneRequired('missing')).toThrow(ApplicationException);
        });
    });

    describe('Method: remove', () => {
        it('removes only the newest match and returns it', () => {
            const { refs, console1, console2, counters } = fixture();

            expect(refs.remove(LOGGER)).toBe(console2);
            expect(refs.getAll()).toEqual([console1, counters]);
        });

        it('returns null for a null or unmatched locator', () => {
            const { refs } = fixture();

            expect(refs.remove(null)).toBeNull();
            expect(refs.remove('missing')).toBeNull();
            expect(refs.getAll()).toHaveLength(3);
        });

        it('removes by the component itself', () => {
            const { refs, counters } = fixture();

            expect(refs.remove(counters)).toBe(counters);
            expect(refs.getAll()).not.toContain(counters);
        });
    });

    describe('Method: removeAll', () => {
        it('removes every match and returns them newest first', () => {
            const { refs, console1, console2, counters } = fixture();

            expect(refs.removeAll(LOGGER)).toEqual([console2, console1]);
            expect(refs.getAll()).toEqual([counters]);
        });

        it('returns [] for a null locator', () => {
            expect(fixture().refs.removeAll(null)).toEqual([]);
        });
    });
});
