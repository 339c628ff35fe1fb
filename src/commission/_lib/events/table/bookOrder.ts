import type { Order } from '../../../../model';
import { type Register, register, rMul, rParse } from '../../../../money/_lib/scaled/Register';
import { type Num, parseNum } from '../../exact/num';
import { orderLineNum } from '../../input/orderLineNum';
import type { EventTable } from './EventTable';

const q = register();
const p = register();
const c = register();
const amount = register();
const cost = register();

/**
 * Internal: books a confirmed or completed order of the period into the event table (with the row
 * of its `split`, see `SplitShares.forOrder`, and its id as `docId`, an equal string) — one event per line, `quantity × unit price` less the discount (as `orderLineNum`), on safe integers when
 * the figures allow and as Nums otherwise.
 */
export function bookOrder(
  table: EventTable,
  order: Order,
  docIndex: number,
  split: number,
  docId: string = order.id,
): void {
  table.beginRow(
    0,
    docId,
    docIndex,
    order.orderDate,
    order.orderDate,
    order.currency,
    order.customerId,
    order.ownerId,
    null,
    split,
  );
  const { keep } = table;
  const lines = order.lines;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as Order['lines'][number];
    let value: Num | Register | null = null;
    let quantity: Num | Register | null = null;
    let lineCost: Num | Register | null = null;
    if (
      line.discount === undefined &&
      rParse(q, line.quantity) === 1 &&
      rParse(p, line.unitPrice) === 1 &&
      rMul(amount, q, p)
    ) {
      value = amount;
      quantity = q;
      if (line.unitCost !== undefined && keep.cost)
        lineCost =
          rParse(c, line.unitCost) === 1 && rMul(cost, q, c)
            ? cost
            : orderLineNum(line, 'auto').cost;
    } else {
      const figures = orderLineNum(line, 'auto');
      value = figures.amount;
      quantity = keep.quantity ? parseNum(line.quantity, 'auto') : null;
      lineCost = figures.cost;
    }
    table.pushLine(line.lineId, i, value, quantity, lineCost, line.productId, line.categoryId);
  }
}
