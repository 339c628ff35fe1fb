import { Decimal } from '../../../_lib/decimal';
import { CrmRulesError } from '../../../errors';
import type { Order } from '../../../model';

/** Internal: the exact figures of one priced line (or of a whole order). */
export interface PriceFigures {
  readonly lineId?: string;
  readonly gross: Decimal;
  readonly discount: Decimal;
  readonly net: Decimal;
  /** Undefined when the margin is not checked. */
  readonly cost: Decimal | undefined;
}

/**
 * Internal: gross (quantity × unit price), discount, net and cost (quantity × unit cost) of
 * every line that is not a return, exactly. With `needCost`, a line without `unitCost` is an
 * error: the margin floor cannot be checked without it.
 */
export function lineFigures(order: Order, needCost: boolean): PriceFigures[] {
  const figures: PriceFigures[] = [];
  order.lines.forEach((line, index) => {
    if (line.isReturn === true) return;
    const quantity = new Decimal(line.quantity);
    const gross = quantity.times(line.unitPrice);
    const d = line.discount;
    const discount =
      d === undefined
        ? new Decimal(0)
        : d.kind === 'rate'
          ? gross.times(d.rate)
          : new Decimal(d.amount);
    if (needCost && line.unitCost === undefined)
      throw new CrmRulesError(
        'INVALID_INPUT',
        'the policy has a margin floor: every sold line needs a unitCost',
        {
          path: ['order', 'lines', index, 'unitCost'],
          value: undefined,
        },
      );
    const cost = needCost ? quantity.times(line.unitCost ?? '0') : undefined;
    figures.push({ lineId: line.lineId, gross, discount, net: gross.minus(discount), cost });
  });
  return figures;
}

/** Internal: the figures of the whole order (the sums of its sold lines). */
export function orderFigures(lines: readonly PriceFigures[], needCost: boolean): PriceFigures {
  const sum = (pick: (f: PriceFigures) => Decimal) =>
    lines.reduce((acc, f) => acc.plus(pick(f)), new Decimal(0));
  return {
    gross: sum((f) => f.gross),
    discount: sum((f) => f.discount),
    net: sum((f) => f.net),
    cost: needCost ? sum((f) => f.cost ?? new Decimal(0)) : undefined,
  };
}
