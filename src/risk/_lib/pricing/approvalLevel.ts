import { Decimal } from '../../../_lib/decimal';
import type { PricingPolicy } from '../../DocumentPolicies';

/** Internal: which approval a price needs. */
export type ApprovalLevel =
  | { readonly kind: 'free' }
  | { readonly kind: 'approval'; readonly approver: string; readonly edge: string }
  | { readonly kind: 'beyond'; readonly edge: string };

/**
 * Internal: walks a ladder of percentage edges; `within(edge)` says whether the price is inside
 * it, exactly (no rounded percentage is compared).
 */
function climb(
  free: string,
  levels: ReadonlyArray<{ readonly approver: string; readonly edge: string }>,
  within: (edge: string) => boolean,
): ApprovalLevel {
  if (within(free)) return { kind: 'free' };
  for (const level of levels) if (within(level.edge)) return { kind: 'approval', ...level };
  return { kind: 'beyond', edge: levels.at(-1)?.edge ?? free };
}

/** Internal: the discount's level: discount × 100 ≤ edge × gross is within the edge. */
export function discountLevel(
  rules: NonNullable<PricingPolicy['discount']>,
  discount: Decimal,
  gross: Decimal,
): ApprovalLevel {
  const levels = rules.approvals.map((a) => ({ approver: a.approver, edge: a.upToPercent }));
  return climb(rules.freePercent, levels, (edge) => discount.times(100).lte(gross.times(edge)));
}

/** Internal: the margin's level: (net − cost) × 100 ≥ edge × net is within the edge (net > 0). */
export function marginLevel(
  rules: NonNullable<PricingPolicy['margin']>,
  net: Decimal,
  cost: Decimal,
): ApprovalLevel {
  const levels = rules.approvals.map((a) => ({ approver: a.approver, edge: a.downToPercent }));
  return climb(rules.floorPercent, levels, (edge) =>
    net.minus(cost).times(100).gte(net.times(edge)),
  );
}

/** Internal: a percentage for evidence, rounded half-up to 6 places (comparisons are exact). */
export function shownPercent(part: Decimal, whole: Decimal): string {
  return part.times(100).div(whole).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed();
}
