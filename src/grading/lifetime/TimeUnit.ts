import * as z from 'zod';

/**
 * The time units a BTYD summary can be written in, for the lifetime-value functions that need
 * to know it (a CLV horizon in months, explanations that name the unit).
 *
 * @example
 * ```ts
 * TIME_UNITS;
 * //=> ['days', 'weeks', 'months']
 * ```
 */
export const TIME_UNITS = ['days', 'weeks', 'months'] as const;

/**
 * Schema of a {@link TIME_UNITS} name; anything else fails with `UNKNOWN_UNIT`.
 *
 * @example
 * ```ts
 * TimeUnit.safeParse('fortnights').success;
 * //=> false
 * ```
 */
export const TimeUnit = z.preprocess<
  (typeof TIME_UNITS)[number],
  z.ZodEnum<{ [K in (typeof TIME_UNITS)[number]]: K }>,
  (typeof TIME_UNITS)[number]
>((value, ctx) => {
  // Checked before the enum, so an unknown unit fails with our code; the enum is for JSON Schema.
  if (typeof value !== 'string' || !(TIME_UNITS as readonly string[]).includes(value))
    ctx.addIssue({
      code: 'custom',
      message: `expected one of ${TIME_UNITS.join(', ')}`,
      input: value,
      params: { code: 'UNKNOWN_UNIT' },
    });
  return value;
}, z.enum(TIME_UNITS));
/** A time unit: `'days'`, `'weeks'` or `'months'`. */
export type TimeUnit = z.infer<typeof TimeUnit>;

/**
 * Time units per month, as lifetimes' `customer_lifetime_value` counts them (30 days, 4.345
 * weeks), so CLV figures compare with that reference implementation.
 *
 * @example
 * ```ts
 * UNITS_PER_MONTH.weeks;
 * //=> 4.345
 * ```
 */
export const UNITS_PER_MONTH: Readonly<Record<TimeUnit, number>> = {
  days: 30,
  weeks: 4.345,
  months: 1,
};
