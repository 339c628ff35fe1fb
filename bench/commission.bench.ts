import { bench, describe } from 'vitest';
import { computeStatements } from '../src/commission';
import { benchData } from './commissionData';
import { floatStatements } from './commissionFloat';

/**
 * Commission engine speed on the benchmark plan (rate table, cumulative marginal tiers,
 * accelerator, cap, two-way splits, FX; see commissionData.ts) for 10,000 payees. The full
 * report — 1,000,000 lines, peak memory, the float ratio, 10× scaling — is commissionRun.ts.
 *
 *   npx vitest bench --run bench/commission.bench.ts
 */

const data = benchData(100_000);
const keys = new Set(
  (data.customers as Array<{ id: string; grade?: string }>)
    .filter((c) => c.grade === 'key')
    .map((c) => c.id),
);
const currency = new Map(
  (data.assignments as unknown as Array<{ payeeId: string; currency: string }>).map((a) => [
    a.payeeId,
    a.currency,
  ]),
);
const small = benchData(20_000, 2_000, 3);

describe('commission statements, 100,000 order lines', () => {
  bench(
    'computeStatements (exact, trusted documents)',
    () => {
      computeStatements(data, { documents: 'trusted' });
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    'floatStatements (plain numbers, the same plan)',
    () => {
      floatStatements(data.orders, data.splits ?? [], keys, (id) => currency.get(id) ?? 'USD');
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});

describe('commission statements, 20,000 order lines: fast path against the decimal.js reference', () => {
  bench(
    "arithmetic: 'auto' (scaled integers)",
    () => {
      computeStatements(small, { documents: 'trusted' });
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    "arithmetic: 'decimal' (decimal.js throughout)",
    () => {
      computeStatements(small, { documents: 'trusted', arithmetic: 'decimal' });
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    'documents: parse (every document through its zod schema)',
    () => {
      computeStatements(small);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});
