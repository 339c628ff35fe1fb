import { dayNumberOf } from '../../_lib/civil';
import { isUnsafeKey } from '../../_lib/guards';
import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import type { Facts } from '../../rules';
import { checkIterable, checkSummaryResult } from '../_lib/input/checkArgument';
import { checkCustomerId } from '../_lib/input/checkTransaction';
import type { CustomerSummary, SummaryResult } from '../summary/CustomerSummary';

/** One customer's facts, for grade policies, point rules and segment tables. */
export interface CustomerFacts {
  readonly customerId: string;
  readonly facts: Facts;
}

/**
 * Builds each customer's grading facts (see {@link GRADING_FACTS}) from a summary, and adds the
 * caller's own facts — satisfaction, overdue amounts, CLV, P(alive), RFM scores. A fact given in
 * `extra` overrides the summary's fact of the same name (a CRM's `firstDealDate` may be a better
 * source of tenure than the first purchase on record). Customers found only in `extra`
 * (prospects) get `purchases: 0` and `repeatPurchases: 0` and no summary facts.
 *
 * @param result - from {@link summarise}
 * @param extra - more facts by customer (each customer at most once)
 * @returns one row per customer, sorted by `customerId`
 * @throws CrmRulesError at `['extra', index, …]`: `INVALID_INPUT` for a bad row, a bad id or a
 * customer given twice; `UNSAFE_KEY` for a `__proto__` id or fact name
 * @example
 * ```ts
 * const result = summariseTransactions(
 *   [{ customerId: 'C-1', date: '2020-03-15', amount: '100' }, { customerId: 'C-1', date: '2026-03-01', amount: '50' }],
 *   { currency: 'USD', end: '2026-03-31' },
 * );
 * const [row] = gradingFacts(result, [{ customerId: 'C-1', facts: { satisfaction: 5 } }]);
 * [row?.facts.purchases, row?.facts.tenureYears, row?.facts.recencyDays, row?.facts.satisfaction];
 * //=> [2, 6, 30, 5]
 * ```
 */
export function gradingFacts(
  result: SummaryResult,
  extra: Iterable<CustomerFacts> = [],
): CustomerFacts[] {
  checkSummaryResult(result, ['result']);
  checkIterable(extra, ['extra']);
  const endDay = dayNumberOf(result.end) as number;
  const days = new Map<string, number>();
  const dayOf = (date: string): number => {
    let day = days.get(date);
    if (day === undefined) {
      day = dayNumberOf(date) as number;
      days.set(date, day);
    }
    return day;
  };
  // The summary's customers, by position: `summarise` lists each once, ascending.
  const { summaries } = result;
  const n = summaries.length;
  const ids: string[] = new Array(n);
  const known: Array<Record<string, unknown>> = new Array(n);
  for (let k = 0; k < n; k += 1) {
    const s = summaries[k] as CustomerSummary;
    ids[k] = s.customerId;
    if (typeof s.customerId !== 'string' || (k > 0 && !((ids[k - 1] as string) < s.customerId)))
      return byMap(result, extra, dayOf);
    known[k] = summaryFacts(s, endDay, dayOf);
  }
  // Extra rows usually come in the same order: a cursor finds them; a map finds the others.
  let cursor = 0;
  let positions: Map<string, number> | null = null;
  const positionOf = (id: unknown): number => {
    if (typeof id === 'string') {
      while (cursor < n && (ids[cursor] as string) < id) cursor += 1;
      if (cursor < n && ids[cursor] === id) return cursor;
    }
    positions ??= new Map(ids.map((other, k) => [other, k] as const));
    return positions.get(id as string) ?? -1;
  };
  const seen = new Uint8Array(n);
  const prospects = new Map<string, Record<string, unknown>>();
  let index = 0;
  for (const row of extra) {
    checkRow(row, index);
    const k = positionOf(row.customerId);
    // Ids from the summary were checked when the ledger was read; only new ones need checking.
    if (k < 0) checkCustomerId(row.customerId, ['extra', index, 'customerId']);
    if (k < 0 ? prospects.has(row.customerId) : seen[k] === 1) twice(row, index);
    let facts: Record<string, unknown>;
    if (k < 0) {
      facts = { purchases: 0, repeatPurchases: 0 };
      prospects.set(row.customerId, facts);
    } else {
      seen[k] = 1;
      facts = known[k] as Record<string, unknown>;
    }
    addFacts(facts, row, index);
    index += 1;
  }
  if (prospects.size === 0)
    return ids.map((customerId, k) => ({ customerId, facts: known[k] as Facts }));
  const rows = new Map<string, Record<string, unknown>>();
  ids.forEach((id, k) => {
    rows.set(id, known[k] as Record<string, unknown>);
  });
  for (const [id, facts] of prospects) rows.set(id, facts);
  return sortedRows(rows);
}

/**
 * Like {@link gradingFacts}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeGradingFacts(null).success;
 * //=> false
 * ```
 */
export function safeGradingFacts(
  result: SummaryResult,
  extra: Iterable<CustomerFacts> = [],
): SafeResult<CustomerFacts[]> {
  return attempt(() => gradingFacts(result, extra));
}

/** The general path, for summaries not listed once each in ascending order. */
function byMap(
  result: SummaryResult,
  extra: Iterable<CustomerFacts>,
  dayOf: (date: string) => number,
): CustomerFacts[] {
  const endDay = dayNumberOf(result.end) as number;
  const rows = new Map<string, Record<string, unknown>>();
  for (const s of result.summaries) rows.set(s.customerId, summaryFacts(s, endDay, dayOf));
  const seen = new Set<string>();
  let index = 0;
  for (const row of extra) {
    checkRow(row, index);
    const known = rows.get(row.customerId);
    if (known === undefined) checkCustomerId(row.customerId, ['extra', index, 'customerId']);
    if (seen.has(row.customerId)) twice(row, index);
    seen.add(row.customerId);
    const facts = known ?? { purchases: 0, repeatPurchases: 0 };
    addFacts(facts, row, index);
    rows.set(row.customerId, facts);
    index += 1;
  }
  return sortedRows(rows);
}

/** A customer's facts from its summary. */
function summaryFacts(
  s: CustomerSummary,
  endDay: number,
  dayOf: (date: string) => number,
): Record<string, unknown> {
  return {
    purchases: s.purchases,
    repeatPurchases: s.purchases - 1,
    recencyDays: endDay - dayOf(s.lastPurchase),
    tenureDays: s.tenureDays,
    tenureYears: s.tenureYears,
    amount: s.totalValue,
    averageAmount: s.averageValue,
    returnedAmount: s.returnedValue,
    periodAmount: s.periodValue ?? undefined,
    periodPurchases: s.periodPurchases ?? undefined,
    firstPurchase: s.firstPurchase,
    lastPurchase: s.lastPurchase,
  };
}

function checkRow(row: CustomerFacts, index: number): void {
  if (
    typeof row !== 'object' ||
    row === null ||
    typeof row.facts !== 'object' ||
    row.facts === null
  )
    throw new CrmRulesError('INVALID_INPUT', 'expected { customerId, facts }', {
      path: ['extra', index],
      value: row,
    });
}

function twice(row: CustomerFacts, index: number): never {
  throw new CrmRulesError('INVALID_INPUT', 'this customer already has extra facts', {
    path: ['extra', index, 'customerId'],
    value: row.customerId,
  });
}

/** Copies a row's facts over `facts`, refusing unsafe names. */
function addFacts(facts: Record<string, unknown>, row: CustomerFacts, index: number): void {
  for (const name of Object.keys(row.facts)) {
    if (isUnsafeKey(name))
      throw new CrmRulesError('UNSAFE_KEY', `"${name}" cannot be a fact name`, {
        path: ['extra', index, 'facts', name],
        value: name,
      });
    facts[name] = row.facts[name];
  }
}

/** The rows by customer id. */
function sortedRows(rows: ReadonlyMap<string, Record<string, unknown>>): CustomerFacts[] {
  const ids = [...rows.keys()];
  if (!ascending(ids)) ids.sort();
  return ids.map((customerId) => ({ customerId, facts: rows.get(customerId) as Facts }));
}

function ascending(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i += 1)
    if ((ids[i - 1] as string) >= (ids[i] as string)) return false;
  return true;
}
