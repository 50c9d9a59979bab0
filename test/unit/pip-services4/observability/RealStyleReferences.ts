// Look-alikes of the REAL pip-services4 Descriptor and References (written here, not imported), used to prove
// that our composites find a user's components by shape. Like the real ones:
// - a stored locator counts as a descriptor only when it is an instance of *this* Descriptor class;
// - Descriptor.equals accepts a query only when its constructor is named "Descriptor" and reads it through
//   the five getters, null being a wildcard on either side.

interface DescriptorGetters {
    getGroup(): string | null;
    getType(): string | null;
    getKind(): string | null;
    getName(): string | null;
    getVersion(): string | null;
}

/** Real-style descriptor: the class name must be literally `Descriptor`. */
export const RealDescriptor = class Descriptor implements DescriptorGetters {
    private readonly _parts: (string | null)[];

    public constructor(group: string | null, type: string | null, kind: string | null, name: string | null, version: string | null) {
        this._parts = [group, type, kind, name, version].map((part) => (part === '*' ? null : part));
    }

    public getGroup(): string | null { return this._parts[0]; }
    public getType(): string | null { return this._parts[1]; }
    public getKind(): string | null { return this._parts[2]; }
    public getName(): string | null { return this._parts[3]; }
    public getVersion(): string | null { return this._parts[4]; }

    public equals(value: unknown): boolean {
        if (value == null || (value as object).constructor.name !== 'Descriptor') {
            return false;
        }
        const query = value as DescriptorGetters;
        const other = [query.getGroup(), query.getType(), query.getKind(), query.getName(), query.getVersion()];
        return this._parts.every((part, index) => part == null || other[index] == null || part === other[index]);
    }
};

/** An instance of the real-style descriptor. */
export type RealDescriptorInstance = InstanceType<typeof RealDescriptor>;

/** Real-style references: newest first, getOptional never throws, getOneOptional returns null when empty. */
export class RealStyleReferences {
    private readonly _items: { locator: unknown; component: unknown }[] = [];

    public static fromTuples(...tuples: unknown[]): RealStyleReferences {
        const references = new RealStyleReferences();
        for (let index = 0; index + 1 < tuples.length; index += 2) {
            references.put(tuples[index], tuples[index + 1]);
        }
        return references;
    }

    public put(locator: unknown, component: unknown): void {
        this._items.push({ locator, component });
    }

    public remove(locator: unknown): unknown {
        const found = this.find<unknown>(locator, false)[0] ?? null;
        const index = this._items.findIndex((item) => item.component === found);
        if (index >= 0) this._items.splice(index, 1);
        return found;
    }

    public removeAll(locator: unknown): unknown[] {
        const found = this.find<unknown>(locator, false);
        for (const component of found) {
            this._items.splice(this._items.findIndex((item) => item.component === component), 1);
        }
        return found;
    }

    public getAllLocators(): unknown[] { return this._items.map((item) => item.locator); }
    public getAll(): unknown[] { return this._items.map((item) => item.component); }

    public getOptional<T>(locator: unknown): T[] { return this.find<T>(locator, false); }
    public getRequired<T>(locator: unknown): T[] { return this.find<T>(locator, true); }
    public getOneOptional<T>(locator: unknown): T | null { return this.find<T>(locator, false)[0] ?? null; }

    public getOneRequired<T>(locator: unknown): T {
        const found = this.find<T>(locator, true);
        return found[0];
    }

    public find<T>(locator: unknown, required: boolean): T[] {
        const result: T[] = [];
        for (let index = this._items.length - 1; index >= 0; index--) {
            const item = this._items[index];
            const matches = item.locator instanceof RealDescriptor ? item.locator.equals(locator) : item.locator === locator;
            if (matches) result.push(item.component as T);
        }
        if (required && result.length === 0) throw new Error('Failed to obtain reference to ' + String(locator));
        return result;
    }
}

/** Real-style context: a `get` over a private map, like pip-services4's Context. */
export class RealStyleContext {
    private readonly _values: Record<string, unknown>;

    public constructor(values: Record<string, unknown>) {
        this._values = values;
    }

    public get(key: string): unknown {
        return this._values[key];
    }
}

/** Shorthand for a real-style descriptor. */
export function realDescriptor(group: string, type: string, kind: string, name: string, version: string): RealDescriptorInstance {
    return new RealDescriptor(group, type, kind, name, version);
}
