import { StringValueMap } from 'pip-services4-commons-node';
import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { readLikeRealPip } from '../RealPipLookalikes';

describe('Class: ConfigParams', () => {
    describe('Method: constructor', () => {
        it('stores values as own enumerable string properties', () => {
            const config = new ConfigParams({ a: 1, b: 'x', c: null });

            expect(config).toBeInstanceOf(StringValueMap);
            expect(Object.keys(config)).toEqual(['a', 'b', 'c']);
            expect(readLikeRealPip(config)).toEqual({ a: '1', b: 'x', c: null });
        });
    });

    describe('Method: fromTuples', () => {
        it('pairs keys with stringified values and ignores a trailing key', () => {
            const config = ConfigParams.fromTuples('connection.port', 8080, 'flag', true, 'dangling');

            expect(config).toBeInstanceOf(ConfigParams);
            expect(config.get('connection.port')).toBe('8080');
            expect(config.getAsIntegerWithDefault('connection.port', 0)).toBe(8080);
            expect(config.getAsBoolean('flag')).toBe(true);
            expect(config.getKeys()).toEqual(['connection.port', 'flag']);
        });
    });

    describe('Method: fromString', () => {
        it('parses key=value pairs separated by semicolons', () => {
            const config = ConfigParams.fromString('a=1; b = two ;c');

            expect(config).toBeInstanceOf(ConfigParams);
            expect(readLikeRealPip(config)).toEqual({ a: '1', b: 'two', c: null });
        });

        it('gives empty parameters for null or an empty string', () => {
            expect(ConfigParams.fromString(null).length()).toBe(0);
            expect(ConfigParams.fromString('').length()).toBe(0);
        });
    });

    describe('Method: fromValue', () => {
        it('flattens nested objects into dotted keys', () => {
            const config = ConfigParams.fromValue({ connection: { host: 'localhost', port: 80 }, name: 'x' });

            expect(config).toBeInstanceOf(ConfigParams);
            expect(config.getAsString('connection.host')).toBe('localhost');
            expect(config.getAsString('connection.port')).toBe('80');
            expect(config.getAsString('name')).toBe('x');
        });
    });

    describe('Method: mergeConfigs', () => {
        it('lets later maps win and skips null ones', () => {
            const merged = ConfigParams.mergeConfigs(
                ConfigParams.fromTuples('a', 1, 'b', 2), null, ConfigParams.fromTuples('b', 3, 'c', 4));

            expect(merged).toBeInstanceOf(ConfigParams);
            expect(readLikeRealPip(merged)).toEqual({ a: '1', b: '3', c: '4' });
        });
    });

    describe('Method: getSectionNames', () => {
        it('lists distinct first-level sections, including keys without a dot', () => {
            const config = ConfigParams.fromTuples('connection.host', 'h', 'connection.port', 1, 'credential.user', 'u', 'plain', 'p');

            expect(config.getSectionNames()).toEqual(['connection', 'credential', 'plain']);
        });

        it('returns an empty list for empty parameters', () => {
            expect(new ConfigParams().getSectionNames()).toEqual([]);
        });
    });

    describe('Method: getSection', () => {
        it('returns the section values with the prefix removed', () => {
            const config = ConfigParams.fromTuples('connection.host', 'h', 'connection.sub.key', 'k', 'connectionx.y', 'no', 'other', 'o');

            const section = config.getSection('connection');

            expect(section).toBeInstanceOf(ConfigParams);
            expect(readLikeRealPip(section)).toEqual({ host: 'h', 'sub.key': 'k' });
        });

        it('is case-sensitive and returns empty parameters for a missing section', () => {
            const config = ConfigParams.fromTuples('Connection.host', 'h');

            expect(config.getSection('connection').length()).toBe(0);
        });
    });

    describe('Method: addSection', () => {
        it('adds values under the section prefix', () => {
            const config = ConfigParams.fromTuples('a', 1);

            config.addSection('connection', ConfigParams.fromTuples('host', 'h', 'port', 80));

            expect(readLikeRealPip(config)).toEqual({ a: '1', 'connection.host': 'h', 'connection.port': '80' });
        });

        it('adds keys unchanged under an empty section, and an empty key as the section itself', () => {
            const config = new ConfigParams();

            config.addSection('', ConfigParams.fromTuples('x', 1));
            config.addSection('s', { '': 'v' });

            expect(readLikeRealPip(config)).toEqual({ x: '1', s: 'v' });
        });

        it('adds nothing for null parameters', () => {
            const config = new ConfigParams();

            config.addSection('s', null);

            expect(config.length()).toBe(0);
        });

        it('throws for a null section name', () => {
            expect(() => new ConfigParams().addSection(null as unknown as string, {})).toThrow('Section name cannot be null');
        });
    });

    describe('Method: override', () => {
        it('returns a new map where the given values win', () => {
            const base = ConfigParams.fromTuples('a', 1, 'b', 2);

            const result = base.override(ConfigParams.fromTuples('b', 3));

            expect(result).toBeInstanceOf(ConfigParams);
            expect(readLikeRealPip(result)).toEqual({ a: '1', b: '3' });
            expect(base.get('b')).toBe('2');
        });
    });

    describe('Method: setDefaults', () => {
        it('returns a new map where this map\'s values win over the defaults', () => {
            const base = ConfigParams.fromTuples('a', 1);

            const result = base.setDefaults(ConfigParams.fromTuples('a', 9, 'b', 2));

            expect(readLikeRealPip(result)).toEqual({ a: '1', b: '2' });
            expect(base.length()).toBe(1);
        });
    });
});
