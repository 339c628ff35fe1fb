import * as z from 'zod';
import { EntityId, Label } from '../../model';
import { CurrencyCode } from '../../money';
import { FiscalCalendar, Grain, IsoDate } from '../../period';
import { refineEffectiveRange } from '../../period/_lib/refineEffectiveRange';
import { planMoney } from '../_lib/schema/planMoney';
import { Component } from './Component';
import { Crediting, NewCustomerRule } from './Crediting';
import { KpiBonus } from './KpiBonus';
import { ClawbackPolicy, DrawPolicy, FxPolicy, PayoutPolicy, PlanRounding } from './PlanPolicies';
import { QuotaMeasure } from './QuotaMeasure';
import { Spiff } from './Spiff';

/**
 * One version of a commission plan, as JSON (design: docs/design/commission.md §2). Editing a
 * plan means adding a version with a later `effectiveFrom`; closed periods never change. Amounts
 * written in the plan (fixed rates, caps, minimums, draws, bonuses) are in the plan `currency`
 * (`CURRENCY_MISMATCH` at the amount's path otherwise); component, SPIFF and bonus ids are
 * unique. Conditions are checked against `LINE_FACTS` by {@link parseCommissionPlan}.
 * `quotaMeasure` (`money` when absent, or `quantity`: see {@link QuotaMeasure}) says what the
 * payees' quotas and attainment count; on a `quantity` plan `attainment`-measure tiers are found
 * by the units credited (their percentage bounds scale the quota in units) and pay on money.
 *
 * @example
 * ```ts
 * CommissionPlan.parse({
 *   id: 'am-2026', version: 1, name: 'Account managers 2026', effectiveFrom: '2026-01-01',
 *   currency: 'USD', crediting: { base: 'invoiced' },
 *   components: [{ id: 'base', name: 'Base', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }],
 * }).rounding;
 * //=> { at: 'line', mode: 'half-up' }
 * ```
 */
export const CommissionPlan = z
  .strictObject({
    id: EntityId,
    version: z.number().int().min(1),
    name: Label,
    effectiveFrom: IsoDate,
    effectiveTo: z.optional(IsoDate),
    periodGrain: Grain.default('month'),
    calendar: FiscalCalendar.prefault({}),
    currency: CurrencyCode,
    fx: FxPolicy.prefault({}),
    rounding: PlanRounding.prefault({}),
    crediting: Crediting,
    quotaMeasure: QuotaMeasure.optional(),
    newCustomer: NewCustomerRule.prefault({ kind: 'plan-year' }),
    components: z.array(Component).default([]),
    spiffs: z.array(Spiff).default([]),
    kpiBonuses: z.array(KpiBonus).default([]),
    draw: DrawPolicy.optional(),
    payout: PayoutPolicy.prefault({}),
    clawback: ClawbackPolicy.prefault({}),
  })
  .superRefine((plan, ctx) => {
    refineEffectiveRange(plan, ctx);
    for (const field of ['components', 'spiffs', 'kpiBonuses'] as const) {
      const seen = new Set<string>();
      plan[field].forEach((item, index) => {
        if (seen.has(item.id))
          ctx.addIssue({
            code: 'custom',
            path: [field, index, 'id'],
            message: `${field} ids must be unique within a plan`,
            input: item.id,
          });
        seen.add(item.id);
      });
    }
    for (const [path, amount] of planMoney(plan))
      if (amount.currency !== plan.currency)
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'currency'],
          message: `amounts in a plan are in the plan currency ${plan.currency}`,
          input: amount.currency,
          params: { code: 'CURRENCY_MISMATCH' },
        });
  });
/** A commission plan version (see {@link CommissionPlan}). */
export type CommissionPlan = z.infer<typeof CommissionPlan>;
/** A commission plan version as written by a caller, before defaults. */
export type CommissionPlanInput = z.input<typeof CommissionPlan>;
