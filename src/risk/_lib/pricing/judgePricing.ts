import type { Order } from '../../../model';
import type { PricingPolicy } from '../../DocumentPolicies';
import type { Finding, RiskSubject } from '../../Finding';
import { sortFindings } from '../catalog/documentFinding';
import { lineFigures, orderFigures } from './lineFigures';
import { discountFinding, marginFinding } from './pricingFindings';

/**
 * Internal: the pricing findings of a parsed order under a parsed policy, sorted — the one
 * judgement behind `checkPricing` and the run's pricing check.
 */
export function judgePricing(order: Order, rules: PricingPolicy): Finding[] {
  const needCost = rules.margin !== undefined;
  const lines = lineFigures(order, needCost);
  const subject: RiskSubject = { kind: 'order', id: order.id };
  const checked = [
    ...(rules.scope === 'order' ? [] : lines),
    ...(rules.scope === 'line' || lines.length === 0 ? [] : [orderFigures(lines, needCost)]),
  ];
  return sortFindings(
    checked.flatMap((f) => [
      ...discountFinding(rules, subject, f),
      ...marginFinding(rules, subject, f),
    ]),
  );
}
