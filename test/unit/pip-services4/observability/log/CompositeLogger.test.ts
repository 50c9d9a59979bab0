import { References } from '../../../../../src/pip-services4/components/refer/References';
import { Descriptor } from '../../../../../src/pip-services4/components/refer/Descriptor';
import { CompositeLogger } from '../../../../../src/pip-services4/observability/log/CompositeLogger';
import { LogLevel } from '../../../../../src/pip-services4/observability/log/LogLevel';
import { RealStyleContext, RealStyleReferences, realDescriptor, type RealDescriptorInstance } from '../RealStyleReferences';

/** Look-alike of a user's real pip-services4 logger: same methods, not derived from our classes. */
class UserLogger {
    public level = 4; // Info
    public readonly entries: unknown[][] = [];

    public getLevel(): number { return this.level; }
    public setLevel(value: number): void { this.level = value; }
    public log(level: number, context: unknown, error: unknown, message: string, ...args: unknown[]): void {
        this.entries.push([level, context, error, message, ...args]);
    }
}

/** A logger that only has `log` (no getLevel): it must receive every level. */
class LogOnlyLogger {
    public readonly entries: unknown[][] = [];

    public log(level: number, context: unknown, error: unknown, message: string): void {
        this.entries.push([level, context, error, message]);
    }
}

/** An argument that counts how often util.format turned it into a string. */
function countingArg(): { toString(): string; calls: number } {
    const arg = { calls: 0, toString(): string { arg.calls++; return 'X'; } };
    return arg;
}

const loggerLocator = (name: string): RealDescriptorInstance =>
    realDescriptor('pip-services', 'logger', 'console', name, '1.0');

describe('Class: CompositeLogger', () => {
    describe('Method: setReferences', () => {
        it('finds a user logger registered in real-style references by shape', () => {
            // Prepare
            const user = new UserLogger();
            const composite = new CompositeLogger();
            // Act
            composite.setReferences(RealStyleReferences.fromTuples(loggerLocator('default'), user));
            composite.info(null, 'hello %s', 'you');
            // Assess
            expect(user.entries).toEqual([[LogLevel.Info, null, null, 'hello you']]);
        });

        it('finds loggers registered in our References under a descriptor of any group, kind and name', () => {
            const first = new UserLogger();
            const second = new UserLogger();
            const composite = new CompositeLogger(References.fromTuples(
                new Descriptor('my-app', 'logger', 'custom', 'a', '2.0'), first,
                new Descriptor('pip-services', 'logger', 'console', 'b', '1.0'), second,
            ));
            composite.warn(null, 'w');
            expect(first.entries).toHaveLength(1);
            expect(second.entries).toHaveLength(1);
        });

        it('skips components without a log function', () => {
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(
                loggerLocator('broken'), { getLevel: (): number => 6 },
                loggerLocator('string'), 'not a logger',
            ));
            expect(() => composite.error(null, new Error('x'), 'e')).not.toThrow();
            expect(composite.getLevel()).toBe(LogLevel.None);
        });

        it('skips itself when registered as a logger', () => {
            const composite = new CompositeLogger();
            const user = new UserLogger();
            composite.setReferences(RealStyleReferences.fromTuples(loggerLocator('self'), composite, loggerLocator('user'), user));
            expect(() => composite.info(null, 'no recursion')).not.toThrow();
            expect(user.entries).toHaveLength(1);
        });

        it('does not duplicate loggers when called twice', () => {
            const user = new UserLogger();
            const references = RealStyleReferences.fromTuples(loggerLocator('default'), user);
            const composite = new CompositeLogger();
            composite.setReferences(references);
            composite.setReferences(references);
            composite.info(null, 'once');
            expect(user.entries).toHaveLength(1);
        });

        it('adds loggers that appear in a later call', () => {
            const first = new UserLogger();
            const second = new UserLogger();
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), first));
            composite.setReferences(RealStyleReferences.fromTuples(loggerLocator('a'), first, loggerLocator('b'), second));
            composite.info(null, 'm');
            expect(first.entries).toHaveLength(1);
            expect(second.entries).toHaveLength(1);
        });

        it('takes the source from a context-info component', () => {
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(
                realDescriptor('pip-services', 'context-info', 'default', 'default', '1.0'), { name: 'svc' },
            ));
            expect(composite.getSource()).toBe('svc');
        });
    });

    describe('Method: log', () => {
        it('forwards the formatted message, the context and the error to every child', () => {
            const user = new UserLogger();
            const logOnly = new LogOnlyLogger();
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), user, loggerLocator('b'), logOnly));
            const context = new RealStyleContext({ trace_id: '123' });
            const error = new Error('boom');
            composite.error(context, error, 'Failed to call %s method', 'dummy.get');
            const expected = [LogLevel.Error, context, error, 'Failed to call dummy.get method'];
            expect(user.entries).toEqual([expected]);
            expect(logOnly.entries).toEqual([expected]);
        });

        it('does no formatting when there are no children', () => {
            const composite = new CompositeLogger();
            const arg = countingArg();
            composite.trace(null, 'Executing %s method', arg);
            composite.error(null, new Error('x'), 'Failed %s', arg);
            expect(arg.calls).toBe(0);
        });

        it('does no formatting and no forwarding when no child accepts the level', () => {
            const user = new UserLogger(); // Info
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), user));
            const arg = countingArg();
            composite.trace(null, 'Executing %s method', arg);
            composite.debug(null, 'Debug %s', arg);
            composite.log(LogLevel.Trace, null, null, 'Log %s', arg);
            expect(arg.calls).toBe(0);
            expect(user.entries).toHaveLength(0);
        });

        it('forwards when at least one child accepts the level', () => {
            const infoLogger = new UserLogger();
            const traceLogger = new UserLogger();
            traceLogger.level = LogLevel.Trace;
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), infoLogger, loggerLocator('b'), traceLogger));
            const arg = countingArg();
            composite.trace(null, 'Executing %s method', arg);
            expect(arg.calls).toBe(1);
            expect(traceLogger.entries).toEqual([[LogLevel.Trace, null, null, 'Executing X method']]);
        });

        it('sends every level to a child without getLevel', () => {
            const logOnly = new LogOnlyLogger();
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), logOnly));
            composite.trace(null, 't %d', 1);
            expect(logOnly.entries).toEqual([[LogLevel.Trace, null, null, 't 1']]);
        });

        it('follows a child level changed after setReferences', () => {
            const user = new UserLogger();
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), user));
            composite.trace(null, 'before');
            user.setLevel(LogLevel.Trace);
            composite.trace(null, 'after');
            expect(user.entries).toEqual([[LogLevel.Trace, null, null, 'after']]);
        });

        it('treats a child whose getLevel returns a non-number as accepting everything', () => {
            const odd = { getLevel: (): unknown => undefined, log: jest.fn() };
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), odd));
            composite.trace(null, 'x');
            expect(odd.log).toHaveBeenCalledWith(LogLevel.Trace, null, null, 'x');
        });

        it('is capped by its own level', () => {
            const logOnly = new LogOnlyLogger();
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), logOnly));
            composite.setLevel(LogLevel.Warn);
            composite.info(null, 'hidden');
            composite.warn(null, 'shown');
            expect(logOnly.entries).toEqual([[LogLevel.Warn, null, null, 'shown']]);
        });

        it('propagates an error thrown by a child', () => {
            const failing = { log: (): void => { throw new Error('disk full'); } };
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), failing));
            expect(() => composite.info(null, 'x')).toThrow('disk full');
        });
    });

    describe('Method: getLevel', () => {
        it('reports None without children', () => {
            expect(new CompositeLogger().getLevel()).toBe(LogLevel.None);
        });

        it('reports the most verbose child level', () => {
            const info = new UserLogger();
            const debug = new UserLogger();
            debug.level = LogLevel.Debug;
            const composite = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('a'), info, loggerLocator('b'), debug));
            expect(composite.getLevel()).toBe(LogLevel.Debug);
        });

        it('lets a nested composite pass trace messages on', () => {
            const logOnly = new LogOnlyLogger();
            const inner = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('leaf'), logOnly));
            const outer = new CompositeLogger(RealStyleReferences.fromTuples(loggerLocator('inner'), inner));
            outer.trace(null, 'deep %s', 'message');
            expect(logOnly.entries).toEqual([[LogLevel.Trace, null, null, 'deep message']]);
        });
    });
});
