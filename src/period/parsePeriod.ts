import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';
import type { FiscalCalendarInput } from './FiscalCalendar';
import { fiscalCalendar } from './FiscalCalendar';
import { GRAIN_MONTHS, type Grain } from './Grain';
import { fiscalYearStart, periodAtMonth } from './grid';
import type { Period } from './Period';

const LABEL = /^(FY)?(\d{4})(?:-(?:Q([1-4])|H([12])|(0[1-9]|1[0-2])))?$/;
const EXPECTED =
  'expected a period label: 2026-07, 2026-Q3, 2026-H2, 2026, FY2026, FY2026-Q1 or FY2026-H2';

/**
 * Reads a period label. Calendar labels are `YYYY-MM` (month), `YYYY-Qn` (quarter 1–4),
 * `YYYY-Hn` (half 1–2) and `YYYY` (year); fiscal labels are `FYYYYY`, `FYYYYY-Qn` and
 * `FYYYYY-Hn`, read with `calendar` (default: January start, named by end year). Calendar
 * labels ignore the calendar; months are never fiscal. Labels are case-sensitive, with four-digit
 * years and two-digit months.
 *
 * @param label - the label
 * @param calendar - the fiscal calendar for `FY` labels
 * @param path - where the label sits in the caller's input, for the error
 * @returns the period
 * @throws CrmRulesError `INVALID_PERIOD` (at `path`, with the label as value) for anything else,
 * such as `2026-Q5`, `2026-13`, `FY26`, `2026-7` or `FY2026-07`; `INVALID_INPUT` for a malformed
 * calendar (at `['calendar', …]`)
 * @example
 * ```ts
 * parsePeriod('FY2027-Q1', { startMonth: 4 });
 * //=> { grain: 'quarter', label: 'FY2027-Q1', start: '2026-04-01', end: '2026-07-01', fiscal: { startMonth: 4, naming: 'end-year' } }
 * ```
 */
export function parsePeriod(
  label: unknown,
  calendar?: FiscalCalendarInput | null,
  path: ErrorPath = [],
): Period {
  requirePath(path);
  const fiscal =
    calendar === undefined || calendar === null ? null : fiscalCalendar(calendar, ['calendar']);
  const match = typeof label === 'string' ? LABEL.exec(label) : null;
  if (match === null || (match[1] !== undefined && match[5] !== undefined))
    throw new CrmRulesError('INVALID_PERIOD', EXPECTED, { path, value: label });
  const [, fy, year, quarter, half, month] = match;
  const grain: Grain =
    quarter !== undefined
      ? 'quarter'
      : half !== undefined
        ? 'half'
        : month !== undefined
          ? 'month'
          : 'year';
  const ordinal = Number(quarter ?? half ?? month ?? 1) - 1;
  if (fy === undefined) {
    const first = Number(year) * 12 + ordinal * GRAIN_MONTHS[grain];
    return periodAtMonth(grain, first, null, path, label);
  }
  const grid = fiscal ?? fiscalCalendar({});
  const first = fiscalYearStart(Number(year), grid) + ordinal * GRAIN_MONTHS[grain];
  return periodAtMonth(grain, first, grid, path, label);
}

/**
 * Reads a period label, or reports why it cannot (see {@link parsePeriod}).
 *
 * @param label - the label
 * @param calendar - the fiscal calendar for `FY` labels
 * @param path - where the label sits in the caller's input, for the error
 * @returns `{ success: true, data: period }` or `{ success: false, error }` with code
 * `INVALID_PERIOD` (or `INVALID_INPUT` for a malformed calendar)
 * @example
 * ```ts
 * safeParsePeriod('2026-Q5').success;
 * //=> false
 * ```
 */
export function safeParsePeriod(
  label: unknown,
  calendar?: FiscalCalendarInput | null,
  path: ErrorPath = [],
): SafeResult<Period> {
  return attempt(() => parsePeriod(label, calendar, path));
}
