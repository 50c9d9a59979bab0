/** @module trace */
import { type ConfigParams } from '../../components/config/ConfigParams';
import { type IConfigurable } from '../../components/config/IConfigurable';
import { type IContext } from '../../components/context/IContext';
import { type IReferenceable } from '../../components/refer/IReferenceable';
import { type IReferences } from '../../components/refer/IReferences';
import { CompositeLogger } from '../log/CompositeLogger';
import { LogLevel } from '../log/LogLevel';
import { LogLevelConverter } from '../log/LogLevelConverter';
import { type ITracer } from './ITracer';
import { TraceTiming } from './TraceTiming';

/**
 * Tracer that writes traces to the referenced loggers: `Executed <component>[.<operation>] in N msec`
 * at the configured level, and `Failed to execute ...` at Error level with the error.
 * The duration is rounded to whole milliseconds and left out when it rounds to 0.
 *
 * ### Configuration parameters
 * - `options.log_level`: level for successful traces (default Debug)
 *
 * ### References
 * - `*:logger:*:*:1.0` loggers to write the traces to
 * - `*:context-info:*:*:1.0` (optional) context info naming the source
 *
 * @example
 * ```ts
 * const tracer = new LogTracer();
 * tracer.setReferences(References.fromTuples(
 *     new Descriptor('pip-services', 'logger', 'console', 'default', '1.0'), new ConsoleLogger(),
 * ));
 * const timing = tracer.beginTrace(Context.fromTraceId('123'), 'mycomponent', 'mymethod');
 * timing.endTrace();
 * ```
 */
export class LogTracer implements IConfigurable, IReferenceable, ITracer {
    private readonly _logger: CompositeLogger = new CompositeLogger();
    private _logLevel: LogLevel = LogLevel.Debug;

    /**
     * Creates a new log tracer.
     */
    public constructor() {}

    /**
     * Configures the level of successful traces from `options.log_level`.
     *
     * @param config - configuration parameters.
     */
    public configure(config: ConfigParams): void {
        this._logLevel = LogLevelConverter.toLogLevel(config.getAsObject('options.log_level'), this._logLevel);
    }

    /**
     * Collects the loggers to write to.
     *
     * @param references - references to locate the loggers.
     */
    public setReferences(references: IReferences): void {
        this._logger.setReferences(references);
    }

    private logTrace(
        context: IContext | null, component: string, operation: string | null, error: Error | null, duration: number,
    ): void {
        let message = (error != null ? 'Failed to execute ' : 'Executed ') + component;
        if (operation != null && operation !== '') {
            message += '.' + operation;
        }
        const msec = Math.round(duration);
        if (msec > 0) {
            message += ' in ' + msec + ' msec';
        }

        if (error != null) {
            this._logger.error(context, error, message);
        } else {
            this._logger.log(this._logLevel, context, null, message);
        }
    }

    /**
     * Logs a successful operation.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @param duration - the execution time in milliseconds.
     */
    public trace(context: IContext | null, component: string, operation: string | null, duration: number): void {
        this.logTrace(context, component, operation, null, duration);
    }

    /**
     * Logs a failed operation at Error level.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @param error - the error the operation failed with.
     * @param duration - the execution time in milliseconds.
     */
    public failure(
        context: IContext | null, component: string, operation: string | null, error: Error, duration: number,
    ): void {
        this.logTrace(context, component, operation, error, duration);
    }

    /**
     * Begins recording an operation.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param component - the name of the called component.
     * @param operation - (optional) the name of the executed operation.
     * @returns a timing object whose `endTrace()` / `endFailure(error)` logs the trace.
     */
    public beginTrace(context: IContext | null, component: string, operation: string | null): TraceTiming {
        return new TraceTiming(context, component, operation, this);
    }
}
