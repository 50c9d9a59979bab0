/** @module connect */
export { ConnectionParams } from './ConnectionParams';
export type { IDiscovery } from './IDiscovery';
export { MemoryDiscovery } from './MemoryDiscovery';
export { ConnectionResolver } from './ConnectionResolver';
