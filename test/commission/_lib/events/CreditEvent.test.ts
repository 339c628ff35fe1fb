import { describe, expect, it } from 'vitest';
import {
  creditEvent,
  type EventDocument,
  type EventLine,
  type EventLinks,
} from '../../../../src/commission/_lib/events/CreditEvent';
import { parseNum } from '../../../../src/commission/_lib/exact/num';

const doc: EventDocument = {
  origin: 'invoice',
  base: 'invoiced',
  docId: 'INV-1',
  date: '2026-03-05',
  docDate: '2026-03-05',
  currency: 'USD',
  customerId: 'C-1',
  ownerId: 'AM-1',
  field: 'invoices',
  docIndex: 4,
};
const line: EventLine = {
  lineId: 'L1',
  amount: parseNum('120.50', 'decimal'),
  quantity: null,
  cost: null,
  productId: 'P-1',
  categoryId: null,
  lineField: 'lines',
  lineIndex: 0,
};
const links: EventLinks = {
  orderId: 'SO-1',
  orderLineId: 'SL1',
  invoiceId: 'INV-1',
  invoiceLineId: 'L1',
  reverses: null,
};

describe('creditEvent: the one constructor of a credit event', () => {
  it('copies every field of the document, the line and the links, and nothing else', () => {
    const event = creditEvent(doc, line, links);
    expect(event).toEqual({ ...doc, ...line, ...links });
    expect(Object.keys(event).sort()).toEqual(
      [...Object.keys(doc), ...Object.keys(line), ...Object.keys(links)].sort(),
    );
  });

  it('lays every event out in one order of fields (one object shape for every origin)', () => {
    const event = creditEvent(doc, line, links);
    const other = creditEvent({ ...doc, origin: 'order', base: 'booked' }, line, links);
    expect(Object.keys(other)).toEqual(Object.keys(event));
    expect(Object.keys(event).slice(0, 4)).toEqual(['origin', 'base', 'docId', 'lineId']);
  });
});
