/** The date formats a ledger reads (see `LedgerOptions.dateFormat`). */
export type DateFormat = 'iso-date' | 'basic-date' | 'iso-date-time';

const BASIC = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/**
 * Internal: the `YYYY-MM-DD` text of a transaction date written in `format`, or undefined when it
 * is not written so (the day itself is checked by the caller). `iso-date`: the text as it is.
 * `basic-date`: `YYYYMMDD`. `iso-date-time`: `YYYY-MM-DD`, optionally followed by `T` or a space
 * and `hh:mm`, `:ss`, a fraction and a zone (`Z`, `±hh:mm`, `±hhmm`); the day is the date as
 * written — the writer's own calendar day, never converted to another zone.
 *
 * @param text - the date as the caller wrote it
 * @param format - the format the ledger reads
 * @returns the `YYYY-MM-DD` part, or undefined
 * @example
 * ```ts
 * [isoDateText('20140101', 'basic-date'), isoDateText('2014-01-01 23:30:00', 'iso-date-time')];
 * //=> ['2014-01-01', '2014-01-01']
 * ```
 */
export function isoDateText(text: string, format: DateFormat): string | undefined {
  switch (format) {
    case 'iso-date':
      return text;
    case 'basic-date': {
      const match = BASIC.exec(text);
      return match === null ? undefined : `${match[1]}-${match[2]}-${match[3]}`;
    }
    case 'iso-date-time': {
      const match = DATE_TIME.exec(text);
      if (match === null) return undefined;
      const [, day, hour, minute, second, offsetHours, offsetMinutes] = match;
      if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) return undefined;
      if (second !== undefined && Number(second) > 60) return undefined; // 60: a leap second
      if (offsetHours !== undefined && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59))
        return undefined;
      return day;
    }
    default: {
      const _exhaustive: never = format;
      return _exhaustive;
    }
  }
}

/** What each format looks like, for error messages. */
export const DATE_FORMAT_TEXT: Readonly<Record<DateFormat, string>> = {
  'iso-date': 'YYYY-MM-DD',
  'basic-date': 'YYYYMMDD',
  'iso-date-time': 'YYYY-MM-DD or an ISO 8601 date-time such as 2026-03-01T09:30:00Z',
};
