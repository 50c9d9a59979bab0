/**
 * Stand-in for the parts of `pip-services4-config-node` this library needs
 * (same class names, method names and signatures).
 *
 * @module config
 */
export { ConnectionParams, MemoryDiscovery, ConnectionResolver } from './connect';
export type { IDiscovery } from './connect';
export { CredentialParams, MemoryCredentialStore, CredentialResolver } from './auth';
export type { ICredentialStore } from './auth';
