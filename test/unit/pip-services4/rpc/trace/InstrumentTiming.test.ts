import { type IContext } from '../../../../../src/pip-services4/components/context/IContext';
import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { References } from '../../../../../src/pip-services4/components/refer/References';
import { CompositeCounters, CounterType, LogCounters } from '../../../../../src/pip-services4/observability/count';
import { CompositeLogger, LogLevel } from '../../../../../src/pip-services4/observability/log';
import { CompositeTracer, LogTracer } from '../../../../../src/pip-services4/observability/trace';
import { CounterTiming } from '../../../../../src/pip-services4/observability/count/CounterTiming';
import { type ICounters } from '../../../../../src/pip-services4/observability/count/ICounters';
import { type ILogger } from '../../../../../src/pip-services4/observability/log/ILogger';
import { TraceTiming } from '../../../../../src/pip-services4/observability/trace/TraceTiming';
import { InstrumentTiming } from '../../../../../src/pip-services4/rpc/trace/InstrumentTiming';

interface Parts {
    context: IContext;
    logger: jest.Mocked<ILogger>;
    counters: jest.Mocked<ICounters>;
    counterTiming: CounterTiming;
    traceTiming: TraceTiming;
    counterCallback: { endTiming: jest.Mock };
    tracer: { trace: jest.Mock; failure: jest.Mock; beginTrace: jest.Mock };
}

function parts(): Parts {
    const context = { get: (key: string): unknown => (key === 'trace_id' ? 'abc' : null) };
    const logger = {
        getLevel: jest.fn(), setLevel: jest.fn(), log: jest.fn(), fatal: jest.fn(), error: jest.fn(),
        warn: jest.fn(), info: jest.fn(), debug: jest.fn(), trace: jest.fn(),
    };
    const counters = {
        beginTiming: jest.fn(), stats: jest.fn(), last: jest.fn(), timestampNow: jest.fn(),
        timestamp: jest.fn(), incrementOne: jest.fn(), increment: jest.fn(),
    };
    const counterCallback = { endTiming: jest.fn() };
    const tracer = { trace: jest.fn(), failure: jest.fn(), beginTrace: jest.fn() };
    return {
        context, logger, counters, counterCallback, tracer,
        counterTiming: new CounterTiming('dummy.get.exec_time', counterCallback),
        traceTiming: new TraceTiming(context, 'dummy.get', null, tracer),
    };
}

function create(p: Parts, verb: string | null = 'exec'): InstrumentTiming {
    return new InstrumentTiming(p.context, 'dummy.get', verb, p.logger, p.counters, p.counterTiming, p.traceTiming);
}

describe('Class: InstrumentTiming', () => {
    describe('Method: endTiming', () => {
        it('ends as a success without an error', () => {
            const p = parts();
            create(p).endTiming();
            expect(p.counterCallback.endTiming).toHaveBeenCalledWith('dummy.get.exec_time', expect.any(Number));
            expect(p.tracer.trace).toHaveBeenCalledWith(p.context, 'dummy.get', null, expect.any(Number));
            expect(p.logger.error).not.toHaveBeenCalled();
            expect(p.counters.incrementOne).not.toHaveBeenCalled();
        });

        it('ends as a failure with an error', () => {
            const p = parts();
            const error = new Error('boom');
            create(p).endTiming(error);
            expect(p.tracer.failure).toHaveBeenCalledWith(p.context, 'dummy.get', null, error, expect.any(Number));
            expect(p.counters.incrementOne).toHaveBeenCalledWith('dummy.get.exec_errors');
        });

        it('is one-shot: a second end does nothing', () => {
            const p = parts();
            const timing = create(p);
            timing.endTiming(new Error('first'));
            timing.endTiming(new Error('second'));
            timing.endSuccess();
            expect(p.counterCallback.endTiming).toHaveBeenCalledTimes(1);
            expect(p.logger.error).toHaveBeenCalledTimes(1);
            expect(p.counters.incrementOne).toHaveBeenCalledTimes(1);
            expect(p.tracer.failure).toHaveBeenCalledTimes(1);
            expect(p.tracer.trace).not.toHaveBeenCalled();
        });
    });

    describe('Method: endSuccess', () => {
        it('ends the counter timing and the trace once', () => {
            const p = parts();
            const timing = create(p);
            timing.endSuccess();
            timing.endSuccess();
            expect(p.counterCallback.endTiming).toHaveBeenCalledTimes(1);
            expect(p.tracer.trace).toHaveBeenCalledTimes(1);
        });
    });

    describe('Method: endFailure', () => {
        it('logs "Failed to call %s method" with the name, the context and the error', () => {
            const p = parts();
            const error = new Error('boom');
            create(p).endFailure(error);
            expect(p.logger.error).toHaveBeenCalledWith(p.context, error, 'Failed to call %s method', 'dummy.get');
            expect(p.counterCallback.endTiming).toHaveBeenCalledTimes(1);
        });

        it('uses the verb "call" in the error counter when the verb is empty or null', () => {
            const withNull = parts();
            create(withNull, null).endFailure(new Error('x'));
            const withEmpty = parts();
            create(withEmpty, '').endFailure(new Error('x'));
            expect(withNull.counters.incrementOne).toHaveBeenCalledWith('dummy.get.call_errors');
            expect(withEmpty.counters.incrementOne).toHaveBeenCalledWith('dummy.get.call_errors');
        });

        it('ends the trace as a success when the error is null', () => {
            const p = parts();
            create(p).endFailure(null);
            expect(p.tracer.trace).toHaveBeenCalledTimes(1);
            expect(p.tracer.failure).not.toHaveBeenCalled();
            expect(p.logger.error).not.toHaveBeenCalled();
        });

        it('works when logger, counters and timings are null', () => {
            const timing = new InstrumentTiming(null, 'x', null, null, null, null, null);
            expect(() => timing.endFailure(new Error('x'))).not.toThrow();
            expect(() => timing.endSuccess()).not.toThrow();
        });
    });
});

describe('Class: InstrumentTiming (with the composites, as LambdaClient.instrument wires it)', () => {
    it('records counters in a referenced LogCounters and logs the failure through a user logger', () => {
        // Prepare: a user's logger look-alike, our LogCounters and LogTracer, all found by shape.
        const messages: unknown[][] = [];
        const userLogger = { getLevel: (): number => LogLevel.Trace, log: (...args: unknown[]): void => { messages.push(args); } };
        const logCounters = new LogCounters();
        const logTracer = new LogTracer();
        const references = References.fromTuples(
            new Descriptor('my-app', 'logger', 'user', 'default', '1.0'), userLogger,
            new Descriptor('pip-services', 'counters', 'log', 'default', '1.0'), logCounters,
            new Descriptor('pip-services', 'tracer', 'log', 'default', '1.0'), logTracer,
        );
        logTracer.setReferences(references);
        const logger = new CompositeLogger(references);
        const counters = new CompositeCounters(references);
        const tracer = new CompositeTracer(references);
        const context = { get: (key: string): unknown => (key === 'trace_id' ? 't1' : null) };

        // Act: what LambdaClient.instrument and a failing call do.
        logger.trace(context, 'Executing %s method', 'dummy.get');
        counters.incrementOne('dummy.get.exec_count');
        const timing = new InstrumentTiming(context, 'dummy.get', 'exec', logger, counters,
            counters.beginTiming('dummy.get.exec_time'), tracer.beginTrace(context, 'dummy.get', null));
        timing.endTiming(new Error('boom'));

        // Assess
        const byName = Object.fromEntries(logCounters.getAll().map((counter) => [counter.name, counter]));
        expect(byName['dummy.get.exec_count']).toEqual(expect.objectContaining({ type: CounterType.Increment, count: 1 }));
        expect(byName['dummy.get.exec_time']).toEqual(expect.objectContaining({ type: CounterType.Interval, count: 1 }));
        expect(byName['dummy.get.exec_errors']).toEqual(expect.objectContaining({ type: CounterType.Increment, count: 1 }));
        expect(messages.map((entry) => [entry[0], entry[3]])).toEqual([
            [LogLevel.Trace, 'Executing dummy.get method'],
            [LogLevel.Error, 'Failed to call dummy.get method'],
            [LogLevel.Error, expect.stringMatching(/^Failed to execute dummy\.get/)],
        ]);
    });
});
