/** @module refer */
import { ConfigException } from 'pip-services4-commons-node';
import { type DescriptorLike, isDescriptorLike } from './DescriptorLike';

/**
 * Component locator with five fields: group, type, kind, name and version
 * (written `group:type:kind:name:version`, e.g. `pip-services:logger:console:default:1.0`).
 *
 * A field set to `"*"` or null is a wildcard that matches anything. The constructor stores `"*"` as null.
 *
 * The class must stay literally named `Descriptor` with these five getters: real pip-services4
 * `Descriptor.equals` accepts a query only when `value.constructor.name === "Descriptor"`.
 * In the other direction, our methods accept any object with the five getters (a real pip-services4
 * descriptor or a look-alike), never checking `instanceof`.
 *
 * @example
 * ```ts
 * const locator = new Descriptor('mygroup', 'connector', 'aws', 'default', '1.0');
 * locator.match(Descriptor.fromString('mygroup:connector:*:*:1.0')!); // true
 * ```
 */
export class Descriptor {
    private _group: string | null;
    private _type: string | null;
    private _kind: string | null;
    private _name: string | null;
    private _version: string | null;

    /**
     * Creates a descriptor; `"*"` in any field becomes null (a wildcard).
     *
     * @param group - the logical group, e.g. `pip-services`.
     * @param type - the logical type (contract), e.g. `logger`.
     * @param kind - the implementation kind, e.g. `console`.
     * @param name - the unique component name, e.g. `default`.
     * @param version - the contract version, e.g. `1.0`.
     */
    public constructor(
        group: string | null,
        type: string | null,
        kind: string | null,
        name: string | null,
        version: string | null,
    ) {
        this._group = Descriptor.normalize(group);
        this._type = Descriptor.normalize(type);
        this._kind = Descriptor.normalize(kind);
        this._name = Descriptor.normalize(name);
        this._version = Descriptor.normalize(version);
    }

    /**
     * Gets the logical group.
     *
     * @returns the group, or null when it is a wildcard.
     */
    public getGroup(): string | null {
        return this._group;
    }

    /**
     * Gets the logical type (contract).
     *
     * @returns the type, or null when it is a wildcard.
     */
    public getType(): string | null {
        return this._type;
    }

    /**
     * Gets the implementation kind.
     *
     * @returns the kind, or null when it is a wildcard.
     */
    public getKind(): string | null {
        return this._kind;
    }

    /**
     * Gets the unique component name.
     *
     * @returns the name, or null when it is a wildcard.
     */
    public getName(): string | null {
        return this._name;
    }

    /**
     * Gets the contract version.
     *
     * @returns the version, or null when it is a wildcard.
     */
    public getVersion(): string | null {
        return this._version;
    }

    /**
     * Matches this descriptor against another, field by field; a wildcard on either side matches anything.
     *
     * @param descriptor - the descriptor to match; any object with the five getters.
     * @returns true when every field matches.
     */
    public match(descriptor: DescriptorLike): boolean {
        return Descriptor.fields(this).every((field, index) => {
            const other = Descriptor.fields(descriptor)[index];
            return field == null || other == null || field === other;
        });
    }

    /**
     * Matches this descriptor against another by all fields: a wildcard only matches a wildcard.
     *
     * @param descriptor - the descriptor to match; any object with the five getters.
     * @returns true when all fields are equal (wildcards included).
     */
    public exactMatch(descriptor: DescriptorLike): boolean {
        const others = Descriptor.fields(descriptor);
        return Descriptor.fields(this).every((field, index) => field === others[index]);
    }

    /**
     * Checks that no field is a wildcard.
     *
     * @returns true when all five fields are set.
     */
    public isComplete(): boolean {
        return Descriptor.fields(this).every((field) => field != null);
    }

    /**
     * Compares this descriptor with any value: true when the value is a descriptor (by shape) that matches.
     *
     * @param value - the value to compare with.
     * @returns true when the value is a matching descriptor, false otherwise (also for strings).
     */
    public equals(value: unknown): boolean {
        return isDescriptorLike(value) && this.match(value);
    }

    /**
     * Formats the descriptor as `group:type:kind:name:version`, with `*` for wildcards.
     *
     * @returns the colon-separated form.
     */
    public toString(): string {
        return Descriptor.fields(this)
            .map((field) => field || '*')
            .join(':');
    }

    /**
     * Parses a descriptor from its colon-separated form; each part is trimmed.
     *
     * @param value - the string, e.g. `*:logger:*:*:1.0`.
     * @returns the descriptor, or null when the value is null or empty.
     * @throws ConfigException with code `BAD_DESCRIPTOR` when the value does not have exactly five parts.
     */
    public static fromString(value: string | null | undefined): Descriptor | null {
        if (value == null || value.length === 0) {
            return null;
        }
        const tokens = value.split(':').map((token) => token.trim());
        if (tokens.length !== 5) {
            throw new ConfigException(undefined, 'BAD_DESCRIPTOR', 'Descriptor ' + value + ' is in wrong format')
                .withDetails('descriptor', value);
        }
        return new Descriptor(tokens[0], tokens[1], tokens[2], tokens[3], tokens[4]);
    }

    // Wildcards from foreign descriptors may be "*", null or undefined; compare them all as null.
    private static normalize(field: string | null | undefined): string | null {
        return field == null || field === '*' ? null : field;
    }

    private static fields(descriptor: DescriptorLike): (string | null)[] {
        return [
            descriptor.getGroup(),
            descriptor.getType(),
            descriptor.getKind(),
            descriptor.getName(),
            descriptor.getVersion(),
        ].map((field) => Descriptor.normalize(field));
    }
}
