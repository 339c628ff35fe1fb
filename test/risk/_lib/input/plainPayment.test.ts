import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../../../src/errors';
import { Payment } from '../../../../src/model';
import { safeBuildExposureIndex } from '../../../../src/risk';
import { plainPayment } from '../../../../src/risk/_lib/input/plainPayment';
import { AS_OF, POLICY } from '../../_support/facts';

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
const field = fc.constantFrom(
  'id',
  'customerId',
  'ownerId',
  'date',
  'currency',
  'amount',
  'allocations',
  'extra',
);
const payment = fc.oneof(
  fc.tuple(field, oddValue).map(([key, value]) => ({ ...good, [key]: value })),
  fc.tuple(field, oddValue, field, oddValue).map(([k1, v1, k2, v2]) => ({
    ...good,
    [k1]: v1,
    [k2]: v2,
  })),
  fc.tuple(field).map(([key]) => {
    const { [key as keyof typeof good]: _, ...rest } = good;
    return rest;
  }),
  fc.anything(),
);

describe('plainPayment (the hand check before the Payment schema)', () => {
  it('answers only for payments the schema accepts unchanged', () => {
    fc.assert(
      fc.property(payment, (raw) => {
        if (plainPayment(raw) === undefined) return;
        const parsed = Payment.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(raw);
      }),
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
      fc.property(payment, (raw) => {
        const schema = safeParseWith(Payment, raw, { path: ['facts', 'payments', 1] });
        if (schema.success) return;
        const result = safeBuildExposureIndex({ payments: [good, raw] }, options);
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(result.error.code).toBe(schema.error.code);
        expect(result.error.path).toEqual(schema.error.path);
        expect(result.error.message).toBe(schema.error.message);
        expect(result.error.value).toEqual(schema.error.value);
      }),
      { numRuns: 400 },
    );
  });
});
