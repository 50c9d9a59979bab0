/** @module log */
import { format } from 'node:util';

import { type ConfigParams } from '../../components/config/ConfigParams';
import { type IReconfigurable } from '../../components/config/IReconfigurable';
import { type IContext } from '../../components/context/IContext';
import { Descriptor } from '../../components/refer/Descriptor';
import { type IReferenceable } from '../../components/refer/IReferenceable';
import { type IReferences } from '../../components/refer/IReferences';
import { type ILogger } from './ILogger';
import { LogLevel } from './LogLevel';
import { LogLevelConverter } from './LogLevelConverter';

/**
 * Abstract logger: captures messages, formats them and hands them to {@link Logger.write},
 * which subclasses implement for their destination.
 *
 * Messages are formatted (Node `util.format`) only when {@link Logger.isLevelEnabled} accepts
 * their level, so disabled levels cost no string work.
 *
 * ### Configuration parameters
 * - `level`: maximum log level to capture (number or name; default Info)
 * - `source`: source (context) name
 *
 * ### References
 * - `*:context-info:*:*:1.0` (optional) a context info component whose `name` becomes the source
 *   when no source is configured
 */
export abstract class Logger implements ILogger, IReconfigurable, IReferenceable {
    /** The maximum level this logger accepts. */
    protected _level: LogLevel = LogLevel.Info;
    /** The source (context) name, or null when unknown. */
    protected _source: string | null = null;

    /**
     * Creates a new logger.
     */
    protected constructor() {}

    /**
     * Configures the logger from `level` and `source`; missing keys keep the current values.
     *
     * @param config - configuration parameters.
     */
    public configure(config: ConfigParams): void {
        this._level = LogLevelConverter.toLogLevel(config.getAsObject('level'), this._level);
        const source = config.getAsNullableString('source');
        if (source != null) {
            this._source = source;
        }
    }

    /**
     * Takes the source name from a `*:context-info:*:*:1.0` component, unless a source is already set.
     *
     * @param references - references to locate the component dependencies.
     */
    public setReferences(references: IReferences): void {
        const contextInfo = references.getOneOptional<{ name?: unknown }>(
            new Descriptor('*', 'context-info', '*', '*', '1.0'),
        );
        if (contextInfo != null && this._source == null && typeof contextInfo.name === 'string') {
            this._source = contextInfo.name;
        }
    }

    /**
     * Gets the maximum level this logger accepts.
     *
     * @returns the maximum log level.
     */
    public getLevel(): LogLevel {
        return this._level;
    }

    /**
     * Sets the maximum level this logger accepts.
     *
     * @param value - the new maximum log level.
     */
    public setLevel(value: LogLevel): void {
        this._level = value;
    }

    /**
     * Gets the source (context) name.
     *
     * @returns the source name, or null when unknown.
     */
    public getSource(): string | null {
        return this._source;
    }

    /**
     * Sets the source (context) name.
     *
     * @param value - the new source name.
     */
    public setSource(value: string | null): void {
        this._source = value;
    }

    /**
     * Writes an already formatted message to the destination.
     *
     * @param level - the message level.
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) an error associated with the message.
     * @param message - the formatted message.
     */
    protected abstract write(level: LogLevel, context: IContext | null, error: Error | null, message: string): void;

    /**
     * Tells whether a message of the given level would be written. Checked before any formatting.
     *
     * @param level - the message level.
     * @returns true when the level is at or below this logger's level.
     */
    protected isLevelEnabled(level: LogLevel): boolean {
        return level <= this._level;
    }

    /**
     * Formats a message with `util.format` (only when `args` are given) and writes it,
     * provided the level is enabled.
     *
     * @param level - the message level.
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) an error associated with the message.
     * @param message - the message template; null becomes an empty string.
     * @param args - values for the template placeholders.
     */
    protected formatAndWrite(
        level: LogLevel, context: IContext | null, error: Error | null, message: string | null, ...args: unknown[]
    ): void {
        if (!this.isLevelEnabled(level)) {
            return;
        }
        let text = message ?? '';
        if (args.length > 0) {
            text = format(text, ...args);
        }
        this.write(level, context, error ?? null, text);
    }

    /**
     * Logs a message at the given level.
     *
     * @param level - the message level.
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) an error associated with the message.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    public log(level: LogLevel, context: IContext | null, error: Error | null, message: string, ...args: unknown[]): void {
        // The checks before each spread avoid copying `args` for disabled levels (hot path: trace on every call).
        if (this.isLevelEnabled(level)) {
            this.formatAndWrite(level, context, error, message, ...args);
        }
    }

    /**
     * Logs an unrecoverable error that crashes the process.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) the error.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    public fatal(context: IContext | null, error: Error | null, message: string, ...args: unknown[]): void {
        if (this.isLevelEnabled(LogLevel.Fatal)) {
            this.formatAndWrite(LogLevel.Fatal, context, error, message, ...args);
        }
    }

    /**
     * Logs a recoverable error.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) the error.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    public error(context: IContext | null, error: Error | null, message: string, ...args: unknown[]): void {
        if (this.isLevelEnabled(LogLevel.Error)) {
            this.formatAndWrite(LogLevel.Error, context, error, message, ...args);
        }
    }

    /**
     * Logs a warning.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    public warn(context: IContext | null, message: string, ...args: unknown[]): void {
        if (this.isLevelEnabled(LogLevel.Warn)) {
            this.formatAndWrite(LogLevel.Warn, context, null, message, ...args);
        }
    }

    /**
     * Logs an important information message.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    public info(context: IContext | null, message: string, ...args: unknown[]): void {
        if (this.isLevelEnabled(LogLevel.Info)) {
            this.formatAndWrite(LogLevel.Info, context, null, message, ...args);
        }
    }

    /**
     * Logs high-level debug information.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    public debug(context: IContext | null, message: string, ...args: unknown[]): void {
        if (this.isLevelEnabled(LogLevel.Debug)) {
            this.formatAndWrite(LogLevel.Debug, context, null, message, ...args);
        }
    }

    /**
     * Logs low-level tracing information.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    public trace(context: IContext | null, message: string, ...args: unknown[]): void {
        if (this.isLevelEnabled(LogLevel.Trace)) {
            this.formatAndWrite(LogLevel.Trace, context, null, message, ...args);
        }
    }

    /**
     * Describes an error in one line: message, cause and stack trace.
     *
     * @param error - the error to describe.
     * @returns the human-readable description.
     */
    protected composeError(error: Error): string {
        let result = error.message;
        const cause: unknown = (error as { cause?: unknown }).cause;
        if (cause != null && cause !== '') {
            result += ' Caused by: ' + (cause instanceof Error ? cause.message : String(cause));
        }
        if (error.stack) {
            result += ' Stack trace: ' + error.stack;
        }
        return result;
    }
}
