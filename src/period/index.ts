export { comparePeriods, periodEquals } from './comparePeriods';
export { DateRange, dateRange, inRange } from './DateRange';
export { daysInPeriod } from './daysInPeriod';
export { EffectiveDated } from './EffectiveDated';
export { eachPeriod, periodsOverlapping } from './eachPeriod';
export { effectiveVersions } from './effectiveVersions';
export {
  FiscalCalendar,
  type FiscalCalendarInput,
  FiscalYearNaming,
  fiscalCalendar,
} from './FiscalCalendar';
export { formatPeriod } from './formatPeriod';
export { Grain, monthsInGrain } from './Grain';
export { addDays, dateOfDayNumber, dayNumber, daysBetween, IsoDate, isoDate } from './IsoDate';
export { intersectRanges } from './intersectRanges';
export { Period } from './Period';
export { parsePeriod, safeParsePeriod } from './parsePeriod';
export { periodContains } from './periodContains';
export { periodOf } from './periodOf';
export { periodsBetween } from './periodsBetween';
export { type Proration, prorate } from './prorate';
export { nextPeriod, previousPeriod, shiftPeriod } from './shiftPeriod';
export { type PeriodSplit, splitPeriod } from './splitPeriod';
export { subPeriods } from './subPeriods';
export { validateVersions } from './validateVersions';
export { requireVersionAt, versionAt } from './versionAt';
export { type VersionInForce, versionsInForce } from './versionsInForce';
