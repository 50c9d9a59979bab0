import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { LogLevel } from '../../../../../src/pip-services4/observability/log/LogLevel';
import { LogTracer } from '../../../../../src/pip-services4/observability/trace/LogTracer';
import { RealStyleContext, RealStyleReferences, realDescriptor } from '../RealStyleReferences';

/** Look-alike of a user's real logger that accepts every level. */
class UserLogger {
    public readonly entries: unknown[][] = [];

    public getLevel(): number { return LogLevel.Trace; }
    public log(level: number, context: unknown, error: unknown, message: string): void {
        this.entries.push([level, context, error, message]);
    }
}

function withLogger(): { tracer: LogTracer; logger: UserLogger } {
    const logger = new UserLogger();
    const tracer = new LogTracer();
    tracer.setReferences(RealStyleReferences.fromTuples(realDescriptor('pip-services', 'logger', 'console', 'default', '1.0'), logger));
    return { tracer, logger };
}

describe('Class: LogTracer', () => {
    afterEach(() => {
        jest.useRealTimers();
    });

    describe('Method: trace', () => {
        it('logs "Executed <component>.<operation> in N msec" at Debug by default', () => {
            const { tracer, logger } = withLogger();
            const context = new RealStyleContext({ trace_id: '1' });
            tracer.trace(context, 'dummy', 'get', 12);
            expect(logger.entries).toEqual([[LogLevel.Debug, context, null, 'Executed dummy.get in 12 msec']]);
        });

        it('leaves out an empty operation and a duration that rounds to 0', () => {
            const { tracer, logger } = withLogger();
            tracer.trace(null, 'dummy.get_dummy_by_id', null, 0.2);
            tracer.trace(null, 'dummy', '', 3.6);
            expect(logger.entries.map((entry) => entry[3])).toEqual(['Executed dummy.get_dummy_by_id', 'Executed dummy in 4 msec']);
        });
    });

    describe('Method: configure', () => {
        it('uses options.log_level for successful traces', () => {
            const { tracer, logger } = withLogger();
            tracer.configure(ConfigParams.fromTuples('options.log_level', 'info'));
            tracer.trace(null, 'c', null, 1);
            expect(logger.entries[0][0]).toBe(LogLevel.Info);
        });

        it('keeps Debug when options.log_level is missing or invalid', () => {
            const { tracer, logger } = withLogger();
            tracer.configure(ConfigParams.fromTuples('options.log_level', 'loud'));
            tracer.configure(new ConfigParams());
            tracer.trace(null, 'c', null, 1);
            expect(logger.entries[0][0]).toBe(LogLevel.Debug);
        });
    });

    describe('Method: failure', () => {
        it('logs "Failed to execute ..." at Error with the error', () => {
            const { tracer, logger } = withLogger();
            const error = new Error('boom');
            tracer.failure(null, 'dummy', 'get', error, 5);
            expect(logger.entries).toEqual([[LogLevel.Error, null, error, 'Failed to execute dummy.get in 5 msec']]);
        });
    });

    describe('Method: beginTrace', () => {
        it('logs the trace when the timing ends', () => {
            jest.useFakeTimers();
            const { tracer, logger } = withLogger();
            const timing = tracer.beginTrace(null, 'dummy', 'get');
            jest.advanceTimersByTime(20);
            timing.endTrace();
            expect(logger.entries).toEqual([[LogLevel.Debug, null, null, 'Executed dummy.get in 20 msec']]);
        });

        it('does not throw without loggers', () => {
            const tracer = new LogTracer();
            expect(() => tracer.beginTrace(null, 'c', null).endFailure(new Error('x'))).not.toThrow();
        });
    });
});
