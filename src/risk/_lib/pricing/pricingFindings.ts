import type { PricingPolicy } from '../../DocumentPolicies';
import type { Finding, RiskSubject } from '../../Finding';
import { documentFinding } from '../catalog/documentFinding';
import { discountLevel, marginLevel, shownPercent } from './approvalLevel';
import type { PriceFigures } from './lineFigures';

const at = (f: PriceFigures) => (f.lineId === undefined ? {} : { lineId: f.lineId });

/** Internal: the discount finding of one line or of the order, if any. */
export function discountFinding(
  policy: PricingPolicy,
  subject: RiskSubject,
  f: PriceFigures,
): Finding[] {
  const rules = policy.discount;
  if (rules === undefined || !f.gross.gt(0)) return [];
  const level = discountLevel(rules, f.discount, f.gross);
  const discountPercent = shownPercent(f.discount, f.gross);
  const scope = f.lineId === undefined ? 'order' : 'line';
  switch (level.kind) {
    case 'free':
      return [];
    case 'approval':
      return [
        documentFinding(`pricing.${scope}-discount.approval`, policy.approvalSeverity, subject, {
          ...at(f),
          discountPercent,
          freePercent: rules.freePercent,
          approver: level.approver,
          upToPercent: level.edge,
        }),
      ];
    case 'beyond':
      return [
        documentFinding(`pricing.${scope}-discount.exceeded`, 'block', subject, {
          ...at(f),
          discountPercent,
          maxPercent: level.edge,
        }),
      ];
    default: {
      const exhaustive: never = level;
      return exhaustive;
    }
  }
}

/** Internal: the margin finding of one line or of the order, if any. */
export function marginFinding(
  policy: PricingPolicy,
  subject: RiskSubject,
  f: PriceFigures,
): Finding[] {
  const rules = policy.margin;
  const cost = f.cost;
  if (rules === undefined || cost === undefined) return [];
  const scope = f.lineId === undefined ? 'order' : 'line';
  if (!f.net.gt(0))
    return cost.gt(0)
      ? [
          documentFinding(`pricing.${scope}-margin.no-revenue`, 'block', subject, {
            ...at(f),
            cost: cost.toFixed(),
          }),
        ]
      : [];
  const level = marginLevel(rules, f.net, cost);
  const marginPercent = shownPercent(f.net.minus(cost), f.net);
  switch (level.kind) {
    case 'free':
      return [];
    case 'approval':
      return [
        documentFinding(`pricing.${scope}-margin.approval`, policy.approvalSeverity, subject, {
          ...at(f),
          marginPercent,
          floorPercent: rules.floorPercent,
          approver: level.approver,
          downToPercent: level.edge,
        }),
      ];
    case 'beyond':
      return [
        documentFinding(`pricing.${scope}-margin.below-floor`, 'block', subject, {
          ...at(f),
          marginPercent,
          minPercent: level.edge,
        }),
      ];
    default: {
      const exhaustive: never = level;
      return exhaustive;
    }
  }
}
