import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { LogCounters } from '../../../../../src/pip-services4/observability/count/LogCounters';
import { CounterType } from '../../../../../src/pip-services4/observability/count/CounterType';
import { LogLevel } from '../../../../../src/pip-services4/observability/log/LogLevel';
import { RealStyleReferences, realDescriptor } from '../RealStyleReferences';

/** Look-alike of a user's real logger that accepts every level. */
class UserLogger {
    public readonly messages: string[] = [];
    public readonly levels: number[] = [];

    public getLevel(): number { return LogLevel.Trace; }
    public log(level: number, _context: unknown, _error: unknown, message: string): void {
        this.levels.push(level);
        this.messages.push(message);
    }
}

function withLogger(): { counters: LogCounters; logger: UserLogger } {
    const logger = new UserLogger();
    const counters = new LogCounters();
    counters.setReferences(RealStyleReferences.fromTuples(realDescriptor('pip-services', 'logger', 'console', 'default', '1.0'), logger));
    return { counters, logger };
}

describe('Class: LogCounters', () => {
    describe('Method: getAll', () => {
        it('returns the counters recorded so far', () => {
            const { counters } = withLogger();
            counters.incrementOne('dummy.exec_count');
            counters.endTiming('dummy.exec_time', 5);
            expect(counters.getAll()).toEqual([
                expect.objectContaining({ name: 'dummy.exec_count', type: CounterType.Increment, count: 1 }),
                expect.objectContaining({ name: 'dummy.exec_time', type: CounterType.Interval, count: 1, last: 5 }),
            ]);
        });
    });

    describe('Method: dump', () => {
        it('logs each counter at Info, sorted by name', () => {
            const { counters, logger } = withLogger();
            counters.incrementOne('b.calls');
            counters.stats('a.size', 2);
            counters.timestamp('c.seen', new Date('2024-01-02T03:04:05.000Z'));
            counters.dump();
            expect(logger.levels).toEqual([LogLevel.Info, LogLevel.Info, LogLevel.Info]);
            expect(logger.messages).toEqual([
                'Counter a.size { "type": 2, "last": 2, "count": 1, "min": 2, "max": 2, "avg": 2 }',
                'Counter b.calls { "type": 4, "count": 1 }',
                'Counter c.seen { "type": 3, "time": 2024-01-02T03:04:05.000Z }',
            ]);
        });

        it('logs nothing when there are no counters', () => {
            const { counters, logger } = withLogger();
            counters.incrementOne('a');
            counters.clear('a');
            counters.dump();
            expect(logger.messages).toEqual([]);
        });

        it('does not reorder the cache when it sorts', () => {
            const { counters } = withLogger();
            counters.incrementOne('z');
            counters.incrementOne('a');
            counters.dump();
            expect(counters.getAll().map((counter) => counter.name)).toEqual(['z', 'a']);
        });

        it('works without any logger', () => {
            const counters = new LogCounters();
            counters.configure(ConfigParams.fromTuples('options.interval', 0));
            counters.incrementOne('a');
            expect(() => counters.dump()).not.toThrow();
        });
    });
});
