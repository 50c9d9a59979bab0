/** @module auth */
export { CredentialParams } from './CredentialParams';
export type { ICredentialStore } from './ICredentialStore';
export { MemoryCredentialStore } from './MemoryCredentialStore';
export { CredentialResolver } from './CredentialResolver';
