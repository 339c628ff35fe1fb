import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { percentField } from '../_lib/numberNotes';
import { EntityId, NonNegativeDecimal } from '../model';
import { CurrencyCode, DecimalString, MoneyJson, RoundingMode } from '../money';
import { IsoDate } from '../period';
import { refineEffectiveRange } from '../period/_lib/refineEffectiveRange';
import { ScoringCurve } from './ScoringCurve';

/**
 * A KPI bonus plan version (DOMAIN §5), as data: a target bonus — an amount, or a percent of the
 * payee's base salary — paid at the percent a payout curve gives for the score, times the
 * combined multipliers, optionally capped:
 *
 * - `payoutCurve` is a {@link ScoringCurve} of the score; `curveUnit` says whether it gives a
 *   `percent` (80 → 50 means 50 %) or a `fraction` (0.5); a `ratio` curve divides the score by
 *   `scoreTarget`, which it then requires;
 * - `multipliers` lists the factors (business, team, individual …) the caller supplies per payee;
 *   `combine: 'multiplicative'` multiplies them (SAP Variable Pay: base × business × individual),
 *   `'additive'` takes `Σ weight × result ÷ 100` with weights adding up to exactly 100 (base ×
 *   (business + individual), each part weighted);
 * - `capPercent` caps the payout percent after the multipliers; `rounding` rounds the payout to the
 *   currency's minor unit (half-up unless stated).
 *
 * `kpi` names the KPI of a scored scorecard whose score drives the bonus (absent: the total).
 *
 * @example
 * ```ts
 * KpiBonusPlan.parse({
 *   id: 'am-bonus', effectiveFrom: '2026-01-01', currency: 'CNY',
 *   target: { kind: 'amount', amount: { amount: '20000', currency: 'CNY' } },
 *   payoutCurve: { kind: 'linear', points: [{ x: '80', y: '50' }, { x: '100', y: '100' }, { x: '150', y: '200' }] },
 * }).combine;
 * //=> 'multiplicative'
 * ```
 */
export const KpiBonusPlan = z
  .strictObject({
    id: EntityId,
    name: z.string().min(1).optional(),
    effectiveFrom: IsoDate,
    effectiveTo: z.optional(IsoDate),
    currency: CurrencyCode,
    kpi: z.optional(EntityId),
    target: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('amount'), amount: MoneyJson }),
      z.strictObject({
        kind: z.literal('percent-of-salary'),
        percent: percentField(NonNegativeDecimal),
      }),
    ]),
    payoutCurve: ScoringCurve,
    curveUnit: z.enum(['percent', 'fraction']).default('percent'),
    scoreTarget: z.optional(DecimalString),
    combine: z.enum(['multiplicative', 'additive']).default('multiplicative'),
    multipliers: z
      .array(z.strictObject({ id: EntityId, weight: z.optional(NonNegativeDecimal) }))
      .default([]),
    capPercent: z.optional(percentField(NonNegativeDecimal)),
    rounding: z.strictObject({ mode: z._default(RoundingMode, 'half-up') }).prefault({}),
  })
  .superRefine((plan, ctx) => {
    refineEffectiveRange(plan, ctx);
    if (plan.target.kind === 'amount') {
      if (new Decimal(plan.target.amount.amount).isNegative())
        ctx.addIssue({
          code: 'custom',
          path: ['target', 'amount', 'amount'],
          message: 'a target bonus must not be negative',
          input: plan.target.amount.amount,
          params: { code: 'INVALID_AMOUNT' },
        });
      if (plan.target.amount.currency !== plan.currency)
        ctx.addIssue({
          code: 'custom',
          path: ['target', 'amount', 'currency'],
          message: `the target bonus is in the plan currency ${plan.currency}`,
          input: plan.target.amount.currency,
          params: { code: 'CURRENCY_MISMATCH' },
        });
    }
    if (plan.payoutCurve.kind === 'ratio' && plan.scoreTarget === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['scoreTarget'],
        message: 'a ratio payout curve needs the score target it divides by',
        input: plan.scoreTarget,
      });
    checkMultipliers(plan, ctx);
  });
/** A KPI bonus plan version (see {@link KpiBonusPlan}). */
export type KpiBonusPlan = z.infer<typeof KpiBonusPlan>;

type Ctx = z.core.$RefinementCtx<KpiBonusPlan>;

function checkMultipliers(plan: KpiBonusPlan, ctx: Ctx): void {
  const seen = new Set<string>();
  plan.multipliers.forEach((m, i) => {
    if (seen.has(m.id))
      ctx.addIssue({
        code: 'custom',
        path: ['multipliers', i, 'id'],
        message: 'multiplier ids must be unique',
        input: m.id,
      });
    seen.add(m.id);
    if (plan.combine === 'additive' && m.weight === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['multipliers', i, 'weight'],
        message: 'an additive multiplier needs a weight',
        input: m.weight,
      });
  });
  if (plan.combine !== 'additive') return;
  if (plan.multipliers.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['multipliers'],
      message: 'an additive plan needs at least one weighted multiplier',
      input: plan.multipliers,
    });
    return;
  }
  const total = plan.multipliers.reduce((acc, m) => acc.plus(m.weight ?? '0'), new Decimal(0));
  if (!total.eq(100))
    ctx.addIssue({
      code: 'custom',
      path: ['multipliers'],
      message: `multiplier weights must sum to 100, not ${total.toString()}`,
      input: total.toString(),
      params: { code: 'WEIGHTS_NOT_100' },
    });
}
