import fc from 'fast-check';
import { Decimal } from '../../src/money';
import { addDays } from '../../src/period';

/** A transaction as the tests write it. */
export interface Tx {
  readonly customerId: string;
  readonly date: string;
  readonly amount: string;
}

/**
 * Transactions over few customers and few days, so same-day merges, same-day returns, zero
 * amounts and big amounts (beyond 2^53 minor units) all occur.
 */
export function transactionsArb(options: { maxLength?: number } = {}): fc.Arbitrary<Tx[]> {
  const amount = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .integer({ min: -5_000, max: 50_000 })
        .map((cents) => centsText(BigInt(cents), 2)),
    },
    { weight: 1, arbitrary: fc.constant('0') },
    {
      weight: 1,
      arbitrary: fc.integer({ min: -999, max: 9_999 }).map((mills) => centsText(BigInt(mills), 3)),
    },
    {
      weight: 1,
      arbitrary: fc
        .bigInt({ min: -(10n ** 19n), max: 10n ** 19n })
        .map((units) => centsText(units, 2)),
    },
  );
  return fc.array(
    fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'C-10', '客户-1'),
      date: fc.integer({ min: 0, max: 40 }).map((day) => addDays('2026-01-01', day)),
      amount,
    }),
    { maxLength: options.maxLength ?? 40 },
  );
}

/** Writes integer units of 10^-scale as a decimal string. */
export function centsText(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Options of {@link referenceSummaries}. */
export interface ReferenceOptions {
  readonly end: string;
  readonly unitDays: 1 | 7;
  readonly rfm: boolean;
  readonly merge: boolean;
  readonly includeFirst: boolean;
}

/** What the reference computes per customer (money as exact decimal strings). */
export interface ReferenceSummary {
  readonly customerId: string;
  readonly firstPurchase: string;
  readonly lastPurchase: string;
  readonly purchases: number;
  readonly transactions: number;
  readonly frequency: number;
  readonly recencyDays: number;
  readonly tDays: number;
  readonly average: Decimal;
  readonly total: string;
  readonly returned: string;
}

const days = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * An independent, naive implementation of the documented summary rules, with decimal.js only:
 * group by customer, drop transactions after the end, net each day (merge) or take each
 * non-negative transaction (no merge), a merged day is a purchase when its net is > 0, or = 0
 * without a return.
 */
export function referenceSummaries(
  txs: readonly Tx[],
  options: ReferenceOptions,
): { summaries: ReferenceSummary[]; afterEnd: number; withoutPurchase: number } {
  const byCustomer = new Map<string, Tx[]>();
  let afterEnd = 0;
  for (const tx of txs) {
    const list = byCustomer.get(tx.customerId) ?? [];
    list.push(tx);
    byCustomer.set(tx.customerId, list);
  }
  const summaries: ReferenceSummary[] = [];
  let withoutPurchase = 0;
  for (const customerId of [...byCustomer.keys()].sort()) {
    const all = byCustomer.get(customerId) as Tx[];
    const kept = all.filter((tx) => tx.date <= options.end);
    afterEnd += all.length - kept.length;
    const events: Array<{ date: string; value: Decimal }> = [];
    if (options.merge) {
      for (const date of [...new Set(kept.map((tx) => tx.date))].sort()) {
        const onDay = kept.filter((tx) => tx.date === date);
        const net = onDay.reduce((sum, tx) => sum.plus(tx.amount), new Decimal(0));
        const hasReturn = onDay.some((tx) => new Decimal(tx.amount).lt(0));
        if (net.gt(0) || (net.isZero() && !hasReturn)) events.push({ date, value: net });
      }
    } else {
      for (const tx of kept)
        if (!new Decimal(tx.amount).lt(0))
          events.push({ date: tx.date, value: new Decimal(tx.amount) });
    }
    if (events.length === 0) {
      withoutPurchase += 1;
      continue;
    }
    const dates = events.map((event) => event.date).sort();
    const first = dates[0] as string;
    const last = dates[dates.length - 1] as string;
    const n = events.length;
    const frequency = options.includeFirst ? n : n - 1;
    const sum = events.reduce((acc, event) => acc.plus(event.value), new Decimal(0));
    const firstDay = events.filter((event) => event.date === first);
    const firstMean = firstDay
      .reduce((acc, event) => acc.plus(event.value), new Decimal(0))
      .div(firstDay.length);
    const counted = options.includeFirst ? sum : sum.minus(firstMean);
    const total = kept.reduce((acc, tx) => acc.plus(tx.amount), new Decimal(0));
    const returned = kept
      .filter((tx) => new Decimal(tx.amount).lt(0))
      .reduce((acc, tx) => acc.minus(tx.amount), new Decimal(0));
    summaries.push({
      customerId,
      firstPurchase: first,
      lastPurchase: last,
      purchases: n,
      transactions: kept.length,
      frequency,
      recencyDays: options.rfm ? days(last, options.end) : days(first, last),
      tDays: days(first, options.end),
      average: frequency === 0 ? new Decimal(0) : counted.div(frequency),
      total: total.toFixed(),
      returned: returned.toFixed(),
    });
  }
  return { summaries, afterEnd, withoutPurchase };
}

/** Runs `run` and returns the thrown error's code, path and value. */
export function thrown(run: () => unknown): { code?: unknown; path?: unknown; value?: unknown } {
  try {
    run();
  } catch (error) {
    return error as { code?: unknown; path?: unknown; value?: unknown };
  }
  throw new Error('expected an error, but nothing was thrown');
}

/** Like {@link thrown}, for promises. */
export async function rejected(
  run: () => Promise<unknown>,
): Promise<{ code?: unknown; path?: unknown; value?: unknown }> {
  try {
    await run();
  } catch (error) {
    return error as { code?: unknown; path?: unknown; value?: unknown };
  }
  throw new Error('expected a rejection, but the promise resolved');
}
