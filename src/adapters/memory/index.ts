export {
  createMemoryStore,
  type MemoryStoreOptions,
  safeCreateMemoryStore,
} from './createMemoryStore';
