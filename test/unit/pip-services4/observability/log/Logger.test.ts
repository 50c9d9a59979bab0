import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { type IContext } from '../../../../../src/pip-services4/components/context/IContext';
import { Logger } from '../../../../../src/pip-services4/observability/log/Logger';
import { LogLevel } from '../../../../../src/pip-services4/observability/log/LogLevel';
import { RealStyleReferences, realDescriptor } from '../RealStyleReferences';

/** Records what the base class hands to write(). */
class RecordingLogger extends Logger {
    public readonly written: { level: LogLevel; context: IContext | null; error: Error | null; message: string }[] = [];

    public constructor() {
        super();
    }

    protected write(level: LogLevel, context: IContext | null, error: Error | null, message: string): void {
        this.written.push({ level, context, error, message });
    }

    public describe(error: Error): string {
        return this.composeError(error);
    }
}

/** An argument that counts how often util.format turned it into a string. */
function countingArg(): { toString(): string; calls: number } {
    const arg = { calls: 0, toString(): string { arg.calls++; return 'X'; } };
    return arg;
}

describe('Class: Logger', () => {
    describe('Method: configure', () => {
        it('reads level and source', () => {
            const logger = new RecordingLogger();
            logger.configure(ConfigParams.fromTuples('level', 'debug', 'source', 'my-service'));
            expect(logger.getLevel()).toBe(LogLevel.Debug);
            expect(logger.getSource()).toBe('my-service');
        });

        it('keeps the current level and source when the keys are missing', () => {
            const logger = new RecordingLogger();
            logger.setLevel(LogLevel.Error);
            logger.setSource('kept');
            logger.configure(ConfigParams.fromTuples('other', 'x'));
            expect(logger.getLevel()).toBe(LogLevel.Error);
            expect(logger.getSource()).toBe('kept');
        });

        it('keeps the current level when the configured one is invalid', () => {
            const logger = new RecordingLogger();
            logger.configure(ConfigParams.fromTuples('level', 'loud'));
            expect(logger.getLevel()).toBe(LogLevel.Info);
        });
    });

    describe('Method: setReferences', () => {
        it('takes the source from a context-info component', () => {
            const logger = new RecordingLogger();
            logger.setReferences(RealStyleReferences.fromTuples(
                realDescriptor('pip-services', 'context-info', 'default', 'default', '1.0'), { name: 'from-info' },
            ));
            expect(logger.getSource()).toBe('from-info');
        });

        it('does not override a configured source', () => {
            const logger = new RecordingLogger();
            logger.setSource('configured');
            logger.setReferences(RealStyleReferences.fromTuples(
                realDescriptor('pip-services', 'context-info', 'default', 'default', '1.0'), { name: 'from-info' },
            ));
            expect(logger.getSource()).toBe('configured');
        });

        it('ignores a missing context-info', () => {
            const logger = new RecordingLogger();
            logger.setReferences(new RealStyleReferences());
            expect(logger.getSource()).toBeNull();
        });
    });

    describe('Method: log', () => {
        it('formats the message with util.format and passes level, context and error', () => {
            const logger = new RecordingLogger();
            const context = { get: (): unknown => '123' };
            const error = new Error('boom');
            logger.log(LogLevel.Warn, context, error, 'value %s and %d', 'a', 7);
            expect(logger.written).toEqual([{ level: LogLevel.Warn, context, error, message: 'value a and 7' }]);
        });

        it('leaves placeholders alone when no args are given', () => {
            const logger = new RecordingLogger();
            logger.info(null, '100%s sure');
            expect(logger.written[0].message).toBe('100%s sure');
        });

        it('turns a null message into an empty string', () => {
            const logger = new RecordingLogger();
            logger.error(null, new Error('x'), null as unknown as string);
            expect(logger.written[0].message).toBe('');
        });

        it('neither formats nor writes messages above its level', () => {
            const logger = new RecordingLogger();
            const arg = countingArg();
            logger.debug(null, 'value %s', arg);
            logger.trace(null, 'value %s', arg);
            logger.log(LogLevel.Trace, null, null, 'value %s', arg);
            expect(arg.calls).toBe(0);
            expect(logger.written).toHaveLength(0);
        });

        it('writes each level through its own method', () => {
            const logger = new RecordingLogger();
            logger.setLevel(LogLevel.Trace);
            const error = new Error('e');
            logger.fatal(null, error, 'f');
            logger.error(null, error, 'e');
            logger.warn(null, 'w');
            logger.info(null, 'i');
            logger.debug(null, 'd');
            logger.trace(null, 't');
            expect(logger.written.map((entry) => [entry.level, entry.message, entry.error])).toEqual([
                [LogLevel.Fatal, 'f', error], [LogLevel.Error, 'e', error], [LogLevel.Warn, 'w', null],
                [LogLevel.Info, 'i', null], [LogLevel.Debug, 'd', null], [LogLevel.Trace, 't', null],
            ]);
        });
    });

    describe('Method: composeError', () => {
        it('includes the message, the cause and the stack', () => {
            const logger = new RecordingLogger();
            const error = new Error('outer', { cause: new Error('inner') });
            const text = logger.describe(error);
            expect(text).toMatch(/^outer Caused by: inner Stack trace: Error: outer/);
        });

        it('accepts a string cause, as pip-services4 exceptions store it', () => {
            const logger = new RecordingLogger();
            const error = Object.assign(new Error('outer'), { cause: 'inner text', stack: undefined });
            expect(logger.describe(error)).toBe('outer Caused by: inner text');
        });
    });
});
