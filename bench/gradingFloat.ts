/**
 * A plain-number implementation of the grading benchmark's work (bench/gradingRun.ts), as a
 * script without the library would write it: transactions grouped by customer in a Map, dates
 * parsed once per distinct string, amounts as binary floats, the same RFM-convention summary
 * (same-day merge, returns netted, a day counts when its net is above zero or zero without a
 * return), quintile RFM scores with ties in the bin of their lowest member, the same facts and the
 * same four-rule policy as an if-chain. No validation, no exact money, no traces: the reference
 * the library's exact, explained path is measured against.
 */
import type { BenchTransaction } from './_support/gradingData';

const DAY_MS = 86_400_000;

function dayOf(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    DAY_MS
  );
}

interface Row {
  customer: number;
  day: number;
  cents: number;
}

/** Whole years from `first` to `end` (day numbers), by the calendar. */
function wholeYears(first: number, end: number): number {
  const a = new Date(first * DAY_MS);
  const b = new Date(end * DAY_MS);
  let years = b.getUTCFullYear() - a.getUTCFullYear();
  if (
    b.getUTCMonth() < a.getUTCMonth() ||
    (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate())
  )
    years -= 1;
  return years;
}

/** Quintile scores, ties in the bin of their lowest member; `lowerIsBetter` for recency. */
function quintiles(values: Float64Array, lowerIsBetter: boolean): Uint8Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    let lo = 0;
    let hi = n;
    if (lowerIsBetter) {
      // worse = values greater than v
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] as number) <= v) lo = mid + 1;
        else hi = mid;
      }
      scores[i] = Math.floor(((n - lo) * 5) / n) + 1;
    } else {
      // worse = values less than v
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] as number) < v) lo = mid + 1;
        else hi = mid;
      }
      scores[i] = Math.floor((lo * 5) / n) + 1;
    }
  }
  return scores;
}

/**
 * Summarises and grades the transactions with plain numbers.
 *
 * @returns the customers graded per grade
 */
export function floatSummariseAndGrade(
  transactions: readonly BenchTransaction[],
  end: string,
  periodStart: string,
): Record<string, number> {
  const endDay = dayOf(end);
  const startDay = dayOf(periodStart);
  const ids = new Map<string, number>();
  const days = new Map<string, number>();
  const rows: Row[] = [];
  for (const t of transactions) {
    let customer = ids.get(t.customerId);
    if (customer === undefined) {
      customer = ids.size;
      ids.set(t.customerId, customer);
    }
    let day = days.get(t.date);
    if (day === undefined) {
      day = dayOf(t.date);
      days.set(t.date, day);
    }
    if (day > endDay) continue;
    rows.push({ customer, day, cents: Math.round(Number.parseFloat(t.amount) * 100) });
  }
  return grade(summarise(rows, ids.size, startDay), endDay);
}

interface FloatSummary {
  purchases: Float64Array;
  periodAmount: Float64Array;
  total: Float64Array;
  first: Float64Array;
  last: Float64Array;
}

/** Per customer: purchase days, net value (all and in the period), first and last purchase day. */
function summarise(rows: Row[], n: number, startDay: number): FloatSummary {
  rows.sort((a, b) => a.customer - b.customer || a.day - b.day);
  const purchases = new Float64Array(n);
  const periodAmount = new Float64Array(n);
  const total = new Float64Array(n);
  const first = new Float64Array(n).fill(Number.NaN);
  const last = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < rows.length; ) {
    const { customer, day } = rows[i] as Row;
    let net = 0;
    let returned = false;
    for (
      ;
      i < rows.length && (rows[i] as Row).customer === customer && (rows[i] as Row).day === day;
      i++
    ) {
      const cents = (rows[i] as Row).cents;
      net += cents;
      if (cents < 0) returned = true;
    }
    total[customer] = (total[customer] as number) + net;
    if (day >= startDay) periodAmount[customer] = (periodAmount[customer] as number) + net;
    if (net > 0 || (net === 0 && !returned)) {
      purchases[customer] = (purchases[customer] as number) + 1;
      if (Number.isNaN(first[customer] as number)) first[customer] = day;
      last[customer] = day;
    }
  }
  return { purchases, periodAmount, total, first, last };
}

/** RFM quintiles, facts and the four-rule policy as an if-chain: customers per grade. */
function grade(
  { purchases, periodAmount, total, first, last }: FloatSummary,
  endDay: number,
): Record<string, number> {
  const n = purchases.length;
  const kept: number[] = [];
  for (let c = 0; c < n; c++) if ((purchases[c] as number) > 0) kept.push(c);
  const recency = Float64Array.from(kept, (c) => endDay - (last[c] as number));
  const r = quintiles(recency, true);
  const f = quintiles(
    Float64Array.from(kept, (c) => purchases[c] as number),
    false,
  );
  const m = quintiles(
    Float64Array.from(kept, (c) => total[c] as number),
    false,
  );
  const grades: Record<string, number> = { key: 0, dormant: 0, ordinary: 0, potential: 0 };
  kept.forEach((c, k) => {
    const tenureYears = wholeYears(first[c] as number, endDay);
    let grade: string;
    if (
      (periodAmount[c] as number) >= 2_000_000 &&
      (purchases[c] as number) >= 12 &&
      tenureYears >= 2
    )
      grade = 'key';
    else if ((recency[k] as number) > 365) grade = 'dormant';
    else if ((f[k] as number) >= 3 || (m[k] as number) >= 4) grade = 'ordinary';
    else if ((r[k] as number) >= 4) grade = 'potential';
    else grade = 'ordinary';
    grades[grade] = (grades[grade] as number) + 1;
  });
  return grades;
}
