import type * as z from 'zod';
import { attempt, parseWith, type SafeResult } from '../errors';
import { Order } from '../model';
import { judgePricing } from './_lib/pricing/judgePricing';
import { PricingPolicy, type PricingPolicyInput } from './DocumentPolicies';
import type { Finding } from './Finding';

/**
 * Checks an order's prices against the discount and margin floors of a pricing policy, with
 * approval levels as data (DOMAIN §7). Per sold line (return lines are left out) and, by
 * `scope`, for the whole order (the sums of those lines):
 * - discount = the line discount (a rate of gross, or an amount) ÷ gross (quantity × unit
 *   price); up to `freePercent` passes, up to an approval level's `upToPercent` gives
 *   `pricing.line-discount.approval` / `pricing.order-discount.approval` naming the `approver`
 *   (severity `approvalSeverity`), above the last level `…-discount.exceeded` (`block`);
 * - margin = (net − quantity × unit cost) ÷ net; at or above `floorPercent` passes, down to an
 *   approval level's `downToPercent` gives `…-margin.approval`, below the last level
 *   `…-margin.below-floor` (`block`); a net of 0 with a cost above 0 is `…-margin.no-revenue`
 *   (`block`).
 * Comparisons are exact (cross-multiplied decimals; an edge itself passes); the percentages in
 * the evidence are rounded half-up to 6 places for display. Findings are sorted by severity,
 * then subject (the order), code and evidence.
 *
 * @param order - the order ({@link Order}); with a margin floor every sold line needs `unitCost`
 * @param policy - the pricing policy version in force ({@link PricingPolicy})
 * @returns the findings, none when the prices need no approval
 * @throws CrmRulesError `INVALID_INPUT` at `['order', 'lines', i, 'unitCost']` for a missing cost
 * the margin floor needs; `INVALID_INPUT` (or the schema's code) under `order` or `policy`
 * @example
 * ```ts
 * const policy = {
 *   effectiveFrom: '2026-01-01', scope: 'line',
 *   discount: { freePercent: '5', approvals: [{ upToPercent: '10', approver: 'manager' }, { upToPercent: '20', approver: 'director' }] },
 * };
 * const order = {
 *   id: 'SO-1', customerId: 'C-1', ownerId: 'AM-1', orderDate: '2026-03-02', currency: 'USD', status: 'open',
 *   lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '10', unitPrice: '100', discount: { kind: 'rate', rate: '0.12' } }],
 * };
 * checkPricing(order, policy).map((f) => [f.code, f.evidence.approver]);
 * //=> [['pricing.line-discount.approval', 'director']]
 * ```
 */
export function checkPricing(order: z.input<typeof Order>, policy: PricingPolicyInput): Finding[] {
  const parsed = parseWith(Order, order, { path: ['order'] });
  const rules = parseWith(PricingPolicy, policy, { path: ['policy'] });
  return judgePricing(parsed, rules);
}

/**
 * Like {@link checkPricing}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeCheckPricing(null, null).success;
 * //=> false
 * ```
 */
export function safeCheckPricing(
  order: z.input<typeof Order>,
  policy: PricingPolicyInput,
): SafeResult<Finding[]> {
  return attempt(() => checkPricing(order, policy));
}
