import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** The names users import from the package root, classes and values (types vanish at run time). */
const EXPECTED = [
    'LambdaClient', 'CommandableLambdaClient', 'LambdaRetryStrategy', 'AwsConnectionParams', 'AwsConnectionResolver',
    'LambdaErrorCodes', 'LambdaErrorMapper', 'TestLambdaClient', 'TestCommandableLambdaClient', 'Context',
    'ContextResolver', 'ConfigParams', 'Descriptor', 'Reference', 'References', 'ReferenceException',
    'DependencyResolver', 'ConnectionParams', 'MemoryDiscovery', 'ConnectionResolver', 'CredentialParams',
    'MemoryCredentialStore', 'CredentialResolver', 'LogLevel', 'Logger', 'NullLogger', 'ConsoleLogger',
    'CompositeLogger', 'CounterType', 'Counter', 'CounterTiming', 'NullCounters', 'CompositeCounters',
    'CachedCounters', 'LogCounters', 'TraceTiming', 'NullTracer', 'CompositeTracer', 'LogTracer', 'InstrumentTiming',
    'IdGenerator',
];

function runNode(args: string[]): string {
    return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

describe('Package: pip-services4-lambda-client-node', () => {
    beforeAll(() => {
        if (!existsSync(join(root, 'dist', 'index.js'))) {
            execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
        }
    }, 120_000);

    it('exports every class by name from the package root through require', () => {
        const names = JSON.parse(runNode(['-e', "console.log(JSON.stringify(Object.keys(require('pip-services4-lambda-client-node'))))"])) as string[];
        expect(names).toEqual(expect.arrayContaining(EXPECTED));
    });

    it('exports the same names to an ESM import', () => {
        const script = "import * as lib from 'pip-services4-lambda-client-node'; import { LambdaClient } from 'pip-services4-lambda-client-node';"
            + " console.log(JSON.stringify({ names: Object.keys(lib), named: typeof LambdaClient }));";
        const { names, named } = JSON.parse(runNode(['--input-type=module', '-e', script])) as { names: string[]; named: string };
        expect(named).toBe('function');
        expect(names).toEqual(expect.arrayContaining(EXPECTED));
    });

    it('ships .d.ts types through the exports map', () => {
        const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: { '.': { types: string } } };
        const types = join(root, pkg.exports['.'].types);
        expect(existsSync(types)).toBe(true);
        expect(readFileSync(types, 'utf8')).toContain('LambdaClient');
        expect(existsSync(join(root, 'dist', 'clients', 'LambdaClient.d.ts'))).toBe(true);
    });
});
