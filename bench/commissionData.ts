/**
 * A deterministic data set for the commission benchmarks: N order lines (4 per order) for 10,000
 * account managers in March 2026, every order split two ways, in USD, EUR and CNY, priced by a
 * plan with a rate table by category and customer grade, cumulative marginal tiers, an
 * accelerator, a period cap and FX conversion. Seeded, so every run sees the same data.
 */
import type { CommissionInput, CommissionPlanInput } from '../src/commission';

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CATEGORIES = Array.from({ length: 20 }, (_, i) => `CAT-${String(i).padStart(2, '0')}`);
/** Rates by category group (5 categories each), and the key-customer rate for CAT-00. */
export const GROUP_RATES = ['0.03', '0.04', '0.05', '0.06'];
export const KEY_RATE = '0.02';
export const TIERS: Array<[number, number | null, string]> = [
  [0, 20_000, '0.01'],
  [20_000, 50_000, '0.02'],
  [50_000, null, '0.03'],
];
export const QUOTA = '40000';
export const CAP = '50000';
export const FX: Readonly<Record<string, string>> = { EUR: '1.0834', CNY: '0.139214' };
export const PAY_FX = '7.1832';

/** The benchmark plan. */
export function benchPlan(): CommissionPlanInput {
  return {
    id: 'bench',
    version: 1,
    name: 'Benchmark plan',
    effectiveFrom: '2026-01-01',
    currency: 'USD',
    crediting: { base: 'booked' },
    components: [
      {
        id: 'product',
        name: 'Product commission',
        calculation: {
          kind: 'rate-table',
          noMatch: {
            kind: 'rate',
            rate: { kind: 'rate', value: '0.01' },
            reason: 'default rate',
          },
          rows: [
            ...GROUP_RATES.map((value, g) => ({
              id: `group-${g}`,
              when: {
                fact: 'product.category',
                operator: 'in' as const,
                value: CATEGORIES.slice(g * 5, g * 5 + 5),
              },
              rate: { kind: 'rate' as const, value },
            })),
            {
              id: 'key-pumps',
              when: {
                all: [
                  { fact: 'product.category', operator: 'eq' as const, value: 'CAT-00' },
                  { fact: 'customer.grade', operator: 'eq' as const, value: 'key' },
                ],
              },
              rate: { kind: 'rate' as const, value: KEY_RATE },
            },
          ],
        },
        modifiers: [{ kind: 'cap', per: 'period', amount: { amount: CAP, currency: 'USD' } }],
      },
      {
        id: 'volume',
        name: 'Volume bonus',
        calculation: {
          kind: 'tiers',
          mode: 'marginal',
          measure: 'period-to-date',
          tiers: TIERS.map(([from, to, rate]) => ({
            from: String(from),
            to: to === null ? null : String(to),
            rate,
          })),
        },
        modifiers: [
          {
            kind: 'multiplier',
            basis: 'attainment',
            bands: [
              { from: '0', to: '100', factor: '1' },
              { from: '100', to: null, factor: '1.5' },
            ],
          },
        ],
      },
    ],
  };
}

export interface BenchOrder {
  id: string;
  customerId: string;
  ownerId: string;
  orderDate: string;
  currency: string;
  status: 'confirmed';
  lines: Array<{
    lineId: string;
    productId: string;
    categoryId: string;
    quantity: string;
    unitPrice: string;
  }>;
}

type Split = NonNullable<CommissionInput['splits']>[number];

const SHARES = [
  ['50', '50'],
  ['60', '40'],
  ['70', '30'],
] as const;

const payeeId = (i: number) => `AM-${String(i).padStart(5, '0')}`;

/** The orders and their splits, one at a time, from a seeded generator (the same sequence every time). */
function* dealsOf(
  lines: number,
  payees: number,
  seed: number,
): Generator<{ order: BenchOrder; split: Split }> {
  const random = createRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  for (let o = 0; o < lines / 4; o++) {
    const owner = int(payees);
    const partner = (owner + 1 + int(payees - 1)) % payees;
    const id = `SO-${String(o).padStart(8, '0')}`;
    const r = random();
    const order: BenchOrder = {
      id,
      customerId: `C-${String(int(5000)).padStart(4, '0')}`,
      ownerId: payeeId(owner),
      orderDate: `2026-03-${String(1 + int(31)).padStart(2, '0')}`,
      currency: r < 0.6 ? 'USD' : r < 0.85 ? 'EUR' : 'CNY',
      status: 'confirmed',
      lines: [1, 2, 3, 4].map((l) => ({
        lineId: String(l),
        productId: `P-${int(2000)}`,
        categoryId: CATEGORIES[int(20)] as string,
        quantity: String(1 + int(20)),
        unitPrice: `${10 + int(990)}.${String(int(100)).padStart(2, '0')}`,
      })),
    };
    const [a, b] = SHARES[int(3)] as readonly [string, string];
    yield {
      order,
      split: {
        orderId: id,
        splits: [
          { payeeId: payeeId(owner), percent: a },
          { payeeId: payeeId(partner), percent: b },
        ],
      },
    };
  }
}

function reference(payees: number): Omit<CommissionInput, 'orders' | 'splits'> {
  const days = Array.from({ length: 31 }, (_, d) => `2026-03-${String(d + 1).padStart(2, '0')}`);
  return {
    period: '2026-03',
    plans: [benchPlan()],
    assignments: Array.from({ length: payees }, (_, i) => ({
      payeeId: payeeId(i),
      planId: 'bench',
      effectiveFrom: '2026-01-01',
      currency: i % 10 === 0 ? 'CNY' : 'USD',
      quota: { amount: QUOTA, currency: 'USD' },
    })),
    customers: Array.from({ length: 5000 }, (_, i) => ({
      id: `C-${String(i).padStart(4, '0')}`,
      name: `Customer ${i}`,
      country: 'DE',
      ownerId: payeeId(i % payees),
      ...(i % 10 === 0 ? { grade: 'key' } : {}),
    })),
    fxRates: [
      ...days.flatMap((date) =>
        Object.entries(FX).map(([base, rate]) => ({ base, quote: 'USD', rate, date })),
      ),
      { base: 'USD', quote: 'CNY', rate: PAY_FX, date: '2026-03-01' },
    ],
  };
}

/** The benchmark data: `lines` order lines (a multiple of 4) for `payees` payees, in arrays. */
export function benchData(
  lines: number,
  payees = 10_000,
  seed = 20261122,
): CommissionInput & { orders: BenchOrder[] } {
  const orders: BenchOrder[] = [];
  const splits: Split[] = [];
  for (const { order, split } of dealsOf(lines, payees, seed)) {
    orders.push(order);
    splits.push(split);
  }
  return { ...reference(payees), orders, splits };
}

/**
 * The same data with the orders streamed: `orders` is an iterable whose every pass generates them
 * afresh (nothing holds them), for runs larger than memory. The splits (an array in the input
 * format) are generated up front.
 */
export function benchStream(
  lines: number,
  payees = 10_000,
  seed = 20261122,
): CommissionInput & { orders: Iterable<BenchOrder> } {
  const splits: Split[] = [];
  for (const { split } of dealsOf(lines, payees, seed)) splits.push(split);
  const orders: Iterable<BenchOrder> = {
    *[Symbol.iterator]() {
      for (const { order } of dealsOf(lines, payees, seed)) yield order;
    },
  };
  return { ...reference(payees), orders, splits };
}

/** The key customers and payees' statement currencies of the benchmark data (for the float run). */
export function benchFacts(input: CommissionInput): {
  keys: Set<string>;
  payCurrency: Map<string, string>;
} {
  const keys = new Set(
    [...(input.customers as Iterable<{ id: string; grade?: string }>)]
      .filter((c) => c.grade === 'key')
      .map((c) => c.id),
  );
  const payCurrency = new Map(
    (input.assignments as unknown as Array<{ payeeId: string; currency: string }>).map((a) => [
      a.payeeId,
      a.currency,
    ]),
  );
  return { keys, payCurrency };
}
