import * as z from 'zod';
import { attempt, parseWith, type SafeResult } from '../errors';
import { requireObject } from '../errors/_lib/argumentGuards';
import { Decimal } from '../money';
import type { QuotaMeasure } from './model/QuotaMeasure';
import { Statement } from './model/Statement';

/** One payee's target against what they achieved in a period (see {@link targetVariance}). */
export interface TargetVariance {
  readonly payeeId: string;
  readonly period: string;
  /** What target and achieved count: `money` (plan currency) or `quantity` (units). */
  readonly measure: QuotaMeasure;
  /** The plan currency for `money`, `null` for units. */
  readonly currency: string | null;
  /** The period quota (`null`: none for the period). */
  readonly target: string | null;
  /** The credited base (money) or the units credited. */
  readonly achieved: string;
  /** `achieved − target`: below 0 short of the target (`null` without a target). */
  readonly variance: string | null;
  /** Attainment in percent (0–100 and beyond), as the statement states it (`null` without a target). */
  readonly percent: string | null;
}

const Read = z.object({
  payeeId: Statement.shape.payeeId,
  period: Statement.shape.period,
  planCurrency: Statement.shape.planCurrency,
  attainment: Statement.shape.attainment,
});

/**
 * The target-variance view of a statement — target, achieved and variance, in money or in units
 * as the plan's `quotaMeasure` says — as ERPNext's "Sales Person Target Variance" report and
 * Xactly / SAP statements show it. A helper over the statement's `attainment`, so statements stay
 * as small as before and any stored statement can be read.
 *
 * @param statement - a statement of `computeStatements` / `closePeriod` (or its JSON)
 * @returns payee, period, measure, currency (`null` for units), target, achieved, variance, percent
 * @throws CrmRulesError `INVALID_INPUT` when the statement's payee, period, plan currency or
 * attainment are missing or malformed
 * @example
 * ```ts
 * targetVariance({
 *   payeeId: 'AM-7', period: '2026-03', planCurrency: 'USD',
 *   attainment: { credited: '80', quota: '100', percent: '80', measure: 'quantity' },
 * });
 * //=> { payeeId: 'AM-7', period: '2026-03', measure: 'quantity', currency: null, target: '100', achieved: '80', variance: '-20', percent: '80' }
 * ```
 */
export function targetVariance(
  statement: Pick<Statement, 'payeeId' | 'period' | 'planCurrency' | 'attainment'>,
): TargetVariance {
  requireObject(statement, 'statement');
  const read = parseWith(Read, statement);
  const { credited, quota, percent } = read.attainment;
  const measure: QuotaMeasure = read.attainment.measure ?? 'money';
  return {
    payeeId: read.payeeId,
    period: read.period,
    measure,
    currency: measure === 'money' ? read.planCurrency : null,
    target: quota,
    achieved: credited,
    variance: quota === null ? null : new Decimal(credited).minus(quota).toFixed(),
    percent,
  };
}

/**
 * Like {@link targetVariance}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeTargetVariance(null).success;
 * //=> false
 * ```
 */
export function safeTargetVariance(
  statement: Pick<Statement, 'payeeId' | 'period' | 'planCurrency' | 'attainment'>,
): SafeResult<TargetVariance> {
  return attempt(() => targetVariance(statement));
}
