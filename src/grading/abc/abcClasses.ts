import { Decimal } from '../../_lib/decimal';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../../errors';
import type { TraceStep } from '../../explain';
import { type Money, money, toMoneyJson } from '../../money';
import { checkAbcRows, shareText } from '../_lib/input/abcRows';
import { AbcOptions, type AbcOptionsInput } from './AbcOptions';

/** One customer's ABC class, rank and cumulative share. */
export interface AbcCustomer {
  readonly customerId: string;
  readonly class: string;
  /** 1 for the customer with the highest value. */
  readonly rank: number;
  readonly value: Money;
  /** Share of the total held by the customers ranked above, and with this one (rates, 0–1, 6 places). */
  readonly shareBefore: string;
  readonly shareAfter: string;
  readonly trace: TraceStep[];
}

/** What {@link abcClasses} returns. */
export interface AbcResult {
  /** The total of the positive values, which shares are taken of (`null` for no customers). */
  readonly total: Money | null;
  /** Each class, best first: its customers and the (net) value they hold (`null` for no customers). */
  readonly classes: ReadonlyArray<{
    readonly name: string;
    readonly customers: number;
    readonly value: Money | null;
  }>;
  /** Every customer, by rank. */
  readonly customers: AbcCustomer[];
}

/**
 * ABC (Pareto) classes by cumulative share of value. Customers are ranked by value, highest
 * first (ties by `customerId`). **Crossing rule:** a customer's class is decided by the share held
 * by the customers ranked *above* it — class A while that share is below 80 %. So the customer
 * whose value carries the cumulative share across a cut-off stays in the upper class (A always
 * covers at least 80 % of the value, and is never empty while some value is positive), and the
 * next one starts the lower class. Customers with a value of zero or less (net returns) hold no
 * share and are always in the last class. The classes partition the customers. Exact: shares are
 * compared in decimals, never floats.
 *
 * @param rows - `{ customerId, value }` per customer, values as money of one currency (e.g. each
 * summary's `totalValue`, or a CLV)
 * @param options - the `shares` (percent, default 80/15/5) and class `names`
 * @returns the classes, their totals and every customer by rank
 * @throws CrmRulesError `INVALID_INPUT` at `['options', …]` (shares not adding up to 100), at
 * `[index, 'value']` for a value that is not money, at `[index, 'customerId']` for a customer
 * given twice; `CURRENCY_MISMATCH` at `[index, 'value']`
 * @example
 * ```ts
 * const usd = (amount: string) => money(amount, 'USD');
 * abcClasses([
 *   { customerId: 'a', value: usd('500') },
 *   { customerId: 'b', value: usd('350') },
 *   { customerId: 'c', value: usd('100') },
 *   { customerId: 'd', value: usd('50') },
 * ]).customers.map((c) => `${c.customerId}:${c.class}`);
 * //=> ['a:A', 'b:A', 'c:B', 'd:C']
 * ```
 */
export function abcClasses(
  rows: ReadonlyArray<{ readonly customerId: string; readonly value: Money }>,
  options: AbcOptionsInput = {},
): AbcResult {
  const parsed = parseWith(AbcOptions, options, { path: ['options'] });
  const names = parsed.names ?? parsed.shares.map((_, i) => String.fromCharCode(65 + i));
  const currency = checkAbcRows(rows);
  const order = rows
    .map((row, index) => ({ row, index, float: row.value.amount.toNumber() }))
    .sort(
      (a, b) =>
        b.float - a.float ||
        b.row.value.amount.cmp(a.row.value.amount) ||
        (a.row.customerId < b.row.customerId ? -1 : 1),
    );
  order.forEach((entry, i) => {
    const previous = order[i - 1];
    if (previous !== undefined && previous.row.customerId === entry.row.customerId)
      throw new CrmRulesError('INVALID_INPUT', 'this customer is listed twice', {
        path: [entry.index, 'customerId'],
        value: entry.row.customerId,
      });
  });
  let total = new Decimal(0);
  for (const { row } of order) if (row.value.amount.gt(0)) total = total.plus(row.value.amount);
  let cumulative = new Decimal(0);
  const cutoffs = parsed.shares.map((_, k) =>
    parsed.shares.slice(0, k + 1).reduce((sum, share) => sum.plus(share), new Decimal(0)),
  );
  const last = names.length - 1;
  const sums = names.map(() => ({ customers: 0, value: new Decimal(0) }));
  const customers = order.map(({ row }, i): AbcCustomer => {
    const amount = row.value.amount;
    const positive = amount.gt(0) && total.gt(0);
    const before = positive ? cumulative.div(total) : new Decimal(1);
    if (positive) cumulative = cumulative.plus(amount);
    const after = positive ? cumulative.div(total) : new Decimal(1);
    // First class whose cumulative cut-off the customers above have not reached.
    const k = positive ? cutoffs.findIndex((cut) => before.times(100).lt(cut)) : last;
    const name = names[k] as string;
    const sum = sums[k] as { customers: number; value: Decimal };
    sum.customers += 1;
    sum.value = sum.value.plus(amount);
    const cut = (cutoffs[k] as Decimal).div(100).toFixed();
    const shown = { before: shareText(before), after: shareText(after) };
    const json = toMoneyJson(row.value);
    const params = { class: name, rank: i + 1, value: json.amount, currency: json.currency };
    const step: TraceStep = !positive
      ? { code: 'grading.abc.no-value', params }
      : after.times(100).gt(cutoffs[k] as Decimal)
        ? { code: 'grading.abc.crossing', params: { ...params, ...shown, cutoff: cut } }
        : { code: 'grading.abc.class', params: { ...params, ...shown, cutoff: cut } };
    return {
      customerId: row.customerId,
      class: name,
      rank: i + 1,
      value: row.value,
      shareBefore: shown.before,
      shareAfter: shown.after,
      trace: [step],
    };
  });
  const asMoney = (amount: Decimal): Money | null =>
    currency === undefined ? null : money(amount, currency);
  return {
    total: asMoney(total),
    classes: names.map((name, k) => ({
      name,
      customers: (sums[k] as { customers: number }).customers,
      value: asMoney((sums[k] as { value: Decimal }).value),
    })),
    customers,
  };
}

/**
 * Like {@link abcClasses}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeAbcClasses(null).success;
 * //=> false
 * ```
 */
export function safeAbcClasses(
  rows: ReadonlyArray<{ readonly customerId: string; readonly value: Money }>,
  options: AbcOptionsInput = {},
): SafeResult<AbcResult> {
  return attempt(() => abcClasses(rows, options));
}
