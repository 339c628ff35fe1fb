import { CrmRulesError } from '../../errors';
import type { EntityKind } from '../../model';
import { type ParsedQuery, parseQuery } from '../parseQuery';
import { type SummaryName, type Supports, unsupported } from '../Supports';

/**
 * Internal: the filters a store's manifest pushes down for `kind`'s reader — or
 * `UNSUPPORTED_CAPABILITY` at `[kind]` when the store has no reader for it. Every adapter's
 * `get` and `list` start here.
 */
export function pushedFilters(supports: Supports, kind: EntityKind): readonly string[] {
  const filters: readonly string[] | undefined = supports.readers[kind];
  if (filters === undefined) throw unsupported(`readers.${kind}`, [kind]);
  return filters;
}

/** Internal: an entity id as `get` takes it — a non-empty string, else `INVALID_INPUT` at `['id']`. */
export function requireEntityId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id === '')
    throw new CrmRulesError('INVALID_INPUT', 'an id is a non-empty string', {
      path: ['id'],
      value: id,
    });
}

/**
 * Internal: the parsed query of a pushed-down summary — or `UNSUPPORTED_CAPABILITY` unless the
 * manifest lists the summary and an orders reader. Every adapter's `summaries.*` start here.
 */
export function summaryQuery(supports: Supports, name: SummaryName, query: unknown): ParsedQuery {
  const pushed = supports.readers.orders;
  if (supports.summaries[name] !== true || pushed === undefined)
    throw unsupported(`summaries.${name}`);
  return parseQuery('orders', query, pushed);
}
