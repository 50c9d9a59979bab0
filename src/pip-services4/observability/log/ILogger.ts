/** @module log */
import { type IContext } from '../../components/context/IContext';
import { type LogLevel } from './LogLevel';

/**
 * Interface for components that capture execution log messages (same surface as pip-services4).
 *
 * Messages are `util.format` templates (`%s`, `%d`, `%j`, ...) filled with `args`.
 */
export interface ILogger {
    /**
     * Gets the maximum level this logger accepts; messages above it are dropped.
     *
     * @returns the maximum log level.
     */
    getLevel(): LogLevel;

    /**
     * Sets the maximum level this logger accepts.
     *
     * @param value - the new maximum log level.
     */
    setLevel(value: LogLevel): void;

    /**
     * Logs a message at the given level.
     *
     * @param level - the message level.
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) an error associated with the message.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    log(level: LogLevel, context: IContext | null, error: Error | null, message: string, ...args: unknown[]): void;

    /**
     * Logs an unrecoverable error that crashes the process.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) the error.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    fatal(context: IContext | null, error: Error | null, message: string, ...args: unknown[]): void;

    /**
     * Logs a recoverable error.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) the error.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    error(context: IContext | null, error: Error | null, message: string, ...args: unknown[]): void;

    /**
     * Logs a warning.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    warn(context: IContext | null, message: string, ...args: unknown[]): void;

    /**
     * Logs an important information message.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    info(context: IContext | null, message: string, ...args: unknown[]): void;

    /**
     * Logs high-level debug information.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    debug(context: IContext | null, message: string, ...args: unknown[]): void;

    /**
     * Logs low-level tracing information.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param message - a human-readable message template.
     * @param args - values for the template placeholders.
     */
    trace(context: IContext | null, message: string, ...args: unknown[]): void;
}
