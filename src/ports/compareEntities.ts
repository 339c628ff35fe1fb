import { ownValue } from '../_lib/guards';
import { attempt, type SafeResult } from '../errors';
import { argumentError } from '../errors/_lib/argumentGuards';
import { type Entity, type EntityKind, isEntityKind } from '../model';
import { compareKeys } from './compareKeys';
import { QUERY_SPECS } from './querySpecs';

/**
 * The order in which a store lists a collection (`QUERY_SPECS[kind].orderBy`): documents by
 * their date then id, master data by id, strings compared by code point.
 *
 * @param kind - the collection
 * @returns a comparator for `Array.prototype.sort`
 * @example
 * ```ts
 * [{ id: 'B', date: '2026-01-01' }, { id: 'A', date: '2026-01-02' }]
 *   .sort(compareEntities('trainingRecords') as (a: object, b: object) => number)
 *   .map((record) => record.id);
 * //=> ['B', 'A']
 * ```
 */
export function compareEntities<K extends EntityKind>(
  kind: K,
): (a: Entity<K>, b: Entity<K>) => number {
  if (!isEntityKind(kind)) throw argumentError('kind', 'a collection name', kind);
  const fields: readonly string[] = QUERY_SPECS[kind].orderBy;
  return (a, b) => {
    for (const field of fields) {
      const order = compareKeys(String(ownValue(a, field)), String(ownValue(b, field)));
      if (order !== 0) return order;
    }
    return 0;
  };
}

/**
 * Like {@link compareEntities}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeCompareEntities(null).success;
 * //=> false
 * ```
 */
export function safeCompareEntities<K extends EntityKind>(
  kind: K,
): SafeResult<(a: Entity<K>, b: Entity<K>) => number> {
  return attempt(() => compareEntities<K>(kind));
}
