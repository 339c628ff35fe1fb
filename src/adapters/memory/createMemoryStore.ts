import { attempt, type SafeResult } from '../../errors';
import { requireOptions } from '../../errors/_lib/argumentGuards';
import { type Dataset, parseDataset } from '../../model';
import {
  type CrmStore,
  FULL_SUPPORT,
  matchesQuery,
  type ParsedQuery,
  parseSupports,
  type Supports,
  summariseCustomerPurchases,
  summariseManagerSales,
  summariseOrderDays,
} from '../../ports';
import { summaryQuery } from '../../ports/_lib/readerGuards';
import { indexDataset, memoryReaders } from './memoryReaders';
import { memoryResults } from './memoryResults';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /**
   * A narrower manifest than the default {@link FULL_SUPPORT}, to see how a workflow copes
   * with a weaker store: unlisted readers, filters and result operations then reject with
   * `UNSUPPORTED_CAPABILITY`, exactly as such a store would.
   */
  readonly supports?: Supports;
}

/**
 * Creates the in-memory store: the embedded default, and the reference every other adapter is
 * compared with by the contract kit. The seed is validated (`parseDataset`) and copied in;
 * every entity and result handed out is a fresh copy, so callers cannot change the store's
 * state by mutating them. Lists follow `QUERY_SPECS`: documents by date then id, master data by
 * id, strings by code point, whatever the order of the seed. Results start empty.
 *
 * @param seed - the entities to serve, as plain JSON (a {@link Dataset}); default none
 * @param options - `supports` to narrow the manifest
 * @returns a {@link CrmStore}
 * @throws CrmRulesError for a bad seed, with the path into it (`['orders', 3, 'lines', 0,
 * 'quantity']`): `INVALID_INPUT`, `UNSAFE_KEY`, `NEGATIVE_QUANTITY`, `INVALID_DATE` … (see
 * `parseDataset`); `INVALID_INPUT` for a bad manifest
 * @example
 * ```ts
 * const store = createMemoryStore({ teams: [{ id: 'T-EU', name: 'Europe' }] });
 * await store.teams.get('T-EU');
 * //=> { id: 'T-EU', name: 'Europe' }
 * ```
 */
export function createMemoryStore(seed: Dataset = {}, options: MemoryStoreOptions = {}): CrmStore {
  requireOptions(seed, 'seed');
  requireOptions(options);
  const dataset = parseDataset(seed);
  const supports =
    options.supports === undefined ? FULL_SUPPORT : deepFreeze(parseSupports(options.supports));
  const collections = indexDataset(dataset);
  const selected = (query: ParsedQuery) =>
    collections.orders.sorted.filter((order) => matchesQuery('orders', order, query));
  return {
    ...memoryReaders(collections, supports),
    supports,
    results: memoryResults(supports),
    summaries: {
      async *orderDays(query) {
        yield* summariseOrderDays(selected(summaryQuery(supports, 'orderDays', query)));
      },
      async *managerSales(query) {
        yield* summariseManagerSales(selected(summaryQuery(supports, 'managerSales', query)));
      },
      async *customerPurchases(query) {
        yield* summariseCustomerPurchases(
          selected(summaryQuery(supports, 'customerPurchases', query)),
        );
      },
    },
  };
}

/**
 * Like {@link createMemoryStore}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeCreateMemoryStore(null).success;
 * //=> false
 * ```
 */
export function safeCreateMemoryStore(
  seed: Dataset = {},
  options: MemoryStoreOptions = {},
): SafeResult<CrmStore> {
  return attempt(() => createMemoryStore(seed, options));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
