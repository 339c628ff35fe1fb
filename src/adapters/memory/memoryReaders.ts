import { type Dataset, ENTITY_KINDS, type Entity, type EntityKind } from '../../model';
import {
  compareEntities,
  type EntityReader,
  type EntityReaders,
  matchesQuery,
  parseQuery,
  type Supports,
} from '../../ports';
import { pushedFilters, requireEntityId } from '../../ports/_lib/readerGuards';
import { copyJson } from './copyJson';

/** Internal: one collection held in memory, sorted in list order and indexed by id. */
export interface MemoryCollection<K extends EntityKind> {
  readonly sorted: ReadonlyArray<Entity<K>>;
  readonly byId: ReadonlyMap<string, Entity<K>>;
}

/** Internal: indexes every collection of a parsed dataset (missing collections are empty). */
export function indexDataset(dataset: Dataset): {
  readonly [K in EntityKind]: MemoryCollection<K>;
} {
  const out: Record<string, MemoryCollection<EntityKind>> = {};
  for (const kind of ENTITY_KINDS) {
    const items = (dataset[kind] ?? []).map((item) => copyJson(item)) as Entity<EntityKind>[];
    items.sort(compareEntities(kind) as (a: object, b: object) => number);
    out[kind] = { sorted: items, byId: new Map(items.map((item) => [item.id, item])) };
  }
  return out as { readonly [K in EntityKind]: MemoryCollection<K> };
}

/** Internal: the readers of a memory store, honouring its manifest. */
export function memoryReaders(
  collections: { readonly [K in EntityKind]: MemoryCollection<K> },
  supports: Supports,
): EntityReaders {
  const readers: Record<string, EntityReader<unknown, unknown>> = {};
  for (const kind of ENTITY_KINDS) readers[kind] = reader(kind, collections[kind], supports);
  return readers as unknown as EntityReaders;
}

function reader<K extends EntityKind>(
  kind: K,
  collection: MemoryCollection<K>,
  supports: Supports,
): EntityReader<Entity<K>, unknown> {
  const pushed = (): readonly string[] => pushedFilters(supports, kind);
  return {
    async get(id) {
      pushed();
      requireEntityId(id);
      const found = collection.byId.get(id);
      return found === undefined ? null : copyJson(found);
    },
    async *list(query) {
      const parsed = parseQuery(kind, query, pushed());
      for (const entity of collection.sorted) {
        if (matchesQuery(kind, entity, parsed)) yield copyJson(entity);
      }
    },
  };
}
