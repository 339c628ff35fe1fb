import type { Entity, EntityKind } from '../../model';
import { addDays } from '../../period/IsoDate';
import { fieldValues, QUERY_SPECS, type QuerySpec } from '../../ports';

/** Internal: a reader query as the contract cases build it. */
export type Query = Record<string, unknown>;

/** Internal: queries exercising one filter: each value seen, several at once, an unknown one, none. */
export function queriesFor(kind: EntityKind, filter: string, all: readonly unknown[]): Query[] {
  if (filter === 'range') return rangesFor(kind, all).map((range) => ({ range }));
  const seen = distinct(
    all.flatMap((entity) => fieldValues(kind, entity as Entity<EntityKind>, filter)),
  );
  return [
    ...seen.map((value) => ({ [filter]: value })),
    { [filter]: seen.slice(0, 2) },
    { [filter]: ['no-such-value'] },
    { [filter]: [] },
  ];
}

/** Internal: ranges around the seeded dates: single days, half-open edges, everything, nothing. */
export function rangesFor(
  kind: EntityKind,
  all: readonly unknown[],
): Array<{ start: string; end: string }> {
  const spec: QuerySpec = QUERY_SPECS[kind];
  const fields =
    spec.range === undefined
      ? []
      : 'date' in spec.range
        ? [spec.range.date]
        : [spec.range.from, spec.range.to];
  const dates = distinct(
    all
      .flatMap((entity) => fields.map((field) => (entity as Record<string, unknown>)[field]))
      .filter((value): value is string => typeof value === 'string'),
  );
  const ranges = [
    { start: '1900-01-01', end: '2100-01-01' },
    { start: '2026-01-01', end: '2026-01-01' },
  ];
  for (const [index, date] of dates.entries()) {
    ranges.push({ start: date, end: addDays(date, 1) }, { start: addDays(date, -1), end: date });
    const next = dates[index + 1];
    if (next !== undefined) ranges.push({ start: date, end: next });
  }
  return ranges;
}

/** Internal: queries using every pushed filter at once, with the values of a few entities. */
export function combinedQueries(
  kind: EntityKind,
  pushed: readonly string[],
  all: readonly unknown[],
): Query[] {
  const out: Query[] = [];
  for (const entity of all.slice(0, 3)) {
    const query: Query = {};
    for (const filter of pushed) {
      if (filter === 'range') query.range = { start: '2026-01-01', end: '2026-03-01' };
      else {
        const values = fieldValues(kind, entity as Entity<EntityKind>, filter);
        if (values.length > 0) query[filter] = values;
      }
    }
    out.push(query);
  }
  return out;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
