/** @module count */
import { CounterTiming } from './CounterTiming';
import { type ICounters } from './ICounters';

/**
 * Counters that record nothing. Use them where counters are required but metrics are not wanted.
 */
export class NullCounters implements ICounters {
    /**
     * Creates new null counters.
     */
    public constructor() {}

    /**
     * Returns a timing object that records nothing.
     *
     * @param _name - the counter name (ignored).
     * @returns a timing object without a callback.
     */
    public beginTiming(_name: string): CounterTiming {
        return new CounterTiming();
    }

    /**
     * Does nothing.
     *
     * @param _name - the counter name.
     * @param _value - the value.
     */
    public stats(_name: string, _value: number): void {}

    /**
     * Does nothing.
     *
     * @param _name - the counter name.
     * @param _value - the value.
     */
    public last(_name: string, _value: number): void {}

    /**
     * Does nothing.
     *
     * @param _name - the counter name.
     */
    public timestampNow(_name: string): void {}

    /**
     * Does nothing.
     *
     * @param _name - the counter name.
     * @param _value - the time.
     */
    public timestamp(_name: string, _value: Date): void {}

    /**
     * Does nothing.
     *
     * @param _name - the counter name.
     */
    public incrementOne(_name: string): void {}

    /**
     * Does nothing.
     *
     * @param _name - the counter name.
     * @param _value - the amount.
     */
    public increment(_name: string, _value: number): void {}
}
