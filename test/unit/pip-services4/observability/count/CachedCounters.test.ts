import { BadRequestException } from 'pip-services4-commons-node';

import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { CachedCounters } from '../../../../../src/pip-services4/observability/count/CachedCounters';
import { type Counter } from '../../../../../src/pip-services4/observability/count/Counter';
import { CounterType } from '../../../../../src/pip-services4/observability/count/CounterType';

/** Keeps a copy of every save so tests can see when and what was saved. */
class RecordingCounters extends CachedCounters {
    public readonly saves: Counter[][] = [];
    public failSave = false;

    protected save(counters: Counter[]): void {
        if (this.failSave) {
            throw new Error('destination down');
        }
        this.saves.push(counters.map((counter) => ({ ...counter })));
    }

    public get resetTimeout(): number {
        return this._resetTimeout;
    }
}

describe('Class: CachedCounters', () => {
    afterEach(() => {
        jest.useRealTimers();
    });

    describe('Method: configure', () => {
        it('reads options.interval and options.reset_timeout', () => {
            const counters = new RecordingCounters();
            counters.configure(ConfigParams.fromTuples('options.interval', 1000, 'options.reset_timeout', 2000));
            expect(counters.getInterval()).toBe(1000);
            expect(counters.resetTimeout).toBe(2000);
        });

        it('reads the short keys interval and reset_timeout', () => {
            const counters = new RecordingCounters();
            counters.configure(ConfigParams.fromTuples('interval', 10, 'reset_timeout', 20));
            expect(counters.getInterval()).toBe(10);
            expect(counters.resetTimeout).toBe(20);
        });

        it('keeps the defaults when nothing is configured', () => {
            const counters = new RecordingCounters();
            counters.configure(new ConfigParams());
            expect(counters.getInterval()).toBe(300000);
            expect(counters.resetTimeout).toBe(0);
        });
    });

    describe('Method: setInterval', () => {
        it('changes the interval', () => {
            const counters = new RecordingCounters();
            counters.setInterval(5);
            expect(counters.getInterval()).toBe(5);
        });
    });

    describe('Method: increment', () => {
        it('counts increments', () => {
            const counters = new RecordingCounters();
            counters.incrementOne('calls');
            counters.increment('calls', 4);
            expect(counters.get('calls', CounterType.Increment).count).toBe(5);
        });
    });

    describe('Method: stats', () => {
        it('computes last, count, min, max and average', () => {
            const counters = new RecordingCounters();
            counters.stats('size', 10);
            counters.stats('size', 30);
            counters.stats('size', 20);
            expect(counters.getAll()).toEqual([expect.objectContaining({
                name: 'size', type: CounterType.Statistics, last: 20, count: 3, min: 10, max: 30, average: 20,
            })]);
        });
    });

    describe('Method: endTiming', () => {
        it('records elapsed times in an Interval counter', () => {
            const counters = new RecordingCounters();
            counters.endTiming('exec_time', 4);
            counters.endTiming('exec_time', 8);
            expect(counters.get('exec_time', CounterType.Interval)).toEqual(expect.objectContaining({
                count: 2, min: 4, max: 8, average: 6, last: 8,
            }));
        });
    });

    describe('Method: beginTiming', () => {
        it('updates the Interval counter when the timing ends', () => {
            jest.useFakeTimers();
            const counters = new RecordingCounters();
            const timing = counters.beginTiming('exec_time');
            jest.advanceTimersByTime(12);
            timing.endTiming();
            expect(counters.getAll()).toEqual([expect.objectContaining({ name: 'exec_time', type: CounterType.Interval, last: 12, count: 1 })]);
        });
    });

    describe('Method: last', () => {
        it('records the last value', () => {
            const counters = new RecordingCounters();
            counters.last('queue', 3);
            counters.last('queue', 7);
            expect(counters.get('queue', CounterType.LastValue).last).toBe(7);
        });
    });

    describe('Method: timestamp', () => {
        it('records the given time', () => {
            const counters = new RecordingCounters();
            const time = new Date('2024-01-02T03:04:05Z');
            counters.timestamp('seen', time);
            expect(counters.get('seen', CounterType.Timestamp).time).toBe(time);
        });

        it('records the current time with timestampNow', () => {
            jest.useFakeTimers({ now: new Date('2024-05-06T07:08:09Z') });
            const counters = new RecordingCounters();
            counters.timestampNow('seen');
            expect(counters.get('seen', CounterType.Timestamp).time).toEqual(new Date('2024-05-06T07:08:09Z'));
        });
    });

    describe('Method: get', () => {
        it('replaces a counter of another type', () => {
            const counters = new RecordingCounters();
            counters.incrementOne('x');
            const counter = counters.get('x', CounterType.LastValue);
            expect(counter.type).toBe(CounterType.LastValue);
            expect(counter.count).toBeUndefined();
        });

        it('throws BadRequestException for an empty name', () => {
            const counters = new RecordingCounters();
            expect(() => counters.get('', CounterType.Increment)).toThrow(BadRequestException);
            expect(() => counters.incrementOne('')).toThrow('Name cannot be null');
        });
    });

    describe('Method: clear', () => {
        it('removes one counter', () => {
            const counters = new RecordingCounters();
            counters.incrementOne('a');
            counters.incrementOne('b');
            counters.clear('a');
            expect(counters.getAll().map((counter) => counter.name)).toEqual(['b']);
        });

        it('removes all counters with clearAll', () => {
            const counters = new RecordingCounters();
            counters.incrementOne('a');
            counters.clearAll();
            counters.dump();
            expect(counters.getAll()).toEqual([]);
            expect(counters.saves).toEqual([]);
        });
    });

    describe('Method: dump', () => {
        it('saves the counters once and skips a dump without changes', () => {
            const counters = new RecordingCounters();
            counters.incrementOne('a');
            counters.dump();
            counters.dump();
            expect(counters.saves).toEqual([[expect.objectContaining({ name: 'a', count: 1 })]]);
        });

        it('saves automatically on the first update after the interval', () => {
            jest.useFakeTimers();
            const counters = new RecordingCounters();
            counters.setInterval(1000);
            counters.incrementOne('a');
            expect(counters.saves).toHaveLength(0);
            jest.advanceTimersByTime(1001);
            counters.incrementOne('a');
            expect(counters.saves).toEqual([[expect.objectContaining({ name: 'a', count: 2 })]]);
        });

        it('keeps counting when an automatic save fails', () => {
            jest.useFakeTimers();
            const counters = new RecordingCounters();
            counters.setInterval(10);
            counters.failSave = true;
            jest.advanceTimersByTime(11);
            expect(() => counters.incrementOne('a')).not.toThrow();
            expect(counters.get('a', CounterType.Increment).count).toBe(1);
        });
    });

    describe('Method: getAll', () => {
        it('resets the counters after reset_timeout', () => {
            jest.useFakeTimers();
            const counters = new RecordingCounters();
            counters.configure(ConfigParams.fromTuples('options.reset_timeout', 100));
            counters.incrementOne('a');
            jest.advanceTimersByTime(50);
            expect(counters.getAll()).toHaveLength(1);
            jest.advanceTimersByTime(51);
            expect(counters.getAll()).toEqual([]);
        });
    });
});
