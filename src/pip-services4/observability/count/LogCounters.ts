/** @module count */
import { type IReferenceable } from '../../components/refer/IReferenceable';
import { type IReferences } from '../../components/refer/IReferences';
import { CompositeLogger } from '../log/CompositeLogger';
import { CachedCounters } from './CachedCounters';
import { type Counter } from './Counter';

/**
 * Counters kept in memory that are written to the referenced loggers (at Info level) on each save.
 * Read the current values with {@link CachedCounters.getAll}.
 *
 * ### Configuration parameters
 * - `options.interval`: milliseconds between saves (default 300000, 5 minutes)
 * - `options.reset_timeout`: milliseconds after which counters are reset; 0 disables (default 0)
 *
 * ### References
 * - `*:logger:*:*:1.0` loggers to write the counters to
 * - `*:context-info:*:*:1.0` (optional) context info naming the source
 *
 * @example
 * ```ts
 * const counters = new LogCounters();
 * counters.setReferences(References.fromTuples(
 *     new Descriptor('pip-services', 'logger', 'console', 'default', '1.0'), new ConsoleLogger(),
 * ));
 * counters.incrementOne('mycomponent.mymethod.calls');
 * counters.dump();
 * ```
 */
export class LogCounters extends CachedCounters implements IReferenceable {
    private readonly _logger: CompositeLogger = new CompositeLogger();

    /**
     * Creates new log counters.
     */
    public constructor() {
        super();
    }

    /**
     * Collects the loggers to write to.
     *
     * @param references - references to locate the loggers.
     */
    public setReferences(references: IReferences): void {
        this._logger.setReferences(references);
    }

    private static counterToString(counter: Counter): string {
        let result = 'Counter ' + counter.name + ' { "type": ' + counter.type;
        if (counter.last != null) result += ', "last": ' + counter.last;
        if (counter.count != null) result += ', "count": ' + counter.count;
        if (counter.min != null) result += ', "min": ' + counter.min;
        if (counter.max != null) result += ', "max": ' + counter.max;
        if (counter.average != null) result += ', "avg": ' + counter.average;
        if (counter.time != null) result += ', "time": ' + counter.time.toISOString();
        return result + ' }';
    }

    /**
     * Writes each counter, sorted by name, as one Info message.
     *
     * @param counters - the counters to write.
     */
    protected save(counters: Counter[]): void {
        if (counters.length === 0) {
            return;
        }
        const sorted = [...counters].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const counter of sorted) {
            this._logger.info(null, LogCounters.counterToString(counter));
        }
    }
}
