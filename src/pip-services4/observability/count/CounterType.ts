/** @module count */

/**
 * Types of performance counters (numbers as in pip-services4).
 */
export enum CounterType {
    /** Measures execution time intervals (min/max/average of elapsed milliseconds). */
    Interval = 0,
    /** Keeps the last recorded value. */
    LastValue = 1,
    /** Computes min/max/average of recorded values. */
    Statistics = 2,
    /** Records a timestamp. */
    Timestamp = 3,
    /** Counts increments. */
    Increment = 4,
}
