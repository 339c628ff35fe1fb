import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Payment } from '../../../../src/model';
import { safeBuildExposureIndex } from '../../../../src/risk';
import { plainPayment } from '../../../../src/risk/_lib/input/plainPayment';
import { AS_OF, POLICY } from '../../_support/facts';
import { expectAcceptedUnchanged, expectFailsAsSchema, nearShapes } from '../../_support/handCheck';

const options = { asOf: AS_OF, baseCurrency: 'USD', policy: POLICY };
const allocation = { invoiceId: 'I-1', amount: { amount: '300.00', currency: 'USD' } };
const good = {
  id: 'P-1',
  customerId: 'C-1',
  ownerId: 'M-1',
  date: '2026-06-15',
  currency: 'USD',
  amount: '500.00',
  allocations: [allocation, { invoiceId: 'I-2', amount: { amount: '200.00', currency: 'USD' } }],
};

const oddValue = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(
    undefined,
    '',
    '__proto__',
    'a\u0000b',
    '客户',
    '2026-02-30',
    '2026-07-01',
    'EUR',
    'XXX',
    '0',
    '-0',
    '0.00',
    '+5',
    '-1',
    '1e3',
    '499.99',
    '500.01',
    '0.1234567891',
    '1234567890123456',
    '999999999999999',
    500,
    [],
    [allocation, allocation],
    [{ ...allocation, amount: { amount: '300.00', currency: 'EUR' } }],
    [{ ...allocation, amount: { amount: '0', currency: 'USD' } }],
    [{ ...allocation, amount: { amount: '300.00', currency: 'USD', extra: 1 } }],
    [{ ...allocation, extra: 1 }],
    [{ invoiceId: 'I-1' }],
    [Object.assign(Object.create(null), allocation)],
    Array.from({ length: 65 }, (_, i) => ({
      invoiceId: `I-${i}`,
      amount: { amount: '1', currency: 'USD' },
    })),
    [
      { invoiceId: 'I-1', amount: { amount: '999999999999999', currency: 'USD' } },
      { invoiceId: 'I-2', amount: { amount: '999999999999999', currency: 'USD' } },
    ],
  ),
);
const payment = nearShapes(
  good,
  ['id', 'customerId', 'ownerId', 'date', 'currency', 'amount', 'allocations', 'extra'],
  oddValue,
);

describe('plainPayment (the hand check before the Payment schema)', () => {
  it('answers only for payments the schema accepts unchanged', () => {
    fc.assert(
      fc.property(payment, (raw) => expectAcceptedUnchanged(plainPayment, Payment, raw)),
      { numRuns: 400 },
    );
  });

  it('takes the common payment, and one with no allocation', () => {
    expect(plainPayment(good)).toBe(good);
    expect(plainPayment({ ...good, allocations: [] })).toBeDefined();
    expect(plainPayment({ ...good, amount: '499.99' })).toBeUndefined();
  });

  it('leaves buildExposureIndex failing exactly as the schema fails (code, path, message, value)', () => {
    fc.assert(
      fc.property(payment, (raw) =>
        expectFailsAsSchema(Payment, raw, ['facts', 'payments', 1], () =>
          safeBuildExposureIndex({ payments: [good, raw] }, options),
        ),
      ),
      { numRuns: 400 },
    );
  });
});
