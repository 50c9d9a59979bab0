/** @module log */
import { type IContext } from '../../components/context/IContext';
import { type ILogger } from './ILogger';
import { LogLevel } from './LogLevel';

/**
 * Logger that discards every message. Use it where a logger is required but output is not wanted.
 */
export class NullLogger implements ILogger {
    /**
     * Creates a new null logger.
     */
    public constructor() {}

    /**
     * Gets the maximum log level; always None, so callers that check the level skip their work.
     *
     * @returns {@link LogLevel.None}.
     */
    public getLevel(): LogLevel {
        return LogLevel.None;
    }

    /**
     * Ignores the new level.
     *
     * @param _value - the new maximum log level (ignored).
     */
    public setLevel(_value: LogLevel): void {}

    /**
     * Discards the message.
     *
     * @param _level - the message level.
     * @param _context - (optional) execution context.
     * @param _error - (optional) an error.
     * @param _message - the message template.
     * @param _args - the template values.
     */
    public log(_level: LogLevel, _context: IContext | null, _error: Error | null, _message: string, ..._args: unknown[]): void {}

    /**
     * Discards the message.
     *
     * @param _context - (optional) execution context.
     * @param _error - (optional) an error.
     * @param _message - the message template.
     * @param _args - the template values.
     */
    public fatal(_context: IContext | null, _error: Error | null, _message: string, ..._args: unknown[]): void {}

    /**
     * Discards the message.
     *
     * @param _context - (optional) execution context.
     * @param _error - (optional) an error.
     * @param _message - the message template.
     * @param _args - the template values.
     */
    public error(_context: IContext | null, _error: Error | null, _message: string, ..._args: unknown[]): void {}

    /**
     * Discards the message.
     *
     * @param _context - (optional) execution context.
     * @param _message - the message template.
     * @param _args - the template values.
     */
    public warn(_context: IContext | null, _message: string, ..._args: unknown[]): void {}

    /**
     * Discards the message.
     *
     * @param _context - (optional) execution context.
     * @param _message - the message template.
     * @param _args - the template values.
     */
    public info(_context: IContext | null, _message: string, ..._args: unknown[]): void {}

    /**
     * Discards the message.
     *
     * @param _context - (optional) execution context.
     * @param _message - the message template.
     * @param _args - the template values.
     */
    public debug(_context: IContext | null, _message: string, ..._args: unknown[]): void {}

    /**
     * Discards the message.
     *
     * @param _context - (optional) execution context.
     * @param _message - the message template.
     * @param _args - the template values.
     */
    public trace(_context: IContext | null, _message: string, ..._args: unknown[]): void {}
}
