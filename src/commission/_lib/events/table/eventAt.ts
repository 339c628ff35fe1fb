import type { ErrorPath } from '../../../../errors';
import { Fixed } from '../../../../money/_lib/scaled/Fixed';
import type { Num } from '../../exact/num';
import { type CreditEvent, creditEvent } from '../CreditEvent';
import { BASES, CREDIT_NOTE, FIELDS, ORIGINS } from '../originCodes';
import { type EventTable, NONE, WIDE } from './EventTable';

/** Internal: an event's amount (column 0), quantity (1) or cost (2) as a Num, `null` for none. */
export function eventNum(t: EventTable, e: number, k: 0 | 1 | 2): Num | null {
  const us = k === 0 ? t.amtU : k === 1 ? t.qtyU : t.costU;
  const ss = k === 0 ? t.amtS : k === 1 ? t.qtyS : t.costS;
  if (k === 1 && !t.keep.quantity) return null;
  if (k === 2 && !t.keep.cost) return null;
  const s = ss[e] as number;
  if (s === NONE) return null;
  if (s === WIDE) return t.wide.get(e * 4 + k) as Num;
  return new Fixed(us[e] as number, s);
}

/** Internal: an event's order line id (order events: their own line). */
export function orderLineOf(t: EventTable, e: number): string | null {
  if (t.rowOrigin[t.row[e] as number] === 0) return t.lineIds.names[t.line[e] as number] as string;
  const i = t.orderLine[e] as number;
  return i < 0 ? null : (t.lineIds.names[i] as string);
}

/**
 * Internal: the event object of one row of the table, as `buildEvents` makes it — for the code
 * that works on objects (materialised lines, clawbacks, the rare lines the column kernel leaves).
 */
export function eventAt(t: EventTable, e: number): CreditEvent {
  const r = t.row[e] as number;
  const o = t.rowOrigin[r] as number;
  const docId = t.rowDoc[r] as string;
  const links = t.linksOf(r);
  const lineId = t.lineIds.names[t.line[e] as number] as string;
  const lineIndex = t.lineIndex[e] as number;
  const invoiceLine = o === 0 ? -1 : (t.invoiceLine[e] as number);
  const orderId = links === null ? docId : links.orderId;
  const invoiceId = links === null ? null : links.invoiceId;
  const orderLineId = orderLineOf(t, e);
  const invoiceLineId = invoiceLine < 0 ? null : (t.lineIds.names[invoiceLine] as string);
  const product = t.keep.product ? (t.product[e] as number) : -1;
  const category = t.keep.category ? (t.category[e] as number) : -1;
  return creditEvent(
    {
      origin: ORIGINS[o] as CreditEvent['origin'],
      base: BASES[o] as CreditEvent['base'],
      docId,
      date: t.days[t.rowDay[r] as number] as string,
      docDate: t.docDates.names[t.rowDocDate[r] as number] as string,
      currency: t.currencies.names[t.rowCurrency[r] as number] as string,
      customerId: t.customers.names[t.rowCustomer[r] as number] as string,
      ownerId: t.payees.names[t.rowOwner[r] as number] as string,
      field: FIELDS[o] as CreditEvent['field'],
      docIndex: t.rowDocIndex[r] as number,
    },
    {
      lineId,
      amount: eventNum(t, e, 0) as Num,
      quantity: eventNum(t, e, 1),
      cost: eventNum(t, e, 2),
      productId: product < 0 ? null : (t.products.names[product] as string),
      categoryId: category < 0 ? null : (t.categories.names[category] as string),
      lineField: o === 2 ? 'allocations' : o === 0 || lineIndex >= 0 ? 'lines' : null,
      lineIndex,
    },
    {
      orderId,
      orderLineId,
      invoiceId,
      invoiceLineId,
      reverses:
        o >= CREDIT_NOTE
          ? {
              invoiceId,
              invoiceLineId,
              orderId,
              orderLineId,
              reason: links?.reason as string,
              paidOn: links?.paidOn ?? null,
            }
          : null,
    },
  );
}

/** Internal: the path of an event's document line in the caller's input (as `eventPath`). */
export function eventPathAt(t: EventTable, e: number): ErrorPath {
  const r = t.row[e] as number;
  const o = t.rowOrigin[r] as number;
  const lineIndex = t.lineIndex[e] as number;
  const path: Array<string | number> = [FIELDS[o] as string, t.rowDocIndex[r] as number];
  const lineField = o === 2 ? 'allocations' : o === 0 || lineIndex >= 0 ? 'lines' : null;
  if (lineField !== null && lineIndex >= 0) path.push(lineField, lineIndex);
  return path;
}
