import type { Entity, EntityKind } from '../../model';
import { addDays } from '../../period/IsoDate';
import fc from '../_lib/fastCheck';
import { activityArbitraries } from './activities';
import { documentArbitraries } from './documents';
import { type ArbitraryPools, withDefaults } from './pools';
import { formatUnits, isoDateArbitrary } from './primitives';
import { compact, optional, pick } from './shared';

/**
 * Valid entities of one collection, drawing ids and references from small pools (see
 * {@link ArbitraryPools}) so that generated data links up. Every value passes `parseEntity`.
 *
 * @param kind - the collection (`'orders'`, `'payments'` …)
 * @param pools - the ids, codes and date range to draw from (defaults are small)
 * @returns an arbitrary of parsed entities of that kind
 * @throws CrmRulesError `INVALID_DATE` for a malformed `from` or `to`
 * @example
 * ```ts
 * import fc from 'fast-check';
 * fc.sample(entityArbitrary('orders'), 1).every((order) => safeParseEntity('orders', order).success);
 * //=> true
 * ```
 */
export function entityArbitrary<K extends EntityKind>(
  kind: K,
  pools: ArbitraryPools = {},
): fc.Arbitrary<Entity<K>> {
  const p = withDefaults(pools);
  const builders = {
    ...masterArbitraries(p),
    ...documentArbitraries(p),
    ...activityArbitraries(p),
  };
  return builders[kind] as unknown as fc.Arbitrary<Entity<K>>;
}

function masterArbitraries(p: Required<ArbitraryPools>) {
  const date = isoDateArbitrary({ from: p.from, to: p.to });
  const name = fc.constantFrom('Hamburg Trading GmbH', '华东大客户部', 'Acme', "O'Brien & Co.");
  const money = fc
    .tuple(fc.integer({ min: 0, max: 50_000_000 }), pick(p.currencies))
    .map(([cents, currency]) => ({ amount: formatUnits(cents, 2), currency }));
  const notSelf = (pool: readonly string[]) =>
    fc.tuple(pick(pool), optional(pick(pool))).map(([id, other]) => ({
      id,
      other: other === id ? undefined : other,
    }));
  return {
    customers: fc
      .record({
        id: pick(p.customerIds),
        name,
        groupId: optional(pick(p.customerGroupIds)),
        country: pick(p.countries),
        grade: optional(pick(p.grades)),
        creditLimit: optional(money),
        insuredLimit: optional(money),
        firstDealDate: optional(date),
        ownerId: pick(p.managerIds),
        tags: optional(
          fc.uniqueArray(fc.constantFrom('vip', 'export', 'retail'), { maxLength: 2 }),
        ),
      })
      .map((customer) => compact(customer) as Entity<'customers'>),
    accountManagers: fc
      .record({
        ids: notSelf(p.managerIds),
        name,
        teamId: pick(p.teamIds),
        hireDate: date,
        stay: optional(fc.integer({ min: 0, max: 400 })),
        payCurrency: pick(p.currencies),
      })
      .map(
        ({ ids, stay, ...rest }) =>
          compact({
            id: ids.id,
            managerId: ids.other,
            ...rest,
            leaveDate: stay === undefined ? undefined : addDays(rest.hireDate, stay),
          }) as Entity<'accountManagers'>,
      ),
    teams: fc
      .record({ ids: notSelf(p.teamIds), name, managerId: optional(pick(p.managerIds)) })
      .map(
        ({ ids, ...rest }) =>
          compact({ id: ids.id, parentTeamId: ids.other, ...rest }) as Entity<'teams'>,
      ),
    productCategories: fc
      .record({ ids: notSelf(p.categoryIds), name })
      .map(
        ({ ids, name }) =>
          compact({ id: ids.id, name, parentId: ids.other }) as Entity<'productCategories'>,
      ),
    products: fc
      .record({
        id: pick(p.productIds),
        name,
        categoryId: pick(p.categoryIds),
        hsCode: optional(fc.constantFrom('8413', '841370', '8413701000')),
      })
      .map((product) => compact(product) as Entity<'products'>),
  };
}
