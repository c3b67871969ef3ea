export {
  createMemoryAdapter,
  MemoryAdapter,
  type MemoryAdapterOptions,
  type MemoryFailure,
  type MemoryFailureKind,
} from './memory-adapter.js';
export type { MemoryFamily, MemoryProfile } from './seed.js';
