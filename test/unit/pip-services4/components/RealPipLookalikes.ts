/* eslint-disable @typescript-eslint/no-explicit-any -- these look-alikes copy the untyped signatures of real pip-services4 */
// Small stand-ins that behave like the REAL pip-services4 classes (not ours), to prove drop-in
// compatibility in both directions. They reproduce the real quirks that matter:
// - Descriptor.equals accepts a query only when value.constructor.name === 'Descriptor';
// - References treats a stored locator as a descriptor only when it is `instanceof` its own Descriptor;
// - ConfigParams keeps values as own enumerable properties and is read with for-in + hasOwnProperty.
import { StringValueMap } from 'pip-services4-commons-node';

/** Look-alike of the real pip-services4 Descriptor: the class name must stay `Descriptor`. */
export class Descriptor {
    private _fields: (string | null)[];

    public constructor(group: string, type: string, kind: string, name: string, version: string) {
        this._fields = [group, type, kind, name, version].map((field) => (field === '*' ? null : field));
    }

    public getGroup(): string { return this._fields[0] as string; }
    public getType(): string { return this._fields[1] as string; }
    public getKind(): string { return this._fields[2] as string; }
    public getName(): string { return this._fields[3] as string; }
    public getVersion(): string { return this._fields[4] as string; }

    public match(descriptor: any): boolean {
        const others = [descriptor.getGroup(), descriptor.getType(), descriptor.getKind(), descriptor.getName(), descriptor.getVersion()];
        return this._fields.every((field, index) => field == null || others[index] == null || field === others[index]);
    }

    public equals(value: any): boolean {
        if (typeof value === 'object' && value.constructor.name === 'Descriptor') {
            return this.match(value);
        }
        return false;
    }

    public toString(): string {
        return this._fields.map((field) => field || '*').join(':');
    }
}

/** Look-alike of the real pip-services4 References (stores locator/component pairs; newest first). */
export class RealReferences {
    private _items: { locator: any; component: any }[] = [];

    public put(locator: any, component: any): void {
        this._items.push({ locator, component });
    }

    public remove(locator: any): any {
        return this.removeAll(locator)[0] ?? null;
    }

    public removeAll(locator: any): any[] {
        const removed = this._items.filter((item) => this.matches(item, locator));
        this._items = this._items.filter((item) => !removed.includes(item));
        return removed.map((item) => item.component).reverse();
    }

    public getAllLocators(): any[] { return this._items.map((item) => item.locator); }
    public getAll(): any[] { return this._items.map((item) => item.component); }
    public getOptional<T>(locator: any): T[] { return this.find<T>(locator, false); }
    public getRequired<T>(locator: any): T[] { return this.find<T>(locator, true); }
    public getOneOptional<T>(locator: any): T { return this.find<T>(locator, false)[0] ?? (null as any); }
    public getOneRequired<T>(locator: any): T { return this.find<T>(locator, true)[0]; }

    public find<T>(locator: any, required: boolean): T[] {
        const found = this._items.filter((item) => this.matches(item, locator)).map((item) => item.component).reverse();
        if (found.length === 0 && required) {
            throw new Error('Failed to obtain reference to ' + locator);
        }
        return found;
    }

    // Real pip compares with `==`; the locators used in these tests make `===` equivalent.
    private matches(item: { locator: any; component: any }, locator: any): boolean {
        if (item.component === locator) return true;
        if (item.locator instanceof Descriptor) return item.locator.equals(locator);
        return item.locator != null && item.locator === locator;
    }
}

/** Look-alike of the real pip-services4 ConfigParams: same base class and method names. */
export class RealConfigParams extends StringValueMap {
    public getSectionNames(): string[] {
        const sections: string[] = [];
        for (const key in this) {
            if (Object.prototype.hasOwnProperty.call(this, key)) {
                const pos = key.indexOf('.');
                const section = pos > 0 ? key.substring(0, pos) : key;
                if (!sections.includes(section)) sections.push(section);
            }
        }
        return sections;
    }

    public getSection(section: string): RealConfigParams {
        const result = new RealConfigParams();
        const prefix = section + '.';
        for (const key in this) {
            if (Object.prototype.hasOwnProperty.call(this, key) && key.startsWith(prefix)) {
                result.put(key.substring(prefix.length), (this as any)[key]);
            }
        }
        return result;
    }

    public addSection(section: string, sectionParams: any): void {
        for (const key in sectionParams) {
            if (Object.prototype.hasOwnProperty.call(sectionParams, key)) this.put(section + '.' + key, sectionParams[key]);
        }
    }

    public override(configParams: any): RealConfigParams {
        return new RealConfigParams(StringValueMap.fromMaps(this, configParams));
    }

    public setDefaults(defaultConfigParams: any): RealConfigParams {
        return new RealConfigParams(StringValueMap.fromMaps(defaultConfigParams, this));
    }

    public static override fromTuples(...tuples: any[]): RealConfigParams {
        return new RealConfigParams(StringValueMap.fromTuplesArray(tuples));
    }
}

/** Look-alike of the real pip-services4 Context: a private map and `get(key): any`. */
export class RealContext {
    private _values: Record<string, any>;

    public constructor(values: Record<string, any>) {
        this._values = { ...values };
    }

    public get(key: string): any {
        return this._values[key];
    }
}

/** Reads a map the way real pip-services4 code does: for-in + hasOwnProperty. */
export function readLikeRealPip(map: object): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const key in map) {
        if (Object.prototype.hasOwnProperty.call(map, key)) {
            result[key] = (map as any)[key];
        }
    }
    return result;
}

/** Real ContextResolver.getTraceId: calls `get` without checking anything. */
export function realGetTraceId(context: any): string | null {
    const traceId = context.get('trace_id') || context.get('traceId');
    return traceId != null ? '' + traceId : null;
}
