/**
 * Calendar arithmetic on whole days, free of time zones: a date is a day number (days since
 * 1970-01-01) or its `YYYY-MM-DD` string. Algorithms after H. Hinnant, "chrono-compatible
 * low-level date algorithms".
 */

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `[year, month, day]` of a day number. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day];
}

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `YYYY-MM-DD` string, or `undefined` when it is not a real calendar date. */
export function dayNumberOf(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** The day number of 0000-01-01, the first date a `YYYY-MM-DD` string can write. */
export const MIN_DAY = daysFromCivil(0, 1, 1);
/** The day number of 9999-12-31, the last date a `YYYY-MM-DD` string can write. */
export const MAX_DAY = daysFromCivil(9999, 12, 31);

/**
 * The `YYYY-MM-DD` string of a day number: an integer from {@link MIN_DAY} to {@link MAX_DAY}
 * (years 0000-9999). Callers check the range first (`period/_lib/guards`): any other number gives
 * a string that is not a date.
 */
export function isoOfDayNumber(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The first day of the month `months` after the month of (year, month), as [year, month]. */
export function addMonths(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The month index of a day number: months since January of year 0 (`2026-07-15` → 2026 × 12 + 6). */
export function monthIndexOfDays(days: number): number {
  const [year, month] = civilFromDays(days);
  return year * 12 + month - 1;
}

/** The day number of the first day of a month index (the inverse of {@link monthIndexOfDays}). */
export function daysFromMonthIndex(index: number): number {
  return daysFromCivil(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1, 1);
}
