import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { Reference } from '../../../../../src/pip-services4/components/refer/Reference';
import { Descriptor as RealDescriptor } from '../RealPipLookalikes';

describe('Class: Reference', () => {
    describe('Method: constructor', () => {
        it('throws when the component is null or undefined', () => {
            expect(() => new Reference('x', null)).toThrow('Component cannot be null');
            expect(() => new Reference('x', undefined)).toThrow('Component cannot be null');
        });
    });

    describe('Method: getLocator / getComponent', () => {
        it('returns what was stored', () => {
            const component = {};
            const reference = new Reference('key', component);

            expect(reference.getLocator()).toBe('key');
            expect(reference.getComponent()).toBe(component);
        });
    });

    describe('Method: match', () => {
        it('matches the component itself', () => {
            const component = {};

            expect(new Reference(null, component).match(component)).toBe(true);
        });

        it('matches a descriptor locator with wildcards', () => {
            const reference = new Reference(new Descriptor('g', 'logger', 'console', 'n', '1.0'), {});

            expect(reference.match(new Descriptor('*', 'logger', '*', '*', '*'))).toBe(true);
            expect(reference.match(new Descriptor('*', 'counters', '*', '*', '*'))).toBe(false);
        });

        it('matches real-style descriptors structurally, stored or queried', () => {
            const stored = new Reference(new RealDescriptor('g', 'logger', 'console', 'n', '1.0'), {});
            const ours = new Reference(new Descriptor('g', 'logger', 'console', 'n', '1.0'), {});

            expect(stored.match(new Descriptor('*', 'logger', '*', '*', '*'))).toBe(true);
            expect(stored.match(new RealDescriptor('*', 'logger', '*', '*', '*'))).toBe(true);
            expect(ours.match(new RealDescriptor('*', 'logger', '*', '*', '1.0'))).toBe(true);
            expect(ours.match(new RealDescriptor('*', 'logger', '*', '*', '2.0'))).toBe(false);
        });

        it('does not match a descriptor locator with a string', () => {
            expect(new Reference(new Descriptor('g', 't', 'k', 'n', 'v'), {}).match('g:t:k:n:v')).toBe(false);
        });

        it('matches other locators by strict equality', () => {
            const reference = new Reference('key', {});

            expect(reference.match('key')).toBe(true);
            expect(reference.match('other')).toBe(false);
            expect(new Reference(1, {}).match('1')).toBe(false);
        });

        it('never matches through a null locator', () => {
            expect(new Reference(null, {}).match(null)).toBe(false);
        });
    });
});
