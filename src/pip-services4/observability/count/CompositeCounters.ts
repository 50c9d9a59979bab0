/** @module count */
import { BadRequestException } from 'pip-services4-commons-node';

import { Descriptor } from '../../components/refer/Descriptor';
import { type IReferenceable } from '../../components/refer/IReferenceable';
import { type IReferences } from '../../components/refer/IReferences';
import { CounterTiming } from './CounterTiming';
import { type ICounterTimingCallback } from './ICounterTimingCallback';
import { type ICounters } from './ICounters';

/** A referenced counters component as the composite sees it: only `incrementOne` is certain. */
type ChildCounters = Pick<ICounters, 'incrementOne'> & Partial<ICounters> & Partial<ICounterTimingCallback>;

/**
 * Aggregates every counters component found in the references and forwards each measurement to all of them.
 *
 * Components are found by shape: any `*:counters:*:*:*` component with an `incrementOne` function,
 * including real pip-services4 counters; the composite itself is skipped, and a second
 * {@link CompositeCounters.setReferences} adds only components not collected yet.
 * Each call is forwarded only to children that implement the method, so timings reach only children
 * with an `endTiming(name, elapsed)` callback (pip-services4 crashed on `NullCounters` there).
 * Without children, {@link CompositeCounters.beginTiming} returns a shared no-op timing.
 *
 * ### References
 * - `*:counters:*:*:1.0` (optional) counters to forward measurements to
 *
 * @example
 * ```ts
 * class MyComponent implements IReferenceable {
 *     private _counters = new CompositeCounters();
 *
 *     public setReferences(references: IReferences): void {
 *         this._counters.setReferences(references);
 *     }
 *
 *     public myMethod(): void {
 *         this._counters.incrementOne('mycomponent.mymethod.calls');
 *         const timing = this._counters.beginTiming('mycomponent.mymethod.exec_time');
 *         try {
 *             // ...
 *         } finally {
 *             timing.endTiming();
 *         }
 *     }
 * }
 * ```
 */
export class CompositeCounters implements ICounters, ICounterTimingCallback, IReferenceable {
    /** Shared by every call made while there are no children: ending it does nothing. */
    private static readonly NoTiming = new CounterTiming();

    /** The collected child counters. */
    protected readonly _counters: ChildCounters[] = [];

    /**
     * Creates new composite counters.
     *
     * @param references - (optional) references to collect the counters from right away.
     */
    public constructor(references: IReferences | null = null) {
        if (references != null) {
            this.setReferences(references);
        }
    }

    /**
     * Collects the referenced counters (by shape, skipping itself and ones already collected).
     *
     * @param references - references to locate the counters.
     */
    public setReferences(references: IReferences): void {
        const candidates = references.getOptional<unknown>(new Descriptor(null, 'counters', null, null, null));
        for (const candidate of candidates) {
            if (candidate === this || !CompositeCounters.isCounters(candidate)) {
                continue;
            }
            if (!this._counters.includes(candidate)) {
                this._counters.push(candidate);
            }
        }
    }

    /**
     * Begins measuring an execution time interval; the elapsed time goes to every child's `endTiming`.
     *
     * @param name - the Interval counter name.
     * @returns a timing object whose `endTiming()` ends the measurement.
     */
    public beginTiming(name: string): CounterTiming {
        if (this._counters.length === 0) {
            return CompositeCounters.NoTiming;
        }
        return new CounterTiming(name, this);
    }

    /**
     * Forwards an elapsed time to every child that implements `endTiming(name, elapsed)`.
     *
     * @param name - the Interval counter name.
     * @param elapsed - the elapsed time in milliseconds.
     */
    public endTiming(name: string, elapsed: number): void {
        for (const counter of this._counters) {
            if (typeof counter.endTiming === 'function') {
                counter.endTiming(name, elapsed);
            }
        }
    }

    /**
     * Forwards a Statistics value to every child that implements `stats`.
     *
     * @param name - the Statistics counter name.
     * @param value - the value to add.
     */
    public stats(name: string, value: number): void {
        for (const counter of this._counters) {
            if (typeof counter.stats === 'function') {
                counter.stats(name, value);
            }
        }
    }

    /**
     * Forwards a last value to every child that implements `last`.
     *
     * @param name - the LastValue counter name.
     * @param value - the value to record.
     */
    public last(name: string, value: number): void {
        for (const counter of this._counters) {
            if (typeof counter.last === 'function') {
                counter.last(name, value);
            }
        }
    }

    /**
     * Forwards the current time to every child that implements `timestamp`.
     *
     * @param name - the Timestamp counter name.
     */
    public timestampNow(name: string): void {
        this.timestamp(name, new Date());
    }

    /**
     * Forwards a timestamp to every child that implements `timestamp`.
     *
     * @param name - the Timestamp counter name.
     * @param value - the time to record.
     */
    public timestamp(name: string, value: Date): void {
        for (const counter of this._counters) {
            if (typeof counter.timestamp === 'function') {
                counter.timestamp(name, value);
            }
        }
    }

    /**
     * Forwards an increment by 1 to every child's `incrementOne`.
     *
     * @param name - the Increment counter name.
     * @throws {@link BadRequestException} (code `NO_NAME`) when the name is empty.
     */
    public incrementOne(name: string): void {
        CompositeCounters.checkName(name);
        for (const counter of this._counters) {
            counter.incrementOne(name);
        }
    }

    /**
     * Forwards an increment to every child that implements `increment`.
     *
     * @param name - the Increment counter name.
     * @param value - the amount to add.
     * @throws {@link BadRequestException} (code `NO_NAME`) when the name is empty.
     */
    public increment(name: string, value: number): void {
        CompositeCounters.checkName(name);
        for (const counter of this._counters) {
            if (typeof counter.increment === 'function') {
                counter.increment(name, value);
            }
        }
    }

    private static checkName(name: string): void {
        if (name == null || name === '') {
            throw new BadRequestException(undefined, 'NO_NAME', 'Name cannot be null');
        }
    }

    private static isCounters(value: unknown): value is ChildCounters {
        return value != null && typeof (value as { incrementOne?: unknown }).incrementOne === 'function';
    }
}
