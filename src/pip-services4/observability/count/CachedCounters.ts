/** @module count */
import { BadRequestException } from 'pip-services4-commons-node';

import { type ConfigParams } from '../../components/config/ConfigParams';
import { type IReconfigurable } from '../../components/config/IReconfigurable';
import { Counter } from './Counter';
import { CounterTiming } from './CounterTiming';
import { CounterType } from './CounterType';
import { type ICounterTimingCallback } from './ICounterTimingCallback';
import { type ICounters } from './ICounters';

/**
 * Abstract counters that keep their measurements in memory; subclasses implement {@link CachedCounters.save}
 * to send them somewhere. Measurements are saved when an update happens after `interval` has passed since
 * the last save, or when {@link CachedCounters.dump} is called. Read them with {@link CachedCounters.getAll}.
 *
 * ### Configuration parameters
 * - `options.interval` (or `interval`): milliseconds between saves (default 300000, 5 minutes)
 * - `options.reset_timeout` (or `reset_timeout`): milliseconds after which all counters are reset; 0 disables (default 0)
 */
export abstract class CachedCounters implements ICounters, IReconfigurable, ICounterTimingCallback {
    /** Milliseconds between saves. */
    protected _interval: number = 300000;
    /** Milliseconds after which counters are reset; 0 = never. */
    protected _resetTimeout: number = 0;
    /** The counters by name. */
    protected _cache: Record<string, Counter> = {};
    /** Whether counters changed since the last save. */
    protected _updated: boolean = false;
    /** When the counters were last saved (epoch ms). */
    protected _lastDumpTime: number = Date.now();
    /** When the counters were last reset (epoch ms). */
    protected _lastResetTime: number = Date.now();

    /**
     * Creates new cached counters.
     */
    public constructor() {}

    /**
     * Configures the save interval and the reset timeout.
     *
     * @param config - configuration parameters.
     */
    public configure(config: ConfigParams): void {
        this._interval = config.getAsLongWithDefault('interval', this._interval);
        this._interval = config.getAsLongWithDefault('options.interval', this._interval);
        this._resetTimeout = config.getAsLongWithDefault('reset_timeout', this._resetTimeout);
        this._resetTimeout = config.getAsLongWithDefault('options.reset_timeout', this._resetTimeout);
    }

    /**
     * Gets the save interval.
     *
     * @returns the interval in milliseconds.
     */
    public getInterval(): number {
        return this._interval;
    }

    /**
     * Sets the save interval.
     *
     * @param value - the new interval in milliseconds.
     */
    public setInterval(value: number): void {
        this._interval = value;
    }

    /**
     * Saves the current measurements to the destination.
     *
     * @param counters - the counters to save.
     */
    protected abstract save(counters: Counter[]): void;

    /**
     * Removes one counter.
     *
     * @param name - the counter name.
     */
    public clear(name: string): void {
        delete this._cache[name];
    }

    /**
     * Removes all counters.
     */
    public clearAll(): void {
        this._cache = {};
        this._updated = false;
    }

    /**
     * Begins measuring an execution time interval.
     *
     * @param name - the Interval counter name.
     * @returns a timing object whose `endTiming()` updates the counter.
     */
    public beginTiming(name: string): CounterTiming {
        return new CounterTiming(name, this);
    }

    /**
     * Saves the current measurements now, if anything changed since the last save.
     */
    public dump(): void {
        if (!this._updated) {
            return;
        }
        this.save(this.getAll());
        this._updated = false;
        this._lastDumpTime = Date.now();
    }

    /**
     * Marks the counters as changed and saves them when the interval has passed.
     * A failing save must not break the measured code, so its error is dropped.
     */
    protected update(): void {
        this._updated = true;
        if (Date.now() > this._lastDumpTime + this.getInterval()) {
            try {
                this.dump();
            } catch {
                // The destination is unavailable; the next update retries.
            }
        }
    }

    private resetIfNeeded(): void {
        if (this._resetTimeout === 0) {
            return;
        }
        const now = Date.now();
        if (now - this._lastResetTime > this._resetTimeout) {
            this._cache = {};
            this._updated = false;
            this._lastResetTime = now;
        }
    }

    /**
     * Gets all counters (after a reset, if the reset timeout has passed).
     *
     * @returns the counters, in creation order.
     */
    public getAll(): Counter[] {
        this.resetIfNeeded();
        return Object.values(this._cache);
    }

    /**
     * Gets a counter by name, creating it when missing or when its type differs.
     *
     * @param name - the counter name.
     * @param type - the counter type.
     * @returns the existing or new counter.
     * @throws {@link BadRequestException} (code `NO_NAME`) when the name is empty.
     */
    public get(name: string, type: CounterType): Counter {
        if (name == null || name === '') {
            throw new BadRequestException(undefined, 'NO_NAME', 'Name cannot be null');
        }
        this.resetIfNeeded();

        let counter = this._cache[name];
        if (counter == null || counter.type !== type) {
            counter = new Counter(name, type);
            this._cache[name] = counter;
        }
        return counter;
    }

    private calculateStats(counter: Counter, value: number): void {
        const count = (counter.count ?? 0) + 1;
        counter.last = value;
        counter.count = count;
        counter.max = counter.max != null ? Math.max(counter.max, value) : value;
        counter.min = counter.min != null ? Math.min(counter.min, value) : value;
        counter.average = counter.average != null && count > 1
            ? (counter.average * (count - 1) + value) / count
            : value;
    }

    /**
     * Records an elapsed time in an Interval counter.
     *
     * @param name - the Interval counter name.
     * @param elapsed - the elapsed time in milliseconds.
     */
    public endTiming(name: string, elapsed: number): void {
        this.calculateStats(this.get(name, CounterType.Interval), elapsed);
        this.update();
    }

    /**
     * Updates min/max/average statistics with a value.
     *
     * @param name - the Statistics counter name.
     * @param value - the value to add.
     */
    public stats(name: string, value: number): void {
        this.calculateStats(this.get(name, CounterType.Statistics), value);
        this.update();
    }

    /**
     * Records the last measured value.
     *
     * @param name - the LastValue counter name.
     * @param value - the value to record.
     */
    public last(name: string, value: number): void {
        this.get(name, CounterType.LastValue).last = value;
        this.update();
    }

    /**
     * Records the current time.
     *
     * @param name - the Timestamp counter name.
     */
    public timestampNow(name: string): void {
        this.timestamp(name, new Date());
    }

    /**
     * Records the given time.
     *
     * @param name - the Timestamp counter name.
     * @param value - the time to record.
     */
    public timestamp(name: string, value: Date): void {
        this.get(name, CounterType.Timestamp).time = value;
        this.update();
    }

    /**
     * Increments a counter by 1.
     *
     * @param name - the Increment counter name.
     */
    public incrementOne(name: string): void {
        this.increment(name, 1);
    }

    /**
     * Increments a counter by a value.
     *
     * @param name - the Increment counter name.
     * @param value - the amount to add.
     */
    public increment(name: string, value: number): void {
        const counter = this.get(name, CounterType.Increment);
        counter.count = (counter.count ?? 0) + value;
        this.update();
    }
}
