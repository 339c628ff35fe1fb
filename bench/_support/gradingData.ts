/**
 * Deterministic synthetic transactions for the grading bench: `customers` customers and
 * `transactions` transactions over three years (2023-01-01 … 2025-12-31), drawn from a seeded
 * PRNG so every run times the same data. Every customer buys at least once; purchase counts are
 * skewed (a few customers buy often, most rarely), about 3 % of transactions are returns, and
 * the rows arrive in random order, not grouped by customer or date.
 */

export interface BenchTransaction {
  readonly customerId: string;
  readonly date: string;
  readonly amount: string;
}

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
const DAYS = 3 * 365;

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The bench data set: deterministic for a given seed. The row objects are allocated in the order
 * they are returned (as a parser or a database cursor would), after the shuffle, so iterating
 * them does not measure cache misses of a pathological heap layout.
 */
export function gradingTransactions(
  options: { customers?: number; transactions?: number; seed?: number } = {},
): BenchTransaction[] {
  const customers = options.customers ?? 100_000;
  const total = options.transactions ?? 1_000_000;
  const random = seededRandom(options.seed ?? 20261122);
  const dates = Array.from({ length: DAYS }, (_, i) => isoOf(FIRST_DAY + i));
  const ids = Array.from({ length: customers }, (_, i) => `C-${String(i + 1).padStart(6, '0')}`);
  const customer = new Int32Array(total);
  const day = new Int32Array(total);
  const cents = new Int32Array(total);
  for (let i = 0; i < total; i += 1) {
    // The first pass gives every customer one purchase; then a skewed choice (u³ favours low ids).
    customer[i] = i < customers ? i : Math.floor(random() ** 3 * customers);
    day[i] = Math.floor(random() * DAYS);
    const value = 500 + Math.floor(random() ** 2 * 200_000);
    cents[i] = i >= customers && random() < 0.03 ? -value : value;
  }
  // Fisher–Yates with the same PRNG, so rows arrive in no particular order.
  const order = Int32Array.from({ length: total }, (_, i) => i);
  for (let i = total - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  const rows: BenchTransaction[] = new Array(total);
  for (let k = 0; k < total; k += 1) {
    const i = order[k] as number;
    const value = cents[i] as number;
    const magnitude = Math.abs(value);
    rows[k] = {
      customerId: ids[customer[i] as number] as string,
      date: dates[day[i] as number] as string,
      amount: `${value < 0 ? '-' : ''}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`,
    };
  }
  return rows;
}

/** The four-rule grade policy of the grading benches (bench/grading.bench.ts, bench/gradingRun.ts). */
export const GRADING_POLICY = {
  effectiveFrom: '2023-01-01',
  rules: [
    {
      id: 'key',
      grade: 'key',
      when: {
        all: [
          { fact: 'periodAmount', operator: 'gte', value: { amount: '20000', currency: 'USD' } },
          { fact: 'purchases', operator: 'gte', value: 12 },
          { fact: 'tenureYears', operator: 'gte', value: 2 },
        ],
      },
    },
    { grade: 'dormant', when: { fact: 'recencyDays', operator: 'gt', value: 365 } },
    {
      grade: 'ordinary',
      when: {
        any: [
          { fact: 'rfmF', operator: 'gte', value: 3 },
          { fact: 'rfmM', operator: 'gte', value: 4 },
        ],
      },
    },
    { grade: 'potential', when: { fact: 'rfmR', operator: 'gte', value: 4 } },
  ],
  default: 'ordinary',
  hysteresis: { demoteAfterPeriods: 2 },
};
