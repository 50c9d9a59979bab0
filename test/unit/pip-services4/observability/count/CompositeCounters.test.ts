import { BadRequestException } from 'pip-services4-commons-node';

import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../../../../src/pip-services4/components/refer/References';
import { CompositeCounters } from '../../../../../src/pip-services4/observability/count/CompositeCounters';
import { CounterTiming } from '../../../../../src/pip-services4/observability/count/CounterTiming';
import { NullCounters } from '../../../../../src/pip-services4/observability/count/NullCounters';
import { RealStyleReferences, realDescriptor, type RealDescriptorInstance } from '../RealStyleReferences';

/** Look-alike of a user's real pip-services4 CachedCounters: every ICounters method plus the timing callback. */
class UserCounters {
    public readonly calls: unknown[][] = [];

    public beginTiming(name: string): CounterTiming { return new CounterTiming(name, this); }
    public endTiming(name: string, elapsed: number): void { this.calls.push(['endTiming', name, elapsed]); }
    public stats(name: string, value: number): void { this.calls.push(['stats', name, value]); }
    public last(name: string, value: number): void { this.calls.push(['last', name, value]); }
    public timestampNow(name: string): void { this.timestamp(name, new Date()); }
    public timestamp(name: string, value: Date): void { this.calls.push(['timestamp', name, value]); }
    public incrementOne(name: string): void { this.calls.push(['incrementOne', name]); }
    public increment(name: string, value: number): void { this.calls.push(['increment', name, value]); }
}

/** Look-alike of the real NullCounters: ICounters methods only, no endTiming callback. */
class UserNullCounters {
    public beginTiming(): CounterTiming { return new CounterTiming(); }
    public stats(): void {}
    public last(): void {}
    public timestampNow(): void {}
    public timestamp(): void {}
    public incrementOne(): void {}
    public increment(): void {}
}

const countersLocator = (name: string): RealDescriptorInstance => realDescriptor('pip-services', 'counters', 'log', name, '1.0');

describe('Class: CompositeCounters', () => {
    afterEach(() => {
        jest.useRealTimers();
    });

    describe('Method: setReferences', () => {
        it('finds user counters registered in real-style references by shape', () => {
            const user = new UserCounters();
            const counters = new CompositeCounters();
            counters.setReferences(RealStyleReferences.fromTuples(countersLocator('default'), user));
            counters.incrementOne('calls');
            expect(user.calls).toEqual([['incrementOne', 'calls']]);
        });

        it('finds counters registered in our References through the constructor', () => {
            const user = new UserCounters();
            const counters = new CompositeCounters(References.fromTuples(
                new Descriptor('my-app', 'counters', 'prometheus', 'x', '2.0'), user,
            ));
            counters.increment('bytes', 10);
            expect(user.calls).toEqual([['increment', 'bytes', 10]]);
        });

        it('skips components without incrementOne and skips itself', () => {
            const user = new UserCounters();
            const counters = new CompositeCounters();
            counters.setReferences(RealStyleReferences.fromTuples(
                countersLocator('self'), counters,
                countersLocator('bad'), { increment: jest.fn() },
                countersLocator('user'), user,
            ));
            expect(() => counters.incrementOne('calls')).not.toThrow();
            expect(user.calls).toHaveLength(1);
        });

        it('does not duplicate counters when called twice', () => {
            const user = new UserCounters();
            const references = RealStyleReferences.fromTuples(countersLocator('default'), user);
            const counters = new CompositeCounters();
            counters.setReferences(references);
            counters.setReferences(references);
            counters.incrementOne('calls');
            counters.endTiming('time', 3);
            expect(user.calls).toEqual([['incrementOne', 'calls'], ['endTiming', 'time', 3]]);
        });
    });

    describe('Method: beginTiming', () => {
        it('returns a shared timing that does nothing when there are no children', () => {
            const counters = new CompositeCounters();
            const first = counters.beginTiming('a');
            const second = counters.beginTiming('b');
            expect(first).toBe(second);
            expect(() => first.endTiming()).not.toThrow();
        });

        it('sends the elapsed time to each child when the timing ends', () => {
            jest.useFakeTimers();
            const user = new UserCounters();
            const counters = new CompositeCounters(RealStyleReferences.fromTuples(countersLocator('a'), user));
            const timing = counters.beginTiming('dummy.exec_time');
            jest.advanceTimersByTime(40);
            timing.endTiming();
            expect(user.calls).toEqual([['endTiming', 'dummy.exec_time', 40]]);
        });
    });

    describe('Method: endTiming', () => {
        it('skips children without an endTiming callback (real NullCounters)', () => {
            const user = new UserCounters();
            const counters = new CompositeCounters(RealStyleReferences.fromTuples(
                countersLocator('null'), new UserNullCounters(),
                countersLocator('ours'), new NullCounters(),
                countersLocator('user'), user,
            ));
            expect(() => counters.beginTiming('t').endTiming()).not.toThrow();
            expect(user.calls).toEqual([['endTiming', 't', expect.any(Number)]]);
        });
    });

    describe('Method: stats', () => {
        it('forwards stats, last and timestamps to every child', () => {
            const first = new UserCounters();
            const second = new UserCounters();
            const counters = new CompositeCounters(RealStyleReferences.fromTuples(countersLocator('a'), first, countersLocator('b'), second));
            const time = new Date(0);
            counters.stats('s', 1);
            counters.last('l', 2);
            counters.timestamp('t', time);
            const expected = [['stats', 's', 1], ['last', 'l', 2], ['timestamp', 't', time]];
            expect(first.calls).toEqual(expected);
            expect(second.calls).toEqual(expected);
        });

        it('skips children that lack a method', () => {
            const partial = { incrementOne: jest.fn() };
            const counters = new CompositeCounters(RealStyleReferences.fromTuples(countersLocator('a'), partial));
            expect(() => {
                counters.stats('s', 1);
                counters.last('l', 2);
                counters.timestampNow('t');
                counters.increment('i', 2);
            }).not.toThrow();
            expect(partial.incrementOne).not.toHaveBeenCalled();
        });
    });

    describe('Method: timestampNow', () => {
        it('forwards the current time', () => {
            jest.useFakeTimers({ now: new Date('2024-01-01T00:00:00Z') });
            const user = new UserCounters();
            const counters = new CompositeCounters(RealStyleReferences.fromTuples(countersLocator('a'), user));
            counters.timestampNow('seen');
            expect(user.calls).toEqual([['timestamp', 'seen', new Date('2024-01-01T00:00:00Z')]]);
        });
    });

    describe('Method: increment', () => {
        it('throws BadRequestException for an empty name, even without children', () => {
            const counters = new CompositeCounters();
            expect(() => counters.increment('', 1)).toThrow(BadRequestException);
            expect(() => counters.incrementOne('')).toThrow(BadRequestException);
        });
    });
});
