/** @module count */
import { type CounterType } from './CounterType';

/**
 * Data object holding one performance counter's current measurements.
 * Which fields are set depends on the counter type; unset fields stay undefined.
 */
export class Counter {
    /** The counter's unique name, e.g. `mycomponent.mymethod.exec_time`. */
    public name: string;
    /** The counter's type. */
    public type: CounterType;
    /** The last recorded value. */
    public last?: number;
    /** How many times the counter was updated (Interval, Statistics) or the incremented total (Increment). */
    public count?: number;
    /** The minimum recorded value. */
    public min?: number;
    /** The maximum recorded value. */
    public max?: number;
    /** The average of the recorded values. */
    public average?: number;
    /** The recorded timestamp (Timestamp counters). */
    public time?: Date;

    /**
     * Creates a counter with no measurements yet.
     *
     * @param name - the counter name.
     * @param type - the counter type.
     */
    public constructor(name: string, type: CounterType) {
        this.name = name;
        this.type = type;
    }
}
