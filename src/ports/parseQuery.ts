import { isUnsafeKey, ownValue } from '../_lib/guards';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { argumentError, requireArray } from '../errors/_lib/argumentGuards';
import { type EntityKind, isEntityKind } from '../model';
import { DateRange } from '../period/DateRange';
import { QUERY_SPECS, type QuerySpec } from './querySpecs';

/** A validated query (see {@link parseQuery}): the range, and the equality filters in use. */
export interface ParsedQuery {
  readonly range?: DateRange;
  readonly equals: ReadonlyArray<{ readonly field: string; readonly values: readonly string[] }>;
}

/**
 * Validates a reader query and brings it to one shape, so every adapter reads filters the same
 * way. Filters whose value is `undefined` are ignored.
 *
 * @param kind - the collection
 * @param query - the caller's query (`undefined` for everything)
 * @param pushed - the filters the adapter evaluates (its `supports.readers[kind]`); a filter in
 * use but not listed is refused. Omit to allow all.
 * @returns the range (validated) and the equality filters in `QUERY_SPECS` order
 * @throws CrmRulesError `INVALID_INPUT` (not an object, unknown filter, a value that is not a
 * string or an array of strings), `UNSAFE_KEY`, `INVALID_DATE`, `INVALID_DATE_RANGE`,
 * `UNSUPPORTED_CAPABILITY` (a filter not in `pushed`), with the path of the filter
 * @example
 * ```ts
 * parseQuery('orders', { ownerId: 'AM-7', range: { start: '2026-01-01', end: '2026-04-01' } });
 * //=> { range: { start: '2026-01-01', end: '2026-04-01' }, equals: [{ field: 'ownerId', values: ['AM-7'] }] }
 * ```
 */
export function parseQuery(
  kind: EntityKind,
  query: unknown,
  pushed?: readonly string[],
): ParsedQuery {
  if (!isEntityKind(kind)) throw argumentError('kind', 'a collection name', kind);
  if (pushed !== undefined) requireArray(pushed, 'pushed');
  const spec: QuerySpec = QUERY_SPECS[kind];
  if (query === undefined) return { equals: [] };
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw new CrmRulesError('INVALID_INPUT', 'a query is an object of filters', { value: query });
  }
  for (const key of Object.keys(query)) {
    if (isUnsafeKey(key))
      throw new CrmRulesError('UNSAFE_KEY', 'this key could reach an object prototype', {
        path: [key],
        value: key,
      });
    const known = key === 'range' ? spec.range !== undefined : spec.fields.includes(key);
    if (!known) {
      const names = [...(spec.range === undefined ? [] : ['range']), ...spec.fields];
      throw new CrmRulesError('INVALID_INPUT', `${kind} filter by ${names.join(', ')}`, {
        path: [key],
        value: key,
      });
    }
    if (ownValue(query, key) !== undefined && pushed !== undefined && !pushed.includes(key)) {
      throw new CrmRulesError(
        'UNSUPPORTED_CAPABILITY',
        `this adapter does not filter ${kind} by ${key}; see supports.readers.${kind}`,
        { path: [key], value: key },
      );
    }
  }
  const rangeInput = ownValue(query, 'range');
  const range =
    rangeInput === undefined ? undefined : parseWith(DateRange, rangeInput, { path: ['range'] });
  const equals: Array<{ field: string; values: string[] }> = [];
  for (const field of spec.fields) {
    const value = ownValue(query, field);
    if (value === undefined) continue;
    const values = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(values) || !values.every((item) => typeof item === 'string')) {
      throw new CrmRulesError('INVALID_INPUT', 'expected a string or an array of strings', {
        path: [field],
        value,
      });
    }
    equals.push({ field, values: [...values] });
  }
  return range === undefined ? { equals } : { range, equals };
}

/**
 * Like {@link parseQuery}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeParseQuery(null, null).success;
 * //=> false
 * ```
 */
export function safeParseQuery(
  kind: EntityKind,
  query: unknown,
  pushed?: readonly string[],
): SafeResult<ParsedQuery> {
  return attempt(() => parseQuery(kind, query, pushed));
}
