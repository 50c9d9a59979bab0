/** @module log */
import { type IContext } from '../../components/context/IContext';
import { ContextResolver } from '../../components/context/ContextResolver';
import { Logger } from './Logger';
import { LogLevel } from './LogLevel';
import { LogLevelConverter } from './LogLevelConverter';

/**
 * Logger that prints to the console: fatal, error and warn messages to stderr, the rest to stdout.
 *
 * Each line reads `[<trace id or --->:<LEVEL>:<ISO time>] message`, followed by the error
 * (message, cause, stack) when one is given.
 *
 * ### Configuration parameters
 * - `level`: maximum log level to print (default Info)
 * - `source`: source (context) name
 *
 * @example
 * ```ts
 * const logger = new ConsoleLogger();
 * logger.setLevel(LogLevel.Debug);
 * logger.error(Context.fromTraceId('123'), err, 'Failed: %s', err.message);
 * logger.debug(null, 'Everything is OK.');
 * ```
 */
export class ConsoleLogger extends Logger {
    /**
     * Creates a new console logger with level Info.
     */
    public constructor() {
        super();
    }

    /**
     * Prints one formatted line if the level is enabled.
     *
     * @param level - the message level.
     * @param context - (optional) execution context carrying the trace id.
     * @param error - (optional) an error associated with the message.
     * @param message - the formatted message.
     */
    protected write(level: LogLevel, context: IContext | null, error: Error | null, message: string): void {
        // Also checked here because subclasses may call write directly.
        if (this.getLevel() < level) {
            return;
        }

        let line = '[' + (ContextResolver.getTraceId(context) ?? '---') + ':'
            + LogLevelConverter.toString(level) + ':' + new Date().toISOString() + '] ' + message;

        if (error != null) {
            line += message.length === 0 ? 'Error: ' : ': ';
            line += this.composeError(error);
        }

        if (level === LogLevel.Fatal || level === LogLevel.Error || level === LogLevel.Warn) {
            console.error(line);
        } else {
            console.log(line);
        }
    }
}
