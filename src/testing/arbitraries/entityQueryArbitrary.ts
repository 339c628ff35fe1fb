import { ComplaintSeverity, type EntityKind, OrderStatus } from '../../model';
import { type EntityQuery, type FilterName, QUERY_SPECS, type QuerySpec } from '../../ports';
import fc from '../_lib/fastCheck';
import { type ArbitraryPools, withDefaults } from './pools';
import { isoDateArbitrary } from './primitives';
import { pick, sometimes } from './shared';

function fieldPools(p: Required<ArbitraryPools>): Readonly<Record<string, readonly string[]>> {
  return {
    customerId: p.customerIds,
    ownerId: p.managerIds,
    managerId: p.managerIds,
    groupId: p.customerGroupIds,
    country: p.countries,
    grade: p.grades,
    teamId: p.teamIds,
    parentTeamId: p.teamIds,
    parentId: p.categoryIds,
    categoryId: p.categoryIds,
    status: OrderStatus.options,
    orderId: p.orderIds,
    invoiceId: p.invoiceIds,
    severity: ComplaintSeverity.options,
    courseId: p.courseIds,
    subjectKind: ['manager', 'team'],
    subjectId: [...p.managerIds, ...p.teamIds],
    metric: p.metrics,
    period: p.periods,
  };
}

/**
 * Random reader queries of a collection: each allowed filter present one time in three, with a
 * value from the same pools {@link entityArbitrary} draws from (one value or a list of up to
 * two), and ranges a month either side of the pools' dates. Useful to compare a store with the
 * memory store.
 *
 * @param kind - the collection
 * @param filters - the filters to use (default all of the collection's, see `QUERY_SPECS`)
 * @param pools - the pools (defaults as in {@link entityArbitrary})
 * @returns an arbitrary of queries
 * @example
 * ```ts
 * import fc from 'fast-check';
 * fc.sample(entityQueryArbitrary('teams', []), 1);
 * //=> [{}]
 * ```
 */
export function entityQueryArbitrary<K extends EntityKind>(
  kind: K,
  filters?: ReadonlyArray<FilterName<K>>,
  pools: ArbitraryPools = {},
): fc.Arbitrary<EntityQuery<K>> {
  const p = withDefaults(pools);
  const spec: QuerySpec = QUERY_SPECS[kind];
  const names: readonly string[] = filters ?? [
    ...(spec.range === undefined ? [] : ['range']),
    ...spec.fields,
  ];
  const values = fieldPools(p);
  const date = isoDateArbitrary({ from: addMonth(p.from, -1), to: addMonth(p.to, 1) });
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const filter of names) {
    if (filter === 'range') {
      parts.range = sometimes(
        fc
          .tuple(date, date)
          .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
      );
    } else {
      const pool = values[filter] ?? ['x'];
      parts[filter] = sometimes(fc.oneof(pick(pool), fc.uniqueArray(pick(pool), { maxLength: 2 })));
    }
  }
  return fc
    .record(parts)
    .map(
      (query) =>
        Object.fromEntries(
          Object.entries(query).filter(([, v]) => v !== undefined),
        ) as EntityQuery<K>,
    );
}

function addMonth(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
