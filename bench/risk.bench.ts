import { bench, describe } from 'vitest';
import { ageReceivables, buildExposureIndex, checkOrder, measureConcentration } from '../src/risk';
import {
  plainAging,
  plainConcentration,
  plainExposure,
  plainItems,
  syntheticDocuments,
  syntheticIndex,
} from './riskData';

/**
 * Risk checks over 1,000,000 open items of 100,000 customers and 1,000 account managers, each
 * beside a plain-number version of the same arithmetic in the same run (target ≤ 1.5 s for
 * aging and concentration). The index is built from the invoices before the timings: parsing is
 * measured apart, in the exposure index build.
 * `checkOrder` is measured over 10,000 orders on the 100,000-customer index (its p99 is printed).
 * The exposure index build reads 1,000,000 invoice documents and 100,000 payments, beside a plain
 * version. `npm run bench:risk` runs the same cases as one bundled script with CPU times.
 */
const documents = syntheticDocuments(1_000_000, 100_000);
const index = syntheticIndex(documents.invoices);
const plain = plainItems(documents.invoices);
const AS_OF_DAY = Date.parse(index.asOf) / 86_400_000;
const rows = documents.invoices.map((raw) => {
  const invoice = raw as { customerId: string; ownerId: string; total: string };
  return { customerId: invoice.customerId, managerId: invoice.ownerId, amount: invoice.total };
});
const concentrationPolicy = {
  effectiveFrom: '2026-01-01',
  topN: 10,
  topShareWarnPercent: '50',
  hhiWarn: '1500',
  hhiBlock: '2500',
};
const creditPolicy = {
  effectiveFrom: '2026-01-01',
  defaultLimit: { amount: '50000', currency: 'USD' },
  warnAtPercent: '80',
  blockAtPercent: '100',
};
const orders = Array.from({ length: 10_000 }, (_, i) => ({
  id: `O-${i}`,
  customerId: `C-${(i * 13) % 100_000}`,
  ownerId: 'M-1',
  orderDate: index.asOf,
  currency: 'USD',
  status: 'open' as const,
  lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '2', unitPrice: '12.50' }],
}));
const options = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

describe('risk: 1,000,000 open items', () => {
  bench(
    'ageReceivables (exact)',
    () => {
      ageReceivables(index, { effectiveFrom: '2026-01-01' });
    },
    options,
  );
  bench(
    'aging, plain numbers',
    () => {
      plainAging(plain, 100_000, AS_OF_DAY, [30, 60, 90, 120]);
    },
    options,
  );
  bench(
    'measureConcentration (exact, rows parsed)',
    () => {
      measureConcentration(rows, concentrationPolicy, { currency: 'USD' });
    },
    options,
  );
  bench(
    'concentration, plain numbers',
    () => {
      plainConcentration(rows, 100_000);
    },
    options,
  );
  bench(
    'buildExposureIndex (exact, 1,000,000 invoices + 100,000 payments parsed)',
    () => {
      buildExposureIndex(documents, {
        asOf: index.asOf,
        baseCurrency: 'USD',
        policy: creditPolicy,
      });
    },
    options,
  );
  bench(
    'exposure, plain numbers',
    () => {
      plainExposure(documents, 100_000);
    },
    options,
  );
  bench(
    'checkOrder × 10,000 on 100,000 customers',
    () => {
      const times: number[] = [];
      for (const order of orders) {
        const start = performance.now();
        checkOrder(order, index);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `checkOrder p50 ${times[5_000]?.toFixed(3)} ms, p99 ${times[9_900]?.toFixed(3)} ms`,
      );
    },
    options,
  );
});
