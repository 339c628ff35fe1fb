import { ownValue } from '../_lib/guards';
import { attempt, type SafeResult } from '../errors';
import { requireFields, requireObject, requireString } from '../errors/_lib/argumentGuards';
import type { Entity, EntityKind } from '../model';
import type { ParsedQuery } from './parseQuery';
import { QUERY_SPECS, type QuerySpec } from './querySpecs';

/**
 * True when an entity passes a parsed query, by the rules of `QUERY_SPECS`: the reference
 * semantics of every reader, used by the memory adapter and to filter locally what an adapter
 * cannot push down.
 *
 * @param kind - the collection
 * @param entity - a parsed entity of that collection
 * @param query - a query from {@link parseQuery}
 * @returns whether the entity belongs in the result
 * @example
 * ```ts
 * matchesQuery('teams', { id: 'T-2', name: 'Nordics', parentTeamId: 'T-1' }, parseQuery('teams', { parentTeamId: 'T-1' }));
 * //=> true
 * ```
 */
export function matchesQuery<K extends EntityKind>(
  kind: K,
  entity: Entity<K>,
  query: ParsedQuery,
): boolean {
  requireObject(entity, 'entity');
  requireFields(query, 'query', { equals: 'array' }, 'a parsed query (use parseQuery)');
  const spec: QuerySpec = QUERY_SPECS[kind];
  if (query.range !== undefined && spec.range !== undefined) {
    const { start, end } = query.range;
    if ('date' in spec.range) {
      const date = ownValue(entity, spec.range.date);
      if (typeof date !== 'string' || date < start || date >= end) return false;
    } else {
      const from = ownValue(entity, spec.range.from);
      const to = ownValue(entity, spec.range.to);
      if (typeof from !== 'string' || from >= end) return false;
      if (typeof to === 'string' && to < start) return false;
    }
  }
  for (const { field, values } of query.equals) {
    if (!fieldValues(kind, entity, field).some((value) => values.includes(value))) return false;
  }
  return true;
}

/**
 * Like {@link matchesQuery}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeMatchesQuery(null, null, null).success;
 * //=> false
 * ```
 */
export function safeMatchesQuery<K extends EntityKind>(
  kind: K,
  entity: Entity<K>,
  query: ParsedQuery,
): SafeResult<boolean> {
  return attempt(() => matchesQuery<K>(kind, entity, query));
}

/**
 * The values an equality filter compares for one entity: the field's value (none when absent),
 * or for `payments.invoiceId` the invoice of every allocation.
 *
 * @param kind - the collection
 * @param entity - a parsed entity of that collection
 * @param field - an equality filter of the collection
 * @returns the values, possibly none
 * @example
 * ```ts
 * fieldValues('customers', { id: 'C-1', name: 'A', country: 'DE', ownerId: 'AM-7' }, 'groupId');
 * //=> []
 * ```
 */
export function fieldValues<K extends EntityKind>(
  kind: K,
  entity: Entity<K>,
  field: string,
): string[] {
  requireObject(entity, 'entity');
  requireString(field, 'field');
  if (kind === 'payments' && field === 'invoiceId') {
    return (entity as Entity<'payments'>).allocations.map((allocation) => allocation.invoiceId);
  }
  const value = ownValue(entity, field);
  return typeof value === 'string' ? [value] : [];
}

/**
 * Like {@link fieldValues}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeFieldValues(null, null, null).success;
 * //=> false
 * ```
 */
export function safeFieldValues<K extends EntityKind>(
  kind: K,
  entity: Entity<K>,
  field: string,
): SafeResult<string[]> {
  return attempt(() => fieldValues<K>(kind, entity, field));
}
