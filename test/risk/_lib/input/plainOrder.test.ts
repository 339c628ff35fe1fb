import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Order } from '../../../../src/model';
import {
  buildExposureIndex,
  checkOrder,
  safeBuildExposureIndex,
  safeCheckOrder,
  safeRunRiskChecks,
} from '../../../../src/risk';
import { plainOrder } from '../../../../src/risk/_lib/input/plainOrder';
import { AS_OF, POLICY } from '../../_support/facts';
import { expectAcceptedUnchanged, expectFailsAsSchema, nearShapes } from '../../_support/handCheck';

const options = { asOf: AS_OF, baseCurrency: 'USD', policy: POLICY };
const index = buildExposureIndex({}, options);
const line = { lineId: '1', productId: 'P', categoryId: 'K', quantity: '2', unitPrice: '12.50' };
const good = {
  id: 'O-1',
  customerId: 'C-1',
  ownerId: 'M-1',
  orderDate: AS_OF,
  currency: 'USD',
  status: 'open',
  lines: [line],
};

// Orders near the common shape: each field replaced by an odd value, or added, or left out.
const oddValue = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(
    undefined,
    '',
    '__proto__',
    'a\u0000b',
    '\ud800',
    '客户',
    '2026-02-30',
    '2026-06-29',
    '2026-07-01',
    'XXX',
    'JPY',
    'void',
    'cancelled',
    '-1',
    '1e3',
    '0.1234567891',
    '1234567890123456',
    [],
    [line, line],
    [{ ...line, discount: { kind: 'rate', rate: '0.1' } }],
    [{ ...line, quantity: '-1', isReturn: true }],
    [{ ...line, unitCost: '3' }],
    [{ ...line, quantity: '-2' }],
    [{ ...line, extra: true }],
    [Object.assign(Object.create(null), line)],
    { method: 'OA', days: 60 },
    { method: 'LC', days: 0 },
    { method: 'OA', days: 3650 },
    { method: 'OA', days: 3651 },
    { method: 'OA', days: -1 },
    { method: 'OA', days: 1.5 },
    { method: 'OA', days: '60' },
    { method: 'XX', days: 60 },
    { method: 'OA' },
    { method: 'OA', days: 60, extra: 1 },
    { method: 'OA', days: undefined },
    Object.assign(Object.create(null), { method: 'OA', days: 60 }),
    '8413',
    '841370',
    '84137000',
    '8413700010',
    '84137',
    '841370001011',
    '8413.70',
    '８４１３',
    [{ ...line, hsCode: '841370' }],
    [{ ...line, hsCode: '8413.70' }],
  ),
);
const lineField = fc.constantFrom(
  'lineId',
  'productId',
  'categoryId',
  'quantity',
  'unitPrice',
  'hsCode',
);
const order = nearShapes(
  good,
  [
    'id',
    'customerId',
    'ownerId',
    'orderDate',
    'promisedDate',
    'currency',
    'status',
    'contractId',
    'paymentTerms',
    'lines',
    'extra',
  ],
  oddValue,
  [
    fc
      .tuple(lineField, oddValue)
      .map(([key, value]) => ({ ...good, lines: [{ ...line, [key]: value }] })),
  ],
);

describe('plainOrder (the hand check before the Order schema)', () => {
  it('answers only for orders the schema accepts unchanged', () => {
    fc.assert(
      fc.property(order, (raw) => expectAcceptedUnchanged(plainOrder, Order, raw)),
      { numRuns: 400 },
    );
  });

  it('takes the common order', () => {
    expect(plainOrder(good)).toBe(good);
    expect(plainOrder({ ...good, promisedDate: '2026-07-15', contractId: 'K-1' })).toBeDefined();
  });

  it('takes lines with well-formed HS codes and leaves odd ones to the schema', () => {
    const coded = { ...good, lines: [{ ...line, hsCode: '841370' }] };
    expect(plainOrder(coded)).toBe(coded);
    for (const hsCode of ['84137', '8413.70', '84', '841370001011', 841370, undefined])
      expect(plainOrder({ ...good, lines: [{ ...line, hsCode }] })).toBeUndefined();
  });

  it('takes well-formed payment terms and leaves odd ones to the schema', () => {
    const terms = { ...good, paymentTerms: { method: 'OA', days: 60 } };
    expect(plainOrder(terms)).toBe(terms);
    for (const paymentTerms of [
      { method: 'OA', days: 3651 },
      { method: 'OA', days: 1.5 },
      { method: 'XX', days: 60 },
      { method: 'OA', days: 60, extra: 1 },
      undefined,
    ])
      expect(plainOrder({ ...good, paymentTerms })).toBeUndefined();
  });

  it('leaves checkOrder failing exactly as the schema fails (code, path, message, value)', () => {
    fc.assert(
      fc.property(order, (raw) =>
        expectFailsAsSchema(Order, raw, ['order'], () => safeCheckOrder(raw as never, index)),
      ),
      { numRuns: 400 },
    );
  });

  it('leaves buildExposureIndex and runRiskChecks failing exactly as the schema fails', () => {
    const customers = [{ id: 'C-1', name: 'A', country: 'DE', ownerId: 'M-1' }];
    const policy = { effectiveFrom: '2026-01-01', checks: {} };
    fc.assert(
      fc.property(order, (raw) => {
        const path = ['facts', 'orders', 1];
        expectFailsAsSchema(Order, raw, path, () =>
          safeBuildExposureIndex({ orders: [good, raw] }, options),
        );
        expectFailsAsSchema(Order, raw, path, () =>
          safeRunRiskChecks(policy, { customers, orders: [good, raw] }, options),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same finding with or without the hand check', () => {
    const viaSchema = { ...good, lines: [{ ...line, discount: { kind: 'rate', rate: '0' } }] };
    const fast = checkOrder(good as never, index);
    const slow = checkOrder(viaSchema as never, index);
    expect(fast).toEqual(slow);
  });
});
