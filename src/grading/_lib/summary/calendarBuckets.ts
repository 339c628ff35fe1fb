import { monthIndexOfDays } from '../../../_lib/civil';

/** Internal: a calendar bucket unit. */
export type CalendarUnit = 'iso-weeks' | 'calendar-months';

/** Internal: whether a summary unit is a calendar bucket rather than a fixed number of days. */
export function isCalendarUnit(unit: string): unit is CalendarUnit {
  return unit === 'iso-weeks' || unit === 'calendar-months';
}

/**
 * Internal: the ISO week (Monday to Sunday) of a day number, counted in weeks from the week of
 * 1970-01-01 (a Thursday, so its Monday is day −3): consecutive weeks have consecutive indices,
 * before 1970 as after.
 */
export function isoWeekIndex(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** Internal: the bucket index of a day in a calendar unit (whole buckets apart = index difference). */
export function bucketIndex(unit: CalendarUnit, day: number): number {
  switch (unit) {
    case 'iso-weeks':
      return isoWeekIndex(day);
    case 'calendar-months':
      return monthIndexOfDays(day);
    default: {
      const _exhaustive: never = unit;
      return _exhaustive;
    }
  }
}
