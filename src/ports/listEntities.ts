import { attemptAsync, type SafeResult } from '../errors';
import { requireFields, requireOptions } from '../errors/_lib/argumentGuards';
import type { Entity, EntityKind } from '../model';
import type { CrmStore } from './CrmStore';
import type { EntityReader } from './EntityReader';
import { matchesQuery } from './matchesQuery';
import { type ParsedQuery, parseQuery } from './parseQuery';
import type { EntityQuery } from './querySpecs';
import { unsupported } from './Supports';

/**
 * Lists a collection with any query, whatever the store pushes down: filters in
 * `store.supports.readers[kind]` go to the store, the others are applied here, as the entities
 * stream by. The order is the store's (filtering keeps it).
 *
 * @param store - the store
 * @param kind - the collection
 * @param query - any valid query of the collection
 * @returns the matching entities
 * @throws CrmRulesError `UNSUPPORTED_CAPABILITY` when the store cannot read the collection at
 * all; the query errors of `parseQuery` (all reject on the first `next()`)
 * @example
 * ```ts
 * import { createMemoryStore } from 'crm-rules/memory';
 * const order = (id: string, ownerId: string) => ({ id, customerId: 'C-1', ownerId, orderDate: '2026-03-02',
 *   currency: 'USD', status: 'confirmed', lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: '10' }] });
 * const seed = { orders: [order('SO-1', 'AM-7'), order('SO-2', 'AM-8'), order('SO-3', 'AM-7')] };
 * const store = createMemoryStore(seed, { supports: { ...FULL_SUPPORT, readers: { orders: ['range'] } } });
 * // store.supports.readers.orders is ['range']: ownerId is filtered here
 * const ids: string[] = [];
 * for await (const order of listEntities(store, 'orders', { ownerId: 'AM-7' })) ids.push(order.id);
 * ids;
 * //=> ['SO-1', 'SO-3']
 * ```
 */
export async function* listEntities<K extends EntityKind>(
  store: CrmStore,
  kind: K,
  query?: EntityQuery<K>,
): AsyncGenerator<Entity<K>> {
  requireFields(store, 'store', { supports: 'object' }, 'a CrmStore');
  requireFields(store.supports, 'store', { readers: 'object' }, 'a CrmStore');
  requireOptions(query, 'query');
  const pushed: readonly string[] | undefined = store.supports.readers[kind];
  if (pushed === undefined) throw unsupported(`readers.${kind}`, [kind]);
  const parsed = parseQuery(kind, query);
  const remote: Record<string, unknown> = {};
  const equals = parsed.equals.filter((filter) => !pushed.includes(filter.field));
  let local: ParsedQuery = { equals };
  if (parsed.range !== undefined) {
    if (pushed.includes('range')) remote.range = parsed.range;
    else local = { range: parsed.range, equals };
  }
  for (const { field, values } of parsed.equals) {
    if (pushed.includes(field)) remote[field] = values;
  }
  const reader = store[kind] as unknown as EntityReader<Entity<K>, Record<string, unknown>>;
  for await (const entity of reader.list(remote)) {
    if (matchesQuery(kind, entity, local)) yield entity;
  }
}

/**
 * Like {@link listEntities}, but reads the whole listing and returns `{ success, data | error }`
 * instead of throwing; the promise never rejects. Use it for a bounded listing; stream big ones
 * with {@link listEntities}.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'crm-rules/memory';
 * const store = createMemoryStore();
 * (await safeListEntities(store, 'orders', { ownerId: 5 })).error?.code;
 * //=> 'INVALID_INPUT'
 * ```
 */
export function safeListEntities<K extends EntityKind>(
  store: CrmStore,
  kind: K,
  query?: EntityQuery<K>,
): Promise<SafeResult<Entity<K>[]>> {
  return attemptAsync(async () => {
    const all: Entity<K>[] = [];
    for await (const entity of listEntities(store, kind, query)) all.push(entity);
    return all;
  });
}
