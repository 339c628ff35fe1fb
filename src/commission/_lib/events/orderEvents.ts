import type { Order } from '../../../model';
import type { Arithmetic } from '../exact/num';
import { orderLineNum } from '../input/orderLineNum';
import { type CreditEvent, creditEvent, type EventDocument } from './CreditEvent';

/** Internal: the events of a booked order: one per line. */
export function orderEvents(order: Order, docIndex: number, arithmetic: Arithmetic): CreditEvent[] {
  const doc: EventDocument = {
    origin: 'order',
    base: 'booked',
    docId: order.id,
    date: order.orderDate,
    docDate: order.orderDate,
    currency: order.currency,
    customerId: order.customerId,
    ownerId: order.ownerId,
    field: 'orders',
    docIndex,
  };
  return order.lines.map((line, lineIndex) => {
    const figures = orderLineNum(line, arithmetic);
    return creditEvent(
      doc,
      {
        lineId: line.lineId,
        amount: figures.amount,
        quantity: figures.quantity,
        cost: figures.cost,
        productId: line.productId,
        categoryId: line.categoryId,
        lineField: 'lines',
        lineIndex,
      },
      {
        orderId: order.id,
        orderLineId: line.lineId,
        invoiceId: null,
        invoiceLineId: null,
        reverses: null,
      },
    );
  });
}
