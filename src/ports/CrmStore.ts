import type { Entity, EntityKind } from '../model';
import type { EntityReader } from './EntityReader';
import type { EntityQuery } from './querySpecs';
import type { ResultStore } from './ResultStore';
import type { Supports } from './Supports';
import type { SummaryReader } from './summaries';

/** One reader per collection: `store.orders`, `store.payments` … */
export type EntityReaders = {
  readonly [K in EntityKind]: EntityReader<Entity<K>, EntityQuery<K>>;
};

/**
 * A store: the port between workflows and the caller's storage. Readers per collection, a
 * result store, optional pushed-down summaries and the `supports` manifest saying which of
 * these work. Adapters are factories over the caller's client (`createMemoryStore(seed)`,
 * `createPostgresStore(pool)`); domain code never sees a store, only the data read from it.
 * Prove an adapter with `describeAdapterContract` from `crm-rules/testing`.
 */
export interface CrmStore extends EntityReaders {
  readonly supports: Supports;
  readonly results: ResultStore;
  readonly summaries: SummaryReader;
}
