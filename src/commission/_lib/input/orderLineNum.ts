import type { OrderLine } from '../../../model';
import { mul, sign, sub } from '../../../money/_lib/scaled/Fixed';
import { type Arithmetic, type Num, parseNum } from '../exact/num';

/** Internal: an order line's net amount, quantity and cost, exact (as `orderLineNet`). */
export interface LineFigures {
  readonly amount: Num;
  readonly quantity: Num;
  readonly cost: Num | null;
}

/** Internal: quantity × unit price less the discount; cost = quantity × unit cost. */
export function orderLineNum(line: OrderLine, arithmetic: Arithmetic): LineFigures {
  const quantity = parseNum(line.quantity, arithmetic);
  const gross = mul(quantity, parseNum(line.unitPrice, arithmetic));
  let amount = gross;
  const discount = line.discount;
  if (discount?.kind === 'rate')
    amount = sub(gross, mul(gross, parseNum(discount.rate, arithmetic)));
  else if (discount?.kind === 'amount') {
    const off = parseNum(discount.amount, arithmetic);
    amount = sub(gross, sign(gross) < 0 ? mul(off, parseNum('-1', arithmetic)) : off);
  }
  const cost =
    line.unitCost === undefined ? null : mul(quantity, parseNum(line.unitCost, arithmetic));
  return { amount, quantity, cost };
}
