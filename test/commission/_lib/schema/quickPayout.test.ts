import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { quickPayout } from '../../../../src/commission/_lib/schema/quickPayout';
import { PayeeState } from '../../../../src/commission/model/PayeeState';
import { PayoutRecord } from '../../../../src/commission/model/PayoutRecord';
import { safeParseWith } from '../../../../src/errors';

const text = fc.constantFrom('SO-1', '1', '', 7, null, undefined);
const link = fc.constantFrom('SO-1', 'INV-1', '', null, 3, undefined);
const amount = fc.constantFrom('40', '0', '-12.5', '10.00', '1e3', '', 40, null, undefined);
const source = fc.oneof(
  fc.record(
    {
      kind: fc.constantFrom('order', 'invoice', 'payment', 'period', 1),
      id: text,
      lineId: text,
      extra: fc.constant(1),
    },
    { requiredKeys: [], noNullPrototype: true },
  ),
  fc.constantFrom(null, 'SO-1', []),
);
const loose = fc.record(
  {
    source,
    orderId: link,
    orderLineId: link,
    invoiceId: link,
    currency: fc.constantFrom('USD', 'CNY', 'usd', 'XXX', 1),
    amount,
    paid: amount,
    reversed: amount,
    clawedBack: amount,
    other: fc.constant(1),
  },
  { requiredKeys: [], noNullPrototype: true },
);
const valid = fc.record(
  {
    source: fc.record(
      {
        kind: fc.constantFrom('order', 'invoice', 'payment'),
        id: fc.constantFrom('SO-1', 'INV-9'),
        lineId: fc.constantFrom('1', ''),
      },
      { noNullPrototype: true },
    ),
    orderId: fc.constantFrom('SO-1', null),
    orderLineId: fc.constantFrom('1', null),
    invoiceId: fc.constantFrom('INV-9', null),
    currency: fc.constantFrom('USD', 'CNY'),
    amount: fc.constantFrom('1000', '12.5'),
    paid: fc.constantFrom('40', '0.5'),
    reversed: fc.constantFrom('0', '250'),
    clawedBack: fc.constantFrom('0', '10'),
  },
  { requiredKeys: ['source', 'currency', 'amount', 'paid'], noNullPrototype: true },
);
const record = fc.oneof(loose, valid);
const reference = z.array(PayoutRecord);

describe('quickPayout (internal)', () => {
  it('reads a whole record as the schema does, and leaves a short one to the schema', () => {
    const raw = {
      source: { kind: 'invoice', id: 'INV-1', lineId: '' },
      orderId: null,
      orderLineId: null,
      invoiceId: 'INV-1',
      currency: 'USD',
      amount: '1000',
      paid: '40',
      reversed: '250',
      clawedBack: '10',
    };
    expect(JSON.stringify(quickPayout(raw))).toBe(JSON.stringify(PayoutRecord.parse(raw)));
    const { reversed: _, ...short } = raw;
    expect(quickPayout(short)).toBeNull();
    expect(PayeeState.parse({ payeeId: 'AM-7', payouts: [short] }).payouts[0]?.reversed).toBe('0');
  });

  describe('properties', () => {
    it('is the schema’s output (a copy, keys in order) whenever it reads one, else null', () => {
      fc.assert(
        fc.property(record, (raw) => {
          const quick = quickPayout(raw);
          if (quick === null) return;
          const parsed = PayoutRecord.safeParse(raw);
          expect(parsed.success).toBe(true);
          expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
          expect(quick).not.toBe(raw);
        }),
        { numRuns: 3000 },
      );
    });

    it('gives a payee state the output and the errors of the plain array schema', () => {
      fc.assert(
        fc.property(fc.array(record, { maxLength: 4 }), (payouts) => {
          const fast = safeParseWith(PayeeState, { payeeId: 'AM-7', payouts }, { path: ['s'] });
          const slow = safeParseWith(
            PayeeState.extend({ payouts: reference.default([]) }),
            { payeeId: 'AM-7', payouts },
            { path: ['s'] },
          );
          expect(fast.success).toBe(slow.success);
          if (fast.success && slow.success)
            expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data));
          if (!fast.success && !slow.success) {
            expect([fast.error.code, fast.error.path, fast.error.value]).toEqual([
              slow.error.code,
              slow.error.path,
              slow.error.value,
            ]);
            expect(fast.error.issues.map((i) => i.path)).toEqual(
              slow.error.issues.map((i) => i.path),
            );
          }
        }),
        { numRuns: 1500 },
      );
    });
  });
});
