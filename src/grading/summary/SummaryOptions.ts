import * as z from 'zod';
import { IsoDate } from '../../period';
import { isCalendarUnit } from '../_lib/summary/calendarBuckets';

/**
 * The time units summaries can be written in. Fixed-length units: `days` and `weeks` (days ÷ 7,
 * fractions kept, as in the BTYD literature's CDNOW summaries). Calendar buckets, as lifetimes'
 * `summary_data_from_transaction_data` with `freq="W"` / `"M"`: `iso-weeks` (Monday to Sunday)
 * and `calendar-months` — the purchases of one bucket are one purchase, and recency and T are
 * whole buckets between the first (or last) purchase's bucket and the end's bucket. For the
 * lifetime-value fits (`FitOptions.unit`), an `iso-weeks` summary is in `weeks` and a
 * `calendar-months` summary in `months`.
 *
 * @example
 * ```ts
 * SUMMARY_UNITS;
 * //=> ['days', 'weeks', 'iso-weeks', 'calendar-months']
 * ```
 */
export const SUMMARY_UNITS = ['days', 'weeks', 'iso-weeks', 'calendar-months'] as const;

/**
 * Schema of a {@link SUMMARY_UNITS} name; anything else (`'week'`, `'months'`) fails with
 * `UNKNOWN_UNIT`.
 *
 * @example
 * ```ts
 * SummaryUnit.safeParse('fortnights').success;
 * //=> false
 * ```
 */
export const SummaryUnit = z.preprocess<
  (typeof SUMMARY_UNITS)[number],
  z.ZodEnum<{ [K in (typeof SUMMARY_UNITS)[number]]: K }>,
  (typeof SUMMARY_UNITS)[number]
>((value, ctx) => {
  // Checked before the enum, so an unknown unit fails with our code; the enum is for JSON Schema.
  if (typeof value !== 'string' || !(SUMMARY_UNITS as readonly string[]).includes(value))
    ctx.addIssue({
      code: 'custom',
      message: `expected one of ${SUMMARY_UNITS.join(', ')}`,
      input: value,
      params: { code: 'UNKNOWN_UNIT' },
    });
  return value;
}, z.enum(SUMMARY_UNITS));
/** A summary time unit: `'days'`, `'weeks'`, `'iso-weeks'` or `'calendar-months'`. */
export type SummaryUnit = z.infer<typeof SummaryUnit>;

/**
 * Schema of a summary convention (DOMAIN §4). `btyd` (lifetimes, PyMC-Marketing): `frequency` =
 * purchases − 1, `recency` = last − first purchase, the average value over repeat purchases
 * only. `rfm`: the first purchase counts in `frequency` and the average, and `recency` is the
 * time since the last purchase.
 *
 * @example
 * ```ts
 * SummaryConvention.options;
 * //=> ['btyd', 'rfm']
 * ```
 */
export const SummaryConvention = z.enum(['btyd', 'rfm']);
/** A summary convention. */
export type SummaryConvention = z.infer<typeof SummaryConvention>;

/**
 * Options of {@link summarise}. `end`: the observation end, **inclusive** (transactions after it
 * are left out and counted). `unit`: `days` (default), `weeks`, or the calendar buckets
 * `iso-weeks` and `calendar-months` (see {@link SUMMARY_UNITS}) for recency and T.
 * `convention`: `btyd` (default) or `rfm`. `mergeSameDay` (default `true`): purchases on one day
 * are one purchase; `false` counts every non-negative transaction (refused with a calendar unit,
 * whose buckets always merge: `INVALID_INPUT` at `['mergeSameDay']`). `includeFirstPurchase`:
 * whether the first purchase counts in `frequency` and the average value (default: `false` for
 * `btyd`, `true` for `rfm`). `periodStart`: when given, each summary also reports the value and
 * purchases from that day to `end` (a trailing year, a quarter) for grading rules.
 *
 * @example
 * ```ts
 * SummaryOptions.parse({ end: '1997-09-30', unit: 'weeks' });
 * //=> { end: '1997-09-30', unit: 'weeks', convention: 'btyd', mergeSameDay: true }
 * ```
 */
export const SummaryOptions = z
  .strictObject({
    end: IsoDate,
    unit: SummaryUnit.default('days'),
    convention: SummaryConvention.default('btyd'),
    mergeSameDay: z.boolean().default(true),
    includeFirstPurchase: z.boolean().optional(),
    periodStart: z.optional(IsoDate),
  })
  .superRefine((options, ctx) => {
    if (!options.mergeSameDay && isCalendarUnit(options.unit))
      ctx.addIssue({
        code: 'custom',
        path: ['mergeSameDay'],
        message: `a ${options.unit} summary merges each bucket's purchases into one; mergeSameDay must not be false`,
        input: false,
      });
    if (options.periodStart !== undefined && options.periodStart > options.end)
      ctx.addIssue({
        code: 'custom',
        path: ['periodStart'],
        message: `periodStart must not be after end ${options.end}`,
        input: options.periodStart,
        params: { code: 'INVALID_DATE_RANGE' },
      });
  });
/** Options of {@link summarise}, parsed. */
export type SummaryOptions = z.infer<typeof SummaryOptions>;
/** Options of {@link summarise} as a caller writes them. */
export type SummaryOptionsInput = z.input<typeof SummaryOptions>;
