import { attempt, CrmRulesError, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { allocate, decimalToString, type Money, minorUnits } from '../money';
import { addDays, dayNumber, isoDate, prorate } from '../period';
import { checkedPeriod } from '../period/prorate';
import { renameHead, withPaths } from './_lib/errorPaths';
import { requireNonNegativeTarget } from './_lib/requireTarget';

/** When a person was in post, for {@link prorateTarget}; either date may be left out. */
export interface TenureDates {
  /** The first day in post; before the period (or absent) means from the period's start. */
  readonly hireDate?: string;
  /** The last day in post, inclusive; after the period (or absent) means to its end. */
  readonly leaveDate?: string;
}

/** A target prorated to the days in post, with the day counts that explain it. */
export interface ProratedTarget {
  /** The prorated target. */
  readonly target: Money;
  /** The days of the period the person was in post. */
  readonly coveredDays: number;
  /** The days of the period. */
  readonly totalDays: number;
  /** One `kpi.target.prorate` step: target × days in post ÷ days in the period = prorated. */
  readonly trace: readonly TraceStep[];
}

/**
 * Prorates a period's target to the days a person was in post (a mid-period hire or leaver), by
 * calendar days: `target × coveredDays ÷ totalDays`, rounded half-up to the currency's minor unit.
 * The amount is the first part of `allocate(target, [covered, uncovered])`, so the prorated and
 * the forgone target add up exactly to the whole.
 *
 * @param target - the full period's target, non-negative, a whole number of minor units
 * @param period - the period (from `parsePeriod`, or any `{ start, end }` range, end exclusive)
 * @param tenure - `hireDate` (first day in post) and `leaveDate` (last day in post, inclusive)
 * @returns the prorated target with the covered and total days, and its trace step
 * @throws CrmRulesError `INVALID_AMOUNT` at `['target']` for a negative target; `INVALID_DATE` at
 * `['tenure', 'hireDate']` or `['tenure', 'leaveDate']`; `INVALID_DATE_RANGE` at
 * `['tenure', 'leaveDate']` when it is before the hire date, or at `['period', …]` for an empty
 * or reversed period
 * @example
 * ```ts
 * const q1 = parsePeriod('2026-Q1'); // 90 days
 * const share = prorateTarget(money('90000', 'USD'), q1, { hireDate: '2026-02-15' });
 * [share.target.amount.toFixed(2), share.coveredDays, share.totalDays];
 * //=> ['45000.00', 45, 90]
 * ```
 */
export function prorateTarget(
  target: Money,
  period: { readonly start: string; readonly end: string },
  tenure: TenureDates = {},
): ProratedTarget {
  requireNonNegativeTarget(target, ['target']);
  const whole = checkedPeriod(period);
  if (typeof tenure !== 'object' || tenure === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected { hireDate?, leaveDate? }', {
      path: ['tenure'],
      value: tenure,
    });
  const hire =
    tenure.hireDate === undefined ? undefined : isoDate(tenure.hireDate, ['tenure', 'hireDate']);
  const leave =
    tenure.leaveDate === undefined ? undefined : isoDate(tenure.leaveDate, ['tenure', 'leaveDate']);
  if (hire !== undefined && leave !== undefined && dayNumber(leave) < dayNumber(hire))
    throw new CrmRulesError(
      'INVALID_DATE_RANGE',
      `leave date ${leave} is before hire date ${hire}`,
      {
        path: ['tenure', 'leaveDate'],
        value: { hireDate: hire, leaveDate: leave },
      },
    );
  const start = hire === undefined || hire < whole.start ? whole.start : hire;
  const end = leave === undefined || leave >= whole.end ? whole.end : addDays(leave, 1);
  // In post for none of the period (hired after it, or left before it): no day covered.
  const { coveredDays, totalDays } = prorate(
    whole,
    end <= start ? { start, end: start } : { start, end },
  );
  const [part] = withPaths(
    () => allocate(target, [coveredDays, totalDays - coveredDays]),
    renameHead({ value: ['target'], amount: ['target'] }),
  );
  const scale = minorUnits(target.currency);
  const amounts = {
    target: decimalToString(target.amount, scale),
    currency: target.currency,
    totalDays,
    prorated: decimalToString((part as Money).amount, scale),
  };
  // In post for none of the period: no first or last day to name.
  const trace: TraceStep[] = [
    coveredDays === 0
      ? { code: 'kpi.target.prorate.none', params: amounts }
      : {
          code: 'kpi.target.prorate',
          params: { ...amounts, start, last: addDays(end, -1), coveredDays },
        },
  ];
  return { target: part as Money, coveredDays, totalDays, trace };
}

/**
 * Like {@link prorateTarget}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeProrateTarget(money('1', 'USD'), parsePeriod('2026-Q1'), { hireDate: '2026-13-01' }).error?.path;
 * //=> ['tenure', 'hireDate']
 * ```
 */
export function safeProrateTarget(
  target: Money,
  period: { readonly start: string; readonly end: string },
  tenure: TenureDates = {},
): SafeResult<ProratedTarget> {
  return attempt(() => prorateTarget(target, period, tenure));
}
