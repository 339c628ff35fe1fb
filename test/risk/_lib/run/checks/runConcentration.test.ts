import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFxTable } from '../../../../../src/money/fx';
import { buildExposureIndex } from '../../../../../src/risk';
import { runConcentration } from '../../../../../src/risk/_lib/run/checks/runConcentration';
import type { RunContext } from '../../../../../src/risk/_lib/run/context/RunContext';
import { AS_OF, POLICY } from '../../../_support/facts';

// A built index gives the run's concentration its revenue rows from its sale columns; an index
// given as plain arrays (here a spread copy, which has no columns) from its `creditSales`. The
// two must give the same findings.
const fx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.0837', date: '2026-06-01' }]);
const context = {
  asOf: AS_OF,
  baseCurrency: 'USD',
  revenueDays: 30,
  facts: { raw: {} },
  policy: { effectiveFrom: '2026-01-01' },
  sectionFor: () => ({
    input: {
      effectiveFrom: '2026-01-01',
      topN: 2,
      topShareWarnPercent: '40',
      hhiWarn: '2000',
      hhiBlock: '5000',
    },
    layers: ['base'],
  }),
} as unknown as RunContext;

const invoices = fc
  .array(
    fc.record({
      customerId: fc.constantFrom('C-1', 'C-2', 'C-3', 'C-4'),
      ownerId: fc.constantFrom('M-1', 'M-2', 'M-3'),
      issueDate: fc.constantFrom('2026-05-30', '2026-05-31', '2026-06-01', '2026-06-30'),
      currency: fc.constantFrom('USD', 'USD', 'EUR'),
      total: fc.oneof(
        fc.integer({ min: 0, max: 9_999_999 }).map((n) => (n / 100).toFixed(2)),
        fc.integer({ min: 1, max: 99_999 }).map(String),
        fc.constantFrom('0', '1.005', '12345678901234567.89', '90071992547409.93'),
      ),
    }),
    { maxLength: 12 },
  )
  .map((list) => list.map((x, i) => ({ ...x, id: `I-${i}`, dueDate: '2026-07-31' })));

describe('runConcentration', () => {
  describe('properties', () => {
    it('gives the same findings from a built index’s columns as from its credit sales', () => {
      fc.assert(
        fc.property(invoices, (list) => {
          const index = buildExposureIndex(
            { invoices: list },
            { asOf: AS_OF, baseCurrency: 'USD', policy: POLICY, fx },
          );
          expect(runConcentration(context, index)).toEqual(runConcentration(context, { ...index }));
        }),
        { numRuns: 100 },
      );
    });
  });
});
