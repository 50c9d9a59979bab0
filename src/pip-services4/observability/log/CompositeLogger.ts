/** @module log */
import { type IContext } from '../../components/context/IContext';
import { Descriptor } from '../../components/refer/Descriptor';
import { type IReferenceable } from '../../components/refer/IReferenceable';
import { type IReferences } from '../../components/refer/IReferences';
import { type ILogger } from './ILogger';
import { Logger } from './Logger';
import { LogLevel } from './LogLevel';

/** A referenced logger as the composite sees it: `log` is required, `getLevel` optional. */
type ChildLogger = Pick<ILogger, 'log'> & Partial<Pick<ILogger, 'getLevel'>>;

/**
 * Aggregates every logger found in the references and forwards each message to all of them.
 *
 * Loggers are found by shape: any `*:logger:*:*:*` component with a `log` function, including
 * real pip-services4 loggers; the composite itself is skipped. Calling {@link CompositeLogger.setReferences}
 * again adds only loggers not collected yet (pip-services4 appended duplicates).
 *
 * A message is formatted once and only if at least one child accepts its level: a child's `getLevel()`
 * is asked on every message (so later level changes count); a child without `getLevel` accepts everything.
 * With no child accepting, a call does no formatting at all. The composite's own level (default Trace)
 * is an extra cap; pip-services4's composite ignored its level.
 *
 * ### References
 * - `*:logger:*:*:1.0` (optional) loggers to forward messages to
 * - `*:context-info:*:*:1.0` (optional) context info naming the source
 *
 * @example
 * ```ts
 * class MyComponent implements IReferenceable {
 *     private _logger = new CompositeLogger();
 *
 *     public setReferences(references: IReferences): void {
 *         this._logger.setReferences(references);
 *     }
 *
 *     public myMethod(context: IContext | null): void {
 *         this._logger.debug(context, 'Called method %s', 'mycomponent.mymethod');
 *     }
 * }
 * ```
 */
export class CompositeLogger extends Logger implements IReferenceable {
    private readonly _loggers: ChildLogger[] = [];

    /**
     * Creates a new composite logger.
     *
     * @param references - (optional) references to collect the loggers from right away.
     */
    public constructor(references: IReferences | null = null) {
        super();
        this._level = LogLevel.Trace;
        if (references != null) {
            this.setReferences(references);
        }
    }

    /**
     * Collects the referenced loggers (by shape, skipping itself and ones already collected)
     * and the optional context info.
     *
     * @param references - references to locate the loggers.
     */
    public override setReferences(references: IReferences): void {
        super.setReferences(references);

        const candidates = references.getOptional<unknown>(new Descriptor(null, 'logger', null, null, null));
        for (const candidate of candidates) {
            if (candidate === this || !CompositeLogger.isLogger(candidate)) {
                continue;
            }
            if (!this._loggers.includes(candidate)) {
                this._loggers.push(candidate);
            }
        }
    }

    /**
     * Gets the most verbose level any child accepts, capped by this composite's own level,
     * so that a composite nested in another composite reports what it will really pass on.
     *
     * @returns the effective level; None when there are no children.
     */
    public override getLevel(): LogLevel {
        let max: LogLevel = LogLevel.None;
        for (const logger of this._loggers) {
            const level = CompositeLogger.levelOf(logger);
            if (level > max) {
                max = level;
            }
        }
        return Math.min(max, this._level);
    }

    /**
     * Tells whether at least one child accepts the level (and the composite's own cap allows it).
     *
     * @param level - the message level.
     * @returns true when the message must be formatted and forwarded.
     */
    protected override isLevelEnabled(level: LogLevel): boolean {
        if (level > this._level) {
            return false;
        }
        const loggers = this._loggers;
        for (let i = 0; i < loggers.length; i++) {
            if (level <= CompositeLogger.levelOf(loggers[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Forwards a formatted message to every child.
     *
     * @param level - the message level.
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) an error associated with the message.
     * @param message - the formatted message.
     */
    protected write(level: LogLevel, context: IContext | null, error: Error | null, message: string): void {
        for (const logger of this._loggers) {
            logger.log(level, context, error, message);
        }
    }

    private static isLogger(value: unknown): value is ChildLogger {
        return value != null && typeof (value as { log?: unknown }).log === 'function';
    }

    private static levelOf(logger: ChildLogger): number {
        if (typeof logger.getLevel !== 'function') {
            return LogLevel.Trace;
        }
        const level: unknown = logger.getLevel();
        // A level we cannot read must not silence the logger.
        return typeof level === 'number' ? level : LogLevel.Trace;
    }
}
