import { ConfigParams } from '../../src';

/**
 * Client configuration for a function served by the local emulator: its endpoint, dummy
 * credentials, region us-east-1 and no retries (the emulator's errors must surface at once).
 * @param endpoint - the emulator's endpoint, e.g. http://127.0.0.1:41234
 * @param functionName - the function's name, e.g. `dummy`
 * @returns the configuration to pass to `configure`
 */
export function emulatorConfig(endpoint: string, functionName: string): ConfigParams {
  return ConfigParams.fromTuples(
    'connection.arn', functionName,
    'connection.region', 'us-east-1',
    'connection.endpoint', endpoint,
    'credential.access_id', 'test-access-id',
    'credential.access_key', 'test-access-key',
    'options.retries', 0,
  );
}
