import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Invoice } from '../../../../src/model';
import { safeBuildExposureIndex } from '../../../../src/risk';
import { plainInvoice } from '../../../../src/risk/_lib/input/plainInvoice';
import { AS_OF, POLICY } from '../../_support/facts';
import { expectAcceptedUnchanged, expectFailsAsSchema, nearShapes } from '../../_support/handCheck';

const options = { asOf: AS_OF, baseCurrency: 'USD', policy: POLICY };
const good = {
  id: 'I-1',
  customerId: 'C-1',
  ownerId: 'M-1',
  issueDate: '2026-05-01',
  dueDate: '2026-05-31',
  currency: 'USD',
  total: '1500.00',
};

// Invoices near the common shape: each field replaced by an odd value, or added, or left out.
const oddValue = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(
    undefined,
    null,
    '',
    '__proto__',
    'a\u0000b',
    '\ud800',
    '客户',
    '2026-02-30',
    '2026-02-29',
    '2024-02-29',
    '2026-04-30',
    '2026-5-01',
    '2026-05-01 ',
    '２０２６-05-01',
    '2026-06-30',
    '2026-07-01',
    'XXX',
    'JPY',
    'usd',
    '0',
    '-0',
    '+5',
    '-1',
    '1e3',
    '.5',
    '5.',
    '0.1234567891',
    '1234567890123456',
    '99999999999999999999999999999999999999999',
    1500,
    [],
    [{ lineId: '1', amount: '1500.00' }],
    [{ lineId: '1', amount: '1400.00' }],
  ),
);
const invoice = nearShapes(
  good,
  [
    'id',
    'customerId',
    'ownerId',
    'orderId',
    'issueDate',
    'dueDate',
    'currency',
    'total',
    'tax',
    'lines',
    'extra',
  ],
  oddValue,
  [fc.constantFrom<unknown>(Object.assign(Object.create(null), good), [good], null)],
);

describe('plainInvoice (the hand check before the Invoice schema)', () => {
  it('answers only for invoices the schema accepts unchanged', () => {
    fc.assert(
      fc.property(invoice, (raw) => expectAcceptedUnchanged(plainInvoice, Invoice, raw)),
      { numRuns: 400 },
    );
  });

  it('takes the common invoice, with an order and a tax', () => {
    expect(plainInvoice(good)).toBe(good);
    expect(plainInvoice({ ...good, orderId: 'O-1', tax: '100.00' })).toBeDefined();
    expect(plainInvoice({ ...good, lines: [] })).toBeUndefined();
    expect(plainInvoice({ ...good, dueDate: '2026-04-30' })).toBeUndefined();
    expect(plainInvoice({ ...good, dueDate: '２０２６-05-31' })).toBeUndefined();
    expect(plainInvoice({ ...good, issueDate: '2026-02-29' })).toBeUndefined();
  });

  it('leaves buildExposureIndex failing exactly as the schema fails (code, path, message, value)', () => {
    fc.assert(
      fc.property(invoice, (raw) =>
        expectFailsAsSchema(Invoice, raw, ['facts', 'invoices', 1], () =>
          safeBuildExposureIndex({ invoices: [good, raw] }, options),
        ),
      ),
      { numRuns: 400 },
    );
  });
});
