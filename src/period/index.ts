export { comparePeriods, periodEquals } from './comparePeriods';
export { DateRange, dateRange, inRange, safeDateRange, safeInRange } from './DateRange';
export { daysInPeriod, safeDaysInPeriod } from './daysInPeriod';
export { EffectiveDated } from './EffectiveDated';
export {
  eachPeriod,
  periodsOverlapping,
  safeEachPeriod,
  safePeriodsOverlapping,
} from './eachPeriod';
export { effectiveVersions } from './effectiveVersions';
export {
  FiscalCalendar,
  type FiscalCalendarInput,
  FiscalYearNaming,
  fiscalCalendar,
  safeFiscalCalendar,
} from './FiscalCalendar';
export { formatPeriod } from './formatPeriod';
export { Grain, monthsInGrain } from './Grain';
export {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  IsoDate,
  isoDate,
  safeAddDays,
  safeDateOfDayNumber,
  safeDayNumber,
  safeDaysBetween,
  safeIsoDate,
} from './IsoDate';
export { intersectRanges, safeIntersectRanges } from './intersectRanges';
export { Period } from './Period';
export { parsePeriod, safeParsePeriod } from './parsePeriod';
export { periodContains, safePeriodContains } from './periodContains';
export { periodOf, safePeriodOf } from './periodOf';
export { periodsBetween, safePeriodsBetween } from './periodsBetween';
export { type Proration, prorate, safeProrate } from './prorate';
export {
  nextPeriod,
  previousPeriod,
  safeNextPeriod,
  safePreviousPeriod,
  safeShiftPeriod,
  shiftPeriod,
} from './shiftPeriod';
export { type PeriodSplit, safeSplitPeriod, splitPeriod } from './splitPeriod';
export { safeSubPeriods, subPeriods } from './subPeriods';
export { safeValidateVersions, validateVersions } from './validateVersions';
export { requireVersionAt, safeRequireVersionAt, safeVersionAt, versionAt } from './versionAt';
export { safeVersionsInForce, type VersionInForce, versionsInForce } from './versionsInForce';
