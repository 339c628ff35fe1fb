import { civilFromDays, dayNumberOf } from '../../_lib/civil';
import { attempt, CrmRulesError, parseWith, type RunOptions, type SafeResult } from '../../errors';
import { RunControl, withoutRunOptions } from '../../errors/_lib/runControl';
import { zero } from '../../money';
import { dateOfDayNumber } from '../../period';
import { checkLedger } from '../_lib/input/checkLedger';
import { bucketIndex, isCalendarUnit } from '../_lib/summary/calendarBuckets';
import type { SummaryContext } from '../_lib/summary/SummaryContext';
import { newScan } from '../_lib/summary/scanSlots';
import { summariseDays } from '../_lib/summary/summariseDays';
import type { CustomerSummary, SummaryResult } from './CustomerSummary';
import type { PurchaseLedger } from './PurchaseLedger';
import { SummaryOptions, type SummaryOptionsInput } from './SummaryOptions';

/**
 * Summarises every customer of a ledger at an observation end (DOMAIN §4), in the BTYD or the
 * RFM convention. With the defaults (`btyd`, same-day merge, first purchase excluded) the result
 * reproduces the BTYD summaries that the lifetimes library distributes for the CDNOW sample —
 * checked on all 2,357 customers. `weeks` are days ÷ 7 (fractions kept); `iso-weeks` and
 * `calendar-months` are calendar buckets as lifetimes' `freq="W"` / `"M"` (one purchase per bucket,
 * durations in whole buckets — see `SUMMARY_UNITS`). The same ledger can be summarised at several ends (calibration and holdout).
 *
 * Rules: the end is inclusive; transactions after it are left out and counted in
 * `excluded.afterEnd`. Returns (negative amounts) reduce value, never count as purchases: with
 * same-day merge a day is a purchase day when its net is above zero, or zero without any return
 * (a free purchase counts, a purchase returned the same day does not); without it every
 * non-negative transaction is a purchase. Customers without a purchase on or before the end are
 * counted in `excluded.customersWithoutPurchase`. Summaries are sorted by `customerId`, so the
 * result does not depend on the order transactions arrived in.
 *
 * @param ledger - from {@link ledgerOf} or {@link mergeLedgers}
 * @param options - `end` (required), `unit`, `convention`, `mergeSameDay`,
 * `includeFirstPurchase`, `periodStart` (see {@link SummaryOptions}); `signal` and `onProgress`
 * (stage `summarise`, customers; see {@link index!RunOptions})
 * @returns the summaries, the settings and what was excluded
 * @throws CrmRulesError `UNKNOWN_UNIT` at `['options', 'unit']`; `INVALID_DATE` at
 * `['options', 'end']`; `INVALID_DATE_RANGE` at `['options', 'end']` when the ledger has
 * purchases but all are after the end, or at `['options', 'periodStart']` when it is after the
 * end; `INVALID_INPUT` for other bad options (`['options', …]`) or a malformed ledger
 * (`['ledger']`); `ABORTED` at `['options', 'signal']` once the signal is aborted
 * @example
 * ```ts
 * const ledger = ledgerOf(
 *   [
 *     { customerId: 'C-1', date: '2026-01-01', amount: '100' },
 *     { customerId: 'C-1', date: '2026-01-08', amount: '30' },
 *     { customerId: 'C-1', date: '2026-01-08', amount: '20' },
 *     { customerId: 'C-1', date: '2026-02-01', amount: '10' },
 *   ],
 *   { currency: 'USD' },
 * );
 * const [c1] = summarise(ledger, { end: '2026-01-29', unit: 'weeks' }).summaries;
 * [c1?.frequency, c1?.recency, c1?.T, c1?.monetaryValue];
 * //=> [1, 1, 4, 50]
 * ```
 * @example
 * ```ts
 * // ISO weeks (Monday–Sunday): Thu 1 Jan and Sun 4 Jan 2026 are one week, Mon 5 Jan the next.
 * const ledger = ledgerOf(
 *   [
 *     { customerId: 'C-1', date: '2026-01-01', amount: '10' },
 *     { customerId: 'C-1', date: '2026-01-04', amount: '20' },
 *     { customerId: 'C-1', date: '2026-01-05', amount: '30' },
 *     { customerId: 'C-1', date: '2026-01-20', amount: '40' },
 *   ],
 *   { currency: 'USD' },
 * );
 * const [c1] = summarise(ledger, { end: '2026-01-31', unit: 'iso-weeks' }).summaries;
 * [c1?.frequency, c1?.recency, c1?.T, c1?.monetaryValue];
 * //=> [2, 3, 4, 35]
 * ```
 */
export function summarise(
  ledger: PurchaseLedger,
  options: SummaryOptionsInput & RunOptions,
): SummaryResult {
  checkLedger(ledger, ['ledger']);
  const parsed = parseWith(SummaryOptions, withoutRunOptions(options), { path: ['options'] });
  const control = RunControl.of(options);
  const convention = parsed.convention;
  const includeFirstPurchase = parsed.includeFirstPurchase ?? convention === 'rfm';
  const endDay = dayNumberOf(parsed.end) as number;
  const ctx: SummaryContext = {
    endDay,
    periodStartDay:
      parsed.periodStart === undefined ? null : (dayNumberOf(parsed.periodStart) as number),
    unitDays: parsed.unit === 'weeks' ? 7 : 1,
    calendar: isCalendarUnit(parsed.unit) ? parsed.unit : null,
    endBucket: isCalendarUnit(parsed.unit) ? bucketIndex(parsed.unit, endDay) : endDay,
    merge: parsed.mergeSameDay,
    includeFirst: includeFirstPurchase,
    rfm: convention === 'rfm',
    scale: ledger.scale,
    currency: ledger.currency,
    endCivil: civilFromDays(dayNumberOf(parsed.end) as number),
    zero: zero(ledger.currency),
    dates: new Map(),
    scan: newScan(),
    afterEnd: 0,
    transactions: 0,
    withoutPurchase: 0,
  };
  const summaries: CustomerSummary[] = [];
  const customers = ledger.customerIds.length;
  const meter = control.idle ? null : control.stage('summarise', customers);
  for (let k = 0; k < customers; k += 1) {
    if (meter !== null && k >= meter.next) meter.at(k);
    const summary = summariseDays(ledger, k, ctx);
    if (summary !== null) summaries.push(summary);
  }
  meter?.end(customers);
  if (summaries.length === 0) checkEndAfterFirstPurchase(ledger, parsed.end, ctx.endDay);
  return {
    convention,
    unit: parsed.unit,
    end: parsed.end,
    currency: ledger.currency,
    mergeSameDay: parsed.mergeSameDay,
    includeFirstPurchase,
    periodStart: parsed.periodStart ?? null,
    summaries,
    transactions: ctx.transactions,
    excluded: { afterEnd: ctx.afterEnd, customersWithoutPurchase: ctx.withoutPurchase },
  };
}

/**
 * Like {@link summarise}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeSummarise(null, null).success;
 * //=> false
 * ```
 */
export function safeSummarise(
  ledger: PurchaseLedger,
  options: SummaryOptionsInput & RunOptions,
): SafeResult<SummaryResult> {
  return attempt(() => summarise(ledger, options));
}

/** An end before every purchase of a ledger is a mistake, not an empty book. */
function checkEndAfterFirstPurchase(ledger: PurchaseLedger, end: string, endDay: number): void {
  let first = Number.POSITIVE_INFINITY;
  ledger.days.forEach((day, slot) => {
    if ((ledger.purchaseCounts[slot] as number) > 0 && day < first) first = day;
  });
  if (first !== Number.POSITIVE_INFINITY && first > endDay)
    throw new CrmRulesError(
      'INVALID_DATE_RANGE',
      `the observation end is before the first purchase in the ledger (${dateOfDayNumber(first)})`,
      { path: ['options', 'end'], value: end },
    );
}
