export { DateRange, dateRange, inRange } from './DateRange';
export { addDays, dateOfDayNumber, dayNumber, daysBetween, IsoDate, isoDate } from './IsoDate';
