import * as z from 'zod';
import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';

/**
 * How fiscal years are named. `end-year` (the default; US, UK and most companies): a fiscal year
 * is named after the calendar year of its last day, so with an April start `FY2027` runs from
 * 2026-04-01 to 2027-03-31. `start-year` (Japan's 年度, many Indian and Chinese groups' reports):
 * named after the calendar year of its first day, so `FY2026` runs from 2026-04-01 to 2027-03-31.
 * With a January start both conventions give the same names.
 *
 * @example
 * ```ts
 * FiscalYearNaming.options;
 * //=> ['end-year', 'start-year']
 * ```
 */
export const FiscalYearNaming = z.enum(['end-year', 'start-year']);
/** `end-year` or `start-year` (see {@link FiscalYearNaming}). */
export type FiscalYearNaming = z.infer<typeof FiscalYearNaming>;

/**
 * A fiscal calendar: the month its fiscal year starts in (1–12, default 1 = January) and how its
 * years are named (default `end-year`: after the calendar year in which the fiscal year ends).
 * Fiscal quarters and halves start with the fiscal year: with `startMonth: 4`, Q1 is April–June.
 *
 * @example
 * ```ts
 * FiscalCalendar.parse({ startMonth: 10 }); // the US federal fiscal year
 * //=> { startMonth: 10, naming: 'end-year' }
 * ```
 */
export const FiscalCalendar = z.strictObject({
  startMonth: z.number().int().min(1).max(12).default(1),
  naming: FiscalYearNaming.default('end-year'),
});
/** A complete fiscal calendar (see {@link FiscalCalendar}). */
export type FiscalCalendar = z.infer<typeof FiscalCalendar>;
/** A fiscal calendar as written by a caller: both fields optional. */
export type FiscalCalendarInput = z.input<typeof FiscalCalendar>;

/**
 * Checks a fiscal calendar and fills in its defaults. Cheaper than `FiscalCalendar.parse`, for
 * the functions that take a calendar on every call.
 *
 * @param input - `{ startMonth?, naming? }`
 * @param path - where the calendar sits in the caller's input, for the error
 * @returns a new, complete calendar
 * @throws CrmRulesError `INVALID_INPUT` for a start month outside 1–12, an unknown naming or an
 * unknown key (`fiscalYearStartMonth` is not one: the start month is `startMonth`)
 * @example
 * ```ts
 * fiscalCalendar({ startMonth: 4, naming: 'start-year' });
 * //=> { startMonth: 4, naming: 'start-year' }
 * ```
 */
export function fiscalCalendar(input: FiscalCalendarInput, path: ErrorPath = []): FiscalCalendar {
  requirePath(path);
  if (typeof input !== 'object' || input === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected a fiscal calendar { startMonth, naming }', {
      path,
      value: input,
    });
  for (const key of Object.keys(input))
    if (key !== 'startMonth' && key !== 'naming')
      throw new CrmRulesError(
        'INVALID_INPUT',
        `unknown key "${key}" (a calendar has startMonth, naming)`,
        {
          path: [...path, key],
          value: (input as Record<string, unknown>)[key],
        },
      );
  const startMonth = input.startMonth ?? 1;
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    throw new CrmRulesError('INVALID_INPUT', 'the fiscal start month must be a whole number 1-12', {
      path: [...path, 'startMonth'],
      value: input.startMonth,
    });
  const naming = input.naming ?? 'end-year';
  if (naming !== 'end-year' && naming !== 'start-year')
    throw new CrmRulesError(
      'INVALID_INPUT',
      "fiscal year naming must be 'end-year' or 'start-year'",
      {
        path: [...path, 'naming'],
        value: input.naming,
      },
    );
  return { startMonth, naming };
}

/**
 * Like {@link fiscalCalendar}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeFiscalCalendar(null).success;
 * //=> false
 * ```
 */
export function safeFiscalCalendar(
  input: FiscalCalendarInput,
  path: ErrorPath = [],
): SafeResult<FiscalCalendar> {
  return attempt(() => fiscalCalendar(input, path));
}
