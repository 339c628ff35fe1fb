import { describe, expect, it } from 'vitest';
import { type RiskPolicyInput, runRiskChecks } from '../../../../../src/risk';
import { counted } from '../../../_support/counted';

// The insured, churn and pricing checks of a run read each record once: the run parses the
// customers and orders once (collectFacts) and the checks take the parsed records — no second
// parse per check, per section or per order. Counted: a customer's `id` (its parse reads it once)
// and an order's `promisedDate` (the hand check of a plain order reads it once; no check reads it).
const customers = [
  { id: 'C-1', name: 'Acme', country: 'DE', ownerId: 'M-1', grade: 'A' },
  { id: 'C-2', name: 'Bolt', country: 'FR', ownerId: 'M-1', grade: 'B' },
  {
    id: 'C-3',
    name: 'Crane',
    country: 'US',
    ownerId: 'M-2',
    grade: 'A',
    insuredLimit: { amount: '100.00', currency: 'USD' },
  },
].map((c) => ({ ...c, creditLimit: { amount: '5000.00', currency: 'USD' } }));
const order = (id: string, customerId: string, status: string) => ({
  id,
  customerId,
  ownerId: 'M-1',
  orderDate: '2026-05-02',
  promisedDate: '2026-07-01',
  currency: 'USD',
  status,
  lines: [
    { lineId: '1', productId: 'P-1', categoryId: 'K-1', quantity: '2', unitPrice: '100' },
    { lineId: '2', productId: 'P-2', categoryId: 'K-1', quantity: '1', unitPrice: '50' },
  ],
});
const orders = [
  order('SO-1', 'C-1', 'open'),
  order('SO-2', 'C-2', 'confirmed'),
  order('SO-3', 'C-3', 'confirmed'),
  order('SO-4', 'C-1', 'completed'),
];
const options = { asOf: '2026-06-30', baseCurrency: 'USD' };

function readsOf(checks: RiskPolicyInput['checks'], byGrade: RiskPolicyInput['byGrade'] = {}) {
  const customerReads = { n: 0 };
  const orderReads = { n: 0 };
  const report = runRiskChecks(
    { effectiveFrom: '2026-01-01', checks, byGrade } as RiskPolicyInput,
    {
      customers: customers.map((c) => counted(c, 'id', customerReads)),
      orders: orders.map((o) => counted(o, 'promisedDate', orderReads)),
    },
    options,
  );
  return { customers: customerReads.n, orders: orderReads.n, findings: report.findings };
}

describe('runRiskChecks reads each customer and order once', () => {
  it('with no check but the index, as the baseline', () => {
    const reads = readsOf({});
    expect(reads).toMatchObject({ customers: customers.length, orders: orders.length });
  });

  it('insured', () => {
    const reads = readsOf({ insured: {} });
    expect(reads.findings.map((f) => `${f.code} ${f.subject.id}`)).toContain(
      'terms.insured-limit.exceeded C-3',
    );
    expect(reads).toMatchObject({ customers: customers.length, orders: orders.length });
  });

  it('churn, two sections', () => {
    const reads = readsOf(
      { churn: { keyGrades: ['A', 'B'], dormantDays: 30 } },
      { B: { churn: { dormantDays: 365 } } },
    );
    expect(reads.findings.map((f) => `${f.code} ${f.subject.id}`)).toEqual([
      'churn.dormant C-1',
      'churn.dormant C-3',
    ]);
    expect(reads).toMatchObject({ customers: customers.length, orders: orders.length });
  });

  it('pricing, two sections', () => {
    const reads = readsOf(
      { pricing: { discount: { freePercent: '0' } } },
      { B: { pricing: { scope: 'order' } } },
    );
    expect(reads).toMatchObject({ customers: customers.length, orders: orders.length });
  });
});
