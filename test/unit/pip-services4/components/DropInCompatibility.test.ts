// Drop-in compatibility with REAL pip-services4 objects, in both directions. The real classes are not
// installable here, so RealPipLookalikes.ts reproduces the behaviour that matters (see its header).
import { ConfigParams } from '../../../../src/pip-services4/components/config/ConfigParams';
import { Context } from '../../../../src/pip-services4/components/context/Context';
import { ContextResolver } from '../../../../src/pip-services4/components/context/ContextResolver';
import { type IContext } from '../../../../src/pip-services4/components/context/IContext';
import { DependencyResolver } from '../../../../src/pip-services4/components/refer/DependencyResolver';
import { Descriptor } from '../../../../src/pip-services4/components/refer/Descriptor';
import { type DescriptorLike } from '../../../../src/pip-services4/components/refer/DescriptorLike';
import { type IReferences } from '../../../../src/pip-services4/components/refer/IReferences';
import { References } from '../../../../src/pip-services4/components/refer/References';
import {
    Descriptor as RealDescriptor, RealConfigParams, RealContext, RealReferences, readLikeRealPip, realGetTraceId,
} from './RealPipLookalikes';

describe('Class: Descriptor (drop-in)', () => {
    describe('Method: equals', () => {
        it('is accepted as a query by a real Descriptor.equals (constructor.name check)', () => {
            const real = new RealDescriptor('g', 'logger', 'console', 'n', '1.0');

            expect(real.equals(new Descriptor('*', 'logger', '*', '*', '1.0'))).toBe(true);
            expect(real.equals(new Descriptor('*', 'counters', '*', '*', '*'))).toBe(false);
        });

        it('accepts a real descriptor as a query', () => {
            expect(new Descriptor('g', 'logger', 'console', 'n', '1.0').equals(new RealDescriptor('*', 'logger', '*', '*', '*'))).toBe(true);
        });
    });

    describe('Method: match', () => {
        it('takes a real descriptor wherever a DescriptorLike is expected', () => {
            const real: DescriptorLike = new RealDescriptor('g', 'logger', '*', '*', '*');

            expect(new Descriptor('g', 'logger', 'console', 'n', '1.0').match(real)).toBe(true);
        });
    });
});

describe('Class: References (drop-in)', () => {
    describe('Method: getOneOptional', () => {
        it('finds a component registered under a real descriptor, queried by ours or a real one', () => {
            const logger = { log: jest.fn() };
            const refs = References.fromTuples(new RealDescriptor('pip-services', 'logger', 'console', 'default', '1.0'), logger);

            expect(refs.getOneOptional(new Descriptor('*', 'logger', '*', '*', '*'))).toBe(logger);
            expect(refs.getOneOptional(new RealDescriptor('*', 'logger', '*', '*', '1.0'))).toBe(logger);
            expect(refs.getOneOptional(new RealDescriptor('*', 'counters', '*', '*', '*'))).toBeNull();
        });

        it('finds a component registered under our descriptor when queried by a real one', () => {
            const tracer = {};
            const refs = References.fromTuples(new Descriptor('pip-services', 'tracer', 'log', 'default', '1.0'), tracer);

            expect(refs.getOneRequired(new RealDescriptor('*', 'tracer', '*', '*', '*'))).toBe(tracer);
        });

        it('treats "*" from a look-alike stored locator as a wildcard', () => {
            const component = {};
            const stored: DescriptorLike = {
                getGroup: () => '*', getType: () => 'discovery', getKind: () => '*', getName: () => '*', getVersion: () => '*',
            };
            const refs = References.fromTuples(stored, component);

            expect(refs.getOneOptional(new Descriptor('x', 'discovery', 'memory', 'y', '1.0'))).toBe(component);
        });
    });

    describe('Method: find (inside real References)', () => {
        it('our descriptor works as a query against real References holding real descriptors', () => {
            const counters = {};
            const real = new RealReferences();
            real.put(new RealDescriptor('pip-services', 'counters', 'log', 'default', '1.0'), counters);

            expect(real.getOneOptional(new Descriptor('*', 'counters', '*', '*', '*'))).toBe(counters);
        });
    });
});

describe('Class: DependencyResolver (drop-in)', () => {
    describe('Method: configure / setReferences', () => {
        it('accepts a real ConfigParams and real References', () => {
            const persistence1 = {};
            const persistence2 = {};
            const refs = new RealReferences();
            refs.put(new RealDescriptor('mygroup', 'persistence', 'memory', 'p1', '1.0'), persistence1);
            refs.put(new RealDescriptor('mygroup', 'persistence', 'memory', 'p2', '1.0'), persistence2);
            const config = RealConfigParams.fromTuples('dependencies.persistence', 'mygroup:persistence:*:p1:1.0');
            const resolver = new DependencyResolver();

            resolver.configure(config);
            resolver.setReferences(refs);

            expect(resolver.getOneRequired('persistence')).toBe(persistence1);
            expect(() => resolver.getOneRequired('missing')).toThrow('Failed to obtain reference to missing');
        });
    });
});

describe('Class: ConfigParams (drop-in)', () => {
    describe('Method: constructor', () => {
        it('is readable by real code that iterates with for-in + hasOwnProperty', () => {
            const config = ConfigParams.fromTuples('connection.region', 'us-east-1', 'options.timeout', 5000);

            expect(readLikeRealPip(config)).toEqual({ 'connection.region': 'us-east-1', 'options.timeout': '5000' });
            expect(readLikeRealPip(config.getSection('connection'))).toEqual({ region: 'us-east-1' });
        });
    });

    describe('Method: mergeConfigs / getSection', () => {
        it('reads values out of a real ConfigParams', () => {
            const real = RealConfigParams.fromTuples('connection.host', 'h', 'connection.port', 80);

            const merged = ConfigParams.mergeConfigs(real, ConfigParams.fromTuples('connection.port', 81));

            expect(readLikeRealPip(merged.getSection('connection'))).toEqual({ host: 'h', port: '81' });
            expect(new ConfigParams(real).getAsString('connection.host')).toBe('h');
        });
    });
});

describe('Class: Context (drop-in)', () => {
    describe('Method: get', () => {
        it('works with real code that calls context.get directly', () => {
            expect(realGetTraceId(Context.fromTraceId('abc'))).toBe('abc');
        });
    });

    describe('Method: fromConfig', () => {
        it('reads a real ConfigParams', () => {
            expect(Context.fromConfig(RealConfigParams.fromTuples('trace_id', '7')).getTraceId()).toBe('7');
        });
    });

    describe('Method: ContextResolver.getTraceId', () => {
        it('reads a real Context', () => {
            expect(ContextResolver.getTraceId(new RealContext({ traceId: 'r' }))).toBe('r');
        });
    });
});

// Compile-time checks (type-checked by `tsc -p tsconfig.json`): real objects fit our types.
describe('Types (drop-in)', () => {
    it('assigns real objects to our types without casts', () => {
        const context: IContext = new RealContext({ trace_id: '1' });
        const references: IReferences = new RealReferences();
        const config: ConfigParams = RealConfigParams.fromTuples('a', 1);
        const descriptor: DescriptorLike = new RealDescriptor('a', 'b', 'c', 'd', 'e');
        const resolver = new DependencyResolver(config, references);

        expect(ContextResolver.getTraceId(context)).toBe('1');
        expect(descriptor.getType()).toBe('b');
        expect(resolver.getOptional('none')).toEqual([]);
    });
});
