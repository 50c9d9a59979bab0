/** @module count */
import { type ICounterTimingCallback } from './ICounterTimingCallback';

/**
 * Timing object returned by {@link ICounters.beginTiming}: call {@link CounterTiming.endTiming}
 * when the timed block is over to update the Interval counter.
 *
 * Time is measured on the monotonic clock, in (fractional) milliseconds.
 *
 * @example
 * ```ts
 * const timing = counters.beginTiming('mymethod.exec_time');
 * try {
 *     // ...
 * } finally {
 *     timing.endTiming();
 * }
 * ```
 */
export class CounterTiming {
    private readonly _start: number;
    private readonly _callback: ICounterTimingCallback | null;
    private readonly _counter: string | null;

    /**
     * Starts timing.
     *
     * @param counter - the name of the Interval counter to update.
     * @param callback - the object to call when timing ends; without one, {@link CounterTiming.endTiming} does nothing.
     */
    public constructor(counter: string | null = null, callback: ICounterTimingCallback | null = null) {
        this._counter = counter;
        this._callback = callback;
        this._start = callback != null ? performance.now() : 0;
    }

    /**
     * Ends timing and passes the elapsed milliseconds to the callback.
     */
    public endTiming(): void {
        if (this._callback != null) {
            const elapsed = performance.now() - this._start;
            this._callback.endTiming(this._counter ?? '', elapsed);
        }
    }
}
