import { dayNumberOf } from '../../_lib/civil';
import { isUnsafeKey } from '../../_lib/guards';
import { CrmRulesError } from '../../errors';
import type { Facts } from '../../rules';
import { checkCustomerId } from '../_lib/checkTransaction';
import type { SummaryResult } from '../summary/CustomerSummary';

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
  const rows = new Map<string, Record<string, unknown>>();
  for (const s of result.summaries) {
    rows.set(s.customerId, {
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
    });
  }
  const seen = new Set<string>();
  let index = 0;
  for (const row of extra) {
    const path = ['extra', index];
    if (
      typeof row !== 'object' ||
      row === null ||
      typeof row.facts !== 'object' ||
      row.facts === null
    )
      throw new CrmRulesError('INVALID_INPUT', 'expected { customerId, facts }', {
        path,
        value: row,
      });
    const known = rows.get(row.customerId);
    // Ids from the summary were checked when the ledger was read; only new ones need checking.
    if (known === undefined) checkCustomerId(row.customerId, [...path, 'customerId']);
    if (seen.has(row.customerId))
      throw new CrmRulesError('INVALID_INPUT', 'this customer already has extra facts', {
        path: [...path, 'customerId'],
        value: row.customerId,
      });
    seen.add(row.customerId);
    const facts = known ?? { purchases: 0, repeatPurchases: 0 };
    for (const name of Object.keys(row.facts)) {
      if (isUnsafeKey(name))
        throw new CrmRulesError('UNSAFE_KEY', `"${name}" cannot be a fact name`, {
          path: [...path, 'facts', name],
          value: name,
        });
      facts[name] = row.facts[name];
    }
    rows.set(row.customerId, facts);
    index += 1;
  }
  const ids = [...rows.keys()];
  if (!ascending(ids)) ids.sort();
  return ids.map((customerId) => ({ customerId, facts: rows.get(customerId) as Facts }));
}

function ascending(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i += 1)
    if ((ids[i - 1] as string) >= (ids[i] as string)) return false;
  return true;
}
