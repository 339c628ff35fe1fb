import { dayNumberOf } from '../../_lib/civil';
import { attempt, parseWith, type SafeResult } from '../../errors';
import { type Money, zero } from '../../money';
import { addDays, type IsoDate } from '../../period';
import { checkLedger } from '../_lib/input/checkLedger';
import { bucketIndex, isCalendarUnit } from '../_lib/summary/calendarBuckets';
import {
  CalibrationHoldoutOptions,
  type CalibrationHoldoutOptionsInput,
} from './CalibrationHoldoutOptions';
import type { SummaryResult } from './CustomerSummary';
import type { PurchaseLedger } from './PurchaseLedger';
import { summarise } from './summarise';

/** One calibration customer's holdout: what they bought after the calibration end. */
export interface HoldoutSummary {
  readonly customerId: string;
  /** Purchases in the holdout (purchase days, or buckets for a calendar unit). */
  readonly frequency: number;
  /** Net value of the holdout's transactions. */
  readonly value: Money;
}

/** What {@link calibrationAndHoldout} returns. */
export interface CalibrationAndHoldout {
  /** The summary at the calibration end (as {@link summarise}). */
  readonly calibration: SummaryResult;
  /** One row per calibration customer, in the same order (zero for those who bought nothing). */
  readonly holdout: readonly HoldoutSummary[];
  /** The holdout's length in the unit: observation end − calibration end. */
  readonly duration: number;
}

/**
 * Splits a ledger at a date into a calibration summary and each calibration customer's holdout
 * purchases, as lifetimes' `calibration_and_holdout_data`: the calibration summary is
 * {@link summarise} at `calibrationEnd` (inclusive); a customer's holdout `frequency` counts the
 * purchases after `calibrationEnd` up to `observationEnd` (inclusive) by the same rules — purchase
 * days when merged (returns netted), calendar buckets for `iso-weeks` / `calendar-months` (a
 * bucket cut by the calibration end counts with its holdout days only) — and `duration` is the
 * holdout's length in the unit. Customers whose first purchase falls in the holdout are not in
 * the calibration, so not in the result (lifetimes' left join). Fit on `calibration`, predict
 * `duration` ahead, and compare with `holdout`.
 *
 * @param ledger - from `ledgerOf` or `mergeLedgers`
 * @param options - `calibrationEnd`, `observationEnd`, and the summary's `unit`, `convention`,
 * `mergeSameDay`, `includeFirstPurchase` (see {@link CalibrationHoldoutOptions})
 * @returns the calibration summary, the holdout rows and the holdout's duration
 * @throws CrmRulesError `INVALID_DATE_RANGE` at `['options', 'observationEnd']` when it is before
 * the calibration end; otherwise as {@link summarise}
 * @example
 * ```ts
 * const ledger = ledgerOf(
 *   [
 *     { customerId: 'C-1', date: '2026-01-05', amount: '10' },
 *     { customerId: 'C-1', date: '2026-01-19', amount: '20' },
 *     { customerId: 'C-1', date: '2026-02-02', amount: '30' },
 *     { customerId: 'C-1', date: '2026-02-16', amount: '15' },
 *     { customerId: 'C-2', date: '2026-02-09', amount: '99' },
 *   ],
 *   { currency: 'USD' },
 * );
 * const split = calibrationAndHoldout(ledger, {
 *   calibrationEnd: '2026-01-31',
 *   observationEnd: '2026-02-28',
 * });
 * [split.calibration.summaries.map((s) => [s.customerId, s.frequency, s.recency, s.T]), split.holdout.map((h) => [h.customerId, h.frequency]), split.duration];
 * //=> [[['C-1', 1, 14, 26]], [['C-1', 2]], 28]
 * ```
 */
export function calibrationAndHoldout(
  ledger: PurchaseLedger,
  options: CalibrationHoldoutOptionsInput,
): CalibrationAndHoldout {
  checkLedger(ledger, ['ledger']);
  const parsed = parseWith(CalibrationHoldoutOptions, options, { path: ['options'] });
  const { calibrationEnd, observationEnd, ...summary } = parsed;
  const calibration = summarise(ledger, { ...summary, end: calibrationEnd });
  const holdoutStart: IsoDate = addDays(calibrationEnd, 1);
  const observed =
    observationEnd === calibrationEnd
      ? null
      : summarise(ledger, { ...summary, end: observationEnd, periodStart: holdoutStart });
  const later = new Map(observed?.summaries.map((s) => [s.customerId, s]) ?? []);
  const nothing = zero(ledger.currency);
  const holdout = calibration.summaries.map((s): HoldoutSummary => {
    const seen = later.get(s.customerId);
    return {
      customerId: s.customerId,
      frequency: seen?.periodPurchases ?? 0,
      value: seen?.periodValue ?? nothing,
    };
  });
  return { calibration, holdout, duration: holdoutLength(parsed) };
}

/**
 * Like {@link calibrationAndHoldout}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeCalibrationAndHoldout(null, null).success;
 * //=> false
 * ```
 */
export function safeCalibrationAndHoldout(
  ledger: PurchaseLedger,
  options: CalibrationHoldoutOptionsInput,
): SafeResult<CalibrationAndHoldout> {
  return attempt(() => calibrationAndHoldout(ledger, options));
}

function holdoutLength(options: CalibrationHoldoutOptions): number {
  const from = dayNumberOf(options.calibrationEnd) as number;
  const to = dayNumberOf(options.observationEnd) as number;
  const { unit } = options;
  if (isCalendarUnit(unit)) return bucketIndex(unit, to) - bucketIndex(unit, from);
  return (to - from) / (unit === 'weeks' ? 7 : 1);
}
