import type { EntityKind } from '../../../model';
import { type ParsedQuery, QUERY_SPECS, type QuerySpec } from '../../../ports';
import { snake } from './TABLES';

/**
 * Internal: a parsed query as SQL conditions on the table aliased `t`, with its parameters
 * appended to `params` (`$n` placeholders). The meaning is `matchesQuery`'s: `range` half-open on
 * a date, or overlapping a span whose end is inclusive and may be open; an equality filter as
 * `= ANY(values)` (an empty list matches nothing); `payments.invoiceId` as any allocation's
 * invoice (a `jsonb` containment, served by a GIN index).
 */
export function whereClause(kind: EntityKind, query: ParsedQuery, params: unknown[]): string[] {
  const spec: QuerySpec = QUERY_SPECS[kind];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [];
  if (query.range !== undefined && spec.range !== undefined) {
    const start = add(query.range.start);
    const end = add(query.range.end);
    if ('date' in spec.range) {
      const column = `t.${snake(spec.range.date)}`;
      conditions.push(`${column} >= ${start}::date AND ${column} < ${end}::date`);
    } else {
      const from = `t.${snake(spec.range.from)}`;
      const to = `t.${snake(spec.range.to)}`;
      conditions.push(`${from} < ${end}::date AND (${to} IS NULL OR ${to} >= ${start}::date)`);
    }
  }
  for (const { field, values } of query.equals) {
    const list = add([...values]);
    if (kind === 'payments' && field === 'invoiceId') {
      conditions.push(
        `EXISTS (SELECT 1 FROM unnest(${list}::text[]) AS v(id) WHERE t.doc -> 'allocations' @> jsonb_build_array(jsonb_build_object('invoiceId', v.id)))`,
      );
    } else {
      conditions.push(`t.${snake(field)} = ANY(${list}::text[])`);
    }
  }
  return conditions;
}
