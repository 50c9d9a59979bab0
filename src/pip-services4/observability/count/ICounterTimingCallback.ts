/** @module count */

/**
 * Receives the elapsed time when a {@link CounterTiming} ends.
 */
export interface ICounterTimingCallback {
    /**
     * Records the elapsed time of a timed block.
     *
     * @param name - the Interval counter name.
     * @param elapsed - the elapsed time in milliseconds.
     */
    endTiming(name: string, elapsed: number): void;
}
