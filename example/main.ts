/**
 * Example: call a Lambda function through a LambdaClient subclass, with logging and counters.
 *
 * The function runs in a local emulator (see emulator/), so no AWS account is needed; against AWS,
 * only the configuration changes (a real function name or ARN, a region, keys, and no endpoint).
 * Run it with `npm run example`.
 */
import {
  ConfigParams,
  ConsoleLogger,
  Context,
  CounterType,
  Descriptor,
  LogCounters,
  LogLevel,
  References,
} from 'pip-services4-lambda-client-node';
import { startLambdaEmulator, type LambdaEmulator } from '../emulator/LambdaEmulator';
import { type Dummy } from './Dummy';
import { DummyLambdaClient } from './DummyLambdaClient';

/**
 * Stops the example when a step did not give the expected answer.
 * @param condition - what must hold
 * @param message - what went wrong otherwise
 * @throws Error when the condition is false
 */
function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(`Unexpected answer: ${message}`);
  }
}

/**
 * Prints one numbered step and its result.
 * @param title - what the step did
 * @param value - its result
 */
function step(title: string, value: unknown): void {
  console.log(`\n>>> ${title}\n${JSON.stringify(value, null, 2)}`);
}

/**
 * Prints what the counters recorded: call counts and call times per operation.
 * @param counters - the counters the client used
 */
function printCounters(counters: LogCounters): void {
  console.log('\n>>> Counters');
  const rows = counters.getAll().sort((a, b) => a.name.localeCompare(b.name));
  for (const c of rows) {
    const kind = CounterType[c.type] ?? String(c.type);
    const timing = c.type === CounterType.Interval ? `  avg ${(c.average ?? 0).toFixed(1)} ms  max ${(c.max ?? 0).toFixed(1)} ms` : '';
    console.log(`  ${c.name.padEnd(32)} ${kind.padEnd(9)} count ${String(c.count ?? 0).padStart(3)}${timing}`);
  }
}

/**
 * Runs the example against an already started emulator.
 * @param emulator - the running emulator
 * @returns a promise that resolves when every step succeeded
 */
async function runExample(emulator: LambdaEmulator): Promise<void> {
  const context = Context.fromTraceId('example-123');

  // The client: where the function is, credentials, timeouts and retries.
  const client = new DummyLambdaClient();
  client.configure(ConfigParams.fromTuples(
    'connection.arn', 'dummy', // on AWS: arn:aws:lambda:<region>:<account>:function:<name>
    'connection.region', 'us-east-1',
    'connection.endpoint', emulator.endpoint, // only for the local emulator
    'credential.access_id', 'example-access-id',
    'credential.access_key', 'example-access-key',
    'options.connect_timeout', 5000,
    'options.timeout', 10000,
    'options.retries', 0,
  ));

  // Components the client finds through references: a console logger and counters.
  const logger = new ConsoleLogger();
  logger.setLevel(LogLevel.Trace);
  const counters = new LogCounters();
  const references = References.fromTuples(
    new Descriptor('pip-services', 'logger', 'console', 'default', '1.0'), logger,
    new Descriptor('pip-services', 'counters', 'log', 'default', '1.0'), counters,
  );
  counters.setReferences(references);
  client.setReferences(references);

  await client.open(context);
  try {
    const first = await client.createDummy(context, { key: 'dummy-1', content: 'First dummy' });
    step('Created dummy 1', first);
    check(typeof first.id === 'string' && first.content === 'First dummy', 'create_dummy did not return the dummy with an id');
    const firstId: string = first.id;

    const second = await client.createDummy(context, { key: 'dummy-2', content: 'Second dummy' });
    step('Created dummy 2', second);
    check(typeof second.id === 'string', 'create_dummy did not assign an id');

    const read = await client.getDummyById(context, firstId);
    step(`Read dummy ${firstId}`, read);
    check(read?.key === 'dummy-1', 'get_dummy_by_id did not find dummy 1');

    const changed: Dummy = { ...first, content: 'First dummy, updated' };
    const updated = await client.updateDummy(context, changed);
    step('Updated dummy 1', updated);
    check(updated?.content === 'First dummy, updated', 'update_dummy did not store the new content');

    const page = await client.getDummies(context, null, { skip: 0, take: 10, total: true });
    step('Listed dummies (skip 0, take 10, with total)', page);
    check(page.total === 2 && page.data.length === 2, 'get_dummies did not list both dummies');

    const deleted = await client.deleteDummy(context, firstId);
    step(`Deleted dummy ${firstId}`, deleted);
    check(deleted?.id === firstId, 'delete_dummy did not return the deleted dummy');

    const gone = await client.getDummyById(context, firstId);
    step(`Read dummy ${firstId} again`, gone);
    check(gone === null, 'the deleted dummy can still be read');

    const rest = await client.getDummies(context, null, { total: true });
    step('Listed dummies after the delete', rest);
    check(rest.total === 1, 'get_dummies still counts the deleted dummy');

    printCounters(counters);
    check(counters.getAll().some((c) => c.name === 'dummy.create_dummy.exec_count' && c.count === 2),
      'the counters did not record the two create_dummy calls');
  } finally {
    await client.close(context);
  }
}

/**
 * Starts the emulator, runs the example and always stops the emulator.
 * @returns the process exit code: 0 on success, 1 on failure
 */
async function main(): Promise<number> {
  let emulator: LambdaEmulator | undefined;
  try {
    console.log('Starting the local Lambda emulator...');
    emulator = await startLambdaEmulator();
    console.log(`Local Lambda emulator ready at ${emulator.endpoint} (pid ${emulator.pid})`);
    await runExample(emulator);
    console.log('\nExample finished successfully.');
    return 0;
  } catch (err) {
    // pip-services exceptions set name = code, so the class name says more.
    const error = err as { constructor?: { name?: string }; code?: string; message?: string };
    const kind = error.constructor?.name ?? 'Error';
    const code = error.code && error.code !== kind ? ` [${error.code}]` : '';
    console.error(`\nExample FAILED: ${kind}${code}: ${error.message ?? String(err)}`);
    return 1;
  } finally {
    if (emulator) {
      await emulator.stop();
      console.log('Local Lambda emulator stopped.');
    }
  }
}

void main().then((code) => process.exit(code));
