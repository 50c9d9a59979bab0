import { NullCounters } from '../../../../../src/pip-services4/observability/count/NullCounters';

describe('Class: NullCounters', () => {
    describe('Method: beginTiming', () => {
        it('returns a timing that can be ended without effect', () => {
            const counters = new NullCounters();
            expect(() => counters.beginTiming('x').endTiming()).not.toThrow();
        });
    });

    describe('Method: increment', () => {
        it('accepts every measurement without error', () => {
            const counters = new NullCounters();
            expect(() => {
                counters.stats('s', 1);
                counters.last('l', 2);
                counters.timestampNow('t');
                counters.timestamp('t', new Date(0));
                counters.incrementOne('i');
                counters.increment('i', 3);
            }).not.toThrow();
        });
    });
});
