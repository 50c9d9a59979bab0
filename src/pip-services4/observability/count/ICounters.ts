/** @module count */
import { type CounterTiming } from './CounterTiming';

/**
 * Interface for performance counters that measure execution metrics
 * (how often, how fast, last values, timestamps).
 */
export interface ICounters {
    /**
     * Begins measuring an execution time interval.
     *
     * @param name - the Interval counter name.
     * @returns a timing object whose `endTiming()` ends the measurement.
     */
    beginTiming(name: string): CounterTiming;

    /**
     * Updates min/max/average statistics with a value.
     *
     * @param name - the Statistics counter name.
     * @param value - the value to add.
     */
    stats(name: string, value: number): void;

    /**
     * Records the last measured value.
     *
     * @param name - the LastValue counter name.
     * @param value - the value to record.
     */
    last(name: string, value: number): void;

    /**
     * Records the current time.
     *
     * @param name - the Timestamp counter name.
     */
    timestampNow(name: string): void;

    /**
     * Records the given time.
     *
     * @param name - the Timestamp counter name.
     * @param value - the time to record.
     */
    timestamp(name: string, value: Date): void;

    /**
     * Increments a counter by 1.
     *
     * @param name - the Increment counter name.
     */
    incrementOne(name: string): void;

    /**
     * Increments a counter by a value.
     *
     * @param name - the Increment counter name.
     * @param value - the amount to add.
     */
    increment(name: string, value: number): void;
}
