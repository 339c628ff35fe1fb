import { describe, expect, it } from 'vitest';
import { type RiskPolicyInput, runRiskChecks, safeRunRiskChecks } from '../../../../../src/risk';

// Without a `shipments` stream, the run derives each order's shipment: destination the
// customer's country, no transit, each line that carries an HS code (copied from the product,
// like `categoryId`) — for orders still `open` or `confirmed` dated up to `asOf`.
const customers = [
  { id: 'C-1', name: 'Tehran Trading', country: 'IR', ownerId: 'M-1', grade: 'A' },
  { id: 'C-2', name: 'Hamburg Trading GmbH', country: 'DE', ownerId: 'M-1' },
];
const line = (lineId: string, productId: string, hsCode?: string) => ({
  lineId,
  productId,
  categoryId: 'K-1',
  quantity: '1',
  unitPrice: '100',
  ...(hsCode === undefined ? {} : { hsCode }),
});
const order = (id: string, customerId: string, status: string, lines: unknown[]) => ({
  id,
  customerId,
  ownerId: 'M-1',
  orderDate: '2026-06-01',
  currency: 'USD',
  status,
  lines,
});
const orders = [
  order('SO-1', 'C-1', 'open', [line('1', 'P-PUMP', '841370'), line('2', 'P-SERVICE')]),
  order('SO-2', 'C-2', 'confirmed', [line('1', 'P-RIFLE', '930190'), line('2', 'P-PC', '847130')]),
  order('SO-3', 'C-2', 'completed', [line('1', 'P-RIFLE', '930190')]),
  order('SO-4', 'C-1', 'cancelled', [line('1', 'P-PUMP', '841370')]),
  order('SO-5', 'C-2', 'open', [line('1', 'P-SERVICE')]),
];
const policy = {
  effectiveFrom: '2026-01-01',
  checks: {
    tradeBarriers: {
      restrictedCountries: [{ country: 'IR', reason: 'licence review' }],
      restrictedHsCodes: [
        { prefix: '93', reason: 'arms' },
        { prefix: '8471', severity: 'warning', reason: 'dual use' },
      ],
    },
  },
  byGrade: { A: { tradeBarriers: { restrictedHsCodes: [{ prefix: '8413', reason: 'pumps' }] } } },
} as RiskPolicyInput;
const options = { asOf: '2026-06-30', baseCurrency: 'USD' };
// The same facts written by hand as shipments.
const shipments = [
  {
    orderId: 'SO-1',
    customerId: 'C-1',
    destinationCountry: 'IR',
    lines: [{ lineId: '1', productId: 'P-PUMP', hsCode: '841370' }],
  },
  {
    orderId: 'SO-2',
    customerId: 'C-2',
    destinationCountry: 'DE',
    lines: [
      { lineId: '1', productId: 'P-RIFLE', hsCode: '930190' },
      { lineId: '2', productId: 'P-PC', hsCode: '847130' },
    ],
  },
];

describe('runRiskChecks: trade barriers of the orders', () => {
  it('derives the shipments from the orders: the same findings as hand-written shipments', () => {
    const derived = runRiskChecks(policy, { customers, orders }, options).findings;
    const written = runRiskChecks(policy, { customers, orders, shipments }, options).findings;
    expect(derived).toEqual(written);
    expect(
      derived.map((f) => `${f.severity} ${f.code} ${f.subject.id} ${f.evidence.line ?? ''}`),
    ).toEqual([
      'block trade.country.restricted SO-1 ',
      'block trade.hs-code.restricted SO-1 1',
      'block trade.hs-code.restricted SO-2 1',
      'warning trade.hs-code.restricted SO-2 2',
    ]);
  });

  it('checks the destination of an order none of whose lines carries an HS code', () => {
    const findings = runRiskChecks(
      policy,
      { customers, orders: [order('SO-6', 'C-1', 'open', [line('1', 'P-SERVICE')])] },
      options,
    ).findings;
    expect(findings.map((f) => `${f.code} ${f.evidence.role}`)).toEqual([
      'trade.country.restricted destination',
    ]);
  });

  it('lets explicit shipments win: a shipments stream, even empty, is what is checked', () => {
    expect(runRiskChecks(policy, { customers, orders, shipments: [] }, options).findings).toEqual(
      [],
    );
  });

  it('refuses an order of a customer not among the facts, with its path', () => {
    expect(
      safeRunRiskChecks(
        policy,
        { customers, orders: [order('SO-9', 'C-404', 'open', [line('1', 'P')])] },
        options,
      ),
    ).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['facts', 'orders', 0, 'customerId'] },
    });
  });

  it('refuses an order line with a malformed HS code', () => {
    expect(
      safeRunRiskChecks(
        policy,
        { customers, orders: [order('SO-9', 'C-1', 'open', [line('1', 'P', '8413.70')])] },
        options,
      ),
    ).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['facts', 'orders', 0, 'lines', 0, 'hsCode'] },
    });
  });
});
