/** @module trace */
import { type IContext } from '../../components/context/IContext';
import { type CounterTiming } from '../../observability/count/CounterTiming';
import { type ICounters } from '../../observability/count/ICounters';
import { type ILogger } from '../../observability/log/ILogger';
import { type TraceTiming } from '../../observability/trace/TraceTiming';

/**
 * Ends the instrumentation of one call started by a client's or service's `instrument` method:
 * stops the counter timing and the trace, and on failure also logs the error and increments
 * `<name>.<verb>_errors`.
 *
 * It is one-shot: the first `endTiming` / `endSuccess` / `endFailure` drops every reference it holds,
 * so later calls do nothing (no double counting when both a success and an error path end it).
 *
 * @example
 * ```ts
 * const timing = this.instrument(context, 'dummy.get_dummy_by_id');
 * try {
 *     const result = await this.call('get_dummy_by_id', context, { dummy_id: id });
 *     timing.endTiming();
 *     return result;
 * } catch (err) {
 *     timing.endTiming(err as Error);
 *     throw err;
 * }
 * ```
 */
export class InstrumentTiming {
    private readonly _context: IContext | null;
    private readonly _name: string;
    private readonly _verb: string;
    private _logger: ILogger | null;
    private _counters: ICounters | null;
    private _counterTiming: CounterTiming | null;
    private _traceTiming: TraceTiming | null;

    /**
     * Creates the timing for one instrumented call.
     *
     * @param context - (optional) execution context carrying the trace id.
     * @param name - the instrumented method name, e.g. `dummy.get_dummy_by_id`.
     * @param verb - the verb used in the error counter name; `"call"` when empty or null.
     * @param logger - (optional) logger for the failure message.
     * @param counters - (optional) counters for the error counter.
     * @param counterTiming - (optional) the running counter timing to end.
     * @param traceTiming - (optional) the running trace timing to end.
     */
    public constructor(
        context: IContext | null,
        name: string,
        verb: string | null,
        logger: ILogger | null,
        counters: ICounters | null,
        counterTiming: CounterTiming | null,
        traceTiming: TraceTiming | null,
    ) {
        this._context = context;
        this._name = name;
        this._verb = verb || 'call';
        this._logger = logger;
        this._counters = counters;
        this._counterTiming = counterTiming;
        this._traceTiming = traceTiming;
    }

    private clear(): void {
        this._logger = null;
        this._counters = null;
        this._counterTiming = null;
        this._traceTiming = null;
    }

    /**
     * Ends the call: as a failure when an error is given, otherwise as a success.
     *
     * @param err - (optional) the error the call failed with.
     */
    public endTiming(err?: Error | null): void {
        if (err == null) {
            this.endSuccess();
        } else {
            this.endFailure(err);
        }
    }

    /**
     * Ends the call as a success: ends the counter timing and the trace.
     */
    public endSuccess(): void {
        this._counterTiming?.endTiming();
        this._traceTiming?.endTrace();
        this.clear();
    }

    /**
     * Ends the call as a failure: ends the counter timing, logs "Failed to call <name> method" at Error level,
     * increments `<name>.<verb>_errors` and records the trace as a failure.
     * Without an error it behaves like {@link InstrumentTiming.endSuccess}.
     *
     * @param err - the error the call failed with.
     */
    public endFailure(err: Error | null): void {
        this._counterTiming?.endTiming();

        if (err != null) {
            this._logger?.error(this._context, err, 'Failed to call %s method', this._name);
            this._counters?.incrementOne(this._name + '.' + this._verb + '_errors');
            this._traceTiming?.endFailure(err);
        } else {
            this._traceTiming?.endTrace();
        }

        this.clear();
    }
}
