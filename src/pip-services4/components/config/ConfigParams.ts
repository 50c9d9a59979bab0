/** @module config */
import { RecursiveObjectReader, StringValueMap } from 'pip-services4-commons-node';

/**
 * Configuration parameters: a string-to-string map whose keys may be grouped into sections with dots
 * (`connection.region`, `credential.access_id`).
 *
 * As in pip-services4, values are stored as own enumerable properties of the instance (that is how
 * {@link StringValueMap} works), so code that iterates with for-in + hasOwnProperty reads them, and a
 * real pip-services4 `ConfigParams` can be passed wherever this class is expected. Keys are case-sensitive.
 * Do not add members here: extra members would make the real class no longer assignable to this one.
 *
 * @example
 * ```ts
 * const config = ConfigParams.fromTuples('connection.region', 'us-east-1', 'options.timeout', 5000);
 * config.getSection('connection').getAsString('region'); // 'us-east-1'
 * ```
 */
export class ConfigParams extends StringValueMap {
    /**
     * Creates configuration parameters from an object's own properties.
     *
     * @param values - (optional) an object whose own properties become the parameters (values are stringified).
     */
    public constructor(values: unknown = null) {
        super(values);
    }

    /**
     * Gets the names of all first-level sections (the part of each key before the first dot).
     *
     * @returns the distinct section names, in key order; keys without a dot count as sections too.
     */
    public getSectionNames(): string[] {
        const sections: string[] = [];
        for (const key of Object.keys(this)) {
            const pos = key.indexOf('.');
            const section = pos > 0 ? key.substring(0, pos) : key;
            if (!sections.includes(section)) {
                sections.push(section);
            }
        }
        return sections;
    }

    /**
     * Gets the parameters of a section, with the section prefix removed from their keys.
     *
     * @param section - the section name, e.g. `connection`.
     * @returns a new ConfigParams (empty when the section does not exist).
     */
    public getSection(section: string): ConfigParams {
        const result = new ConfigParams();
        const prefix = section + '.';
        for (const [key, value] of Object.entries(this)) {
            if (key.startsWith(prefix)) {
                result.put(key.substring(prefix.length), value);
            }
        }
        return result;
    }

    /**
     * Adds parameters under a section: each key gets the `section.` prefix.
     *
     * @param section - the section name; an empty name adds the keys unchanged.
     * @param sectionParams - the parameters to add (any object's own properties); null adds nothing.
     * @throws Error when the section name is null.
     */
    public addSection(section: string, sectionParams: object | null | undefined): void {
        if (section == null) {
            throw new Error('Section name cannot be null');
        }
        if (sectionParams == null) {
            return;
        }
        for (const [key, value] of Object.entries(sectionParams)) {
            let name = key;
            if (name.length > 0 && section.length > 0) {
                name = section + '.' + name;
            } else if (name.length === 0) {
                name = section;
            }
            this.put(name, value);
        }
    }

    /**
     * Returns a new ConfigParams with these values overridden by the given ones.
     *
     * @param configParams - the values that win on clashes.
     * @returns a new ConfigParams; this one is unchanged.
     */
    public override(configParams: object | null | undefined): ConfigParams {
        return new ConfigParams(StringValueMap.fromMaps(this, configParams));
    }

    /**
     * Returns a new ConfigParams with missing values taken from the given defaults.
     *
     * @param defaultConfigParams - the default values; these values win on clashes.
     * @returns a new ConfigParams; this one is unchanged.
     */
    public setDefaults(defaultConfigParams: object | null | undefined): ConfigParams {
        return new ConfigParams(StringValueMap.fromMaps(defaultConfigParams, this));
    }

    /**
     * Creates ConfigParams from an object, flattening nested objects into dotted keys
     * (`{ connection: { region: 'x' } }` gives `connection.region=x`).
     *
     * @param value - the object to read.
     * @returns a new ConfigParams.
     */
    public static override fromValue(value: unknown): ConfigParams {
        return new ConfigParams(RecursiveObjectReader.getProperties(value));
    }

    /**
     * Creates ConfigParams from key-value pairs: key1, value1, key2, value2, ...
     *
     * @param tuples - alternating keys and values (values are stringified; a trailing key is ignored).
     * @returns a new ConfigParams.
     */
    public static override fromTuples(...tuples: unknown[]): ConfigParams {
        return new ConfigParams(StringValueMap.fromTuplesArray(tuples));
    }

    /**
     * Parses ConfigParams from a string such as `key1=value1;key2=value2`.
     *
     * @param line - the string to parse; null or empty gives empty parameters.
     * @returns a new ConfigParams.
     */
    public static override fromString(line: string | null | undefined): ConfigParams {
        return new ConfigParams(StringValueMap.fromString(line as string));
    }

    /**
     * Merges several parameter maps into one; later maps win on clashes.
     *
     * @param configs - the maps to merge; null entries are skipped.
     * @returns a new ConfigParams.
     */
    public static mergeConfigs(...configs: (object | null | undefined)[]): ConfigParams {
        return new ConfigParams(StringValueMap.fromMaps(...configs));
    }
}
