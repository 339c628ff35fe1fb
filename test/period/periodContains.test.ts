import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod, periodContains, periodOf } from '../../src/period';
import { calendarArb, dateArb, expectError, grainArb, utcDate, utcDay } from './_support';

describe('periodContains', () => {
  it('includes the start and the last day, excludes the end', () => {
    const q3 = parsePeriod('2026-Q3');
    expect(periodContains(q3, '2026-07-01')).toBe(true);
    expect(periodContains(q3, '2026-09-30')).toBe(true);
    expect(periodContains(q3, '2026-10-01')).toBe(false);
    expect(periodContains(q3, '2026-06-30')).toBe(false);
  });

  it('works on plain ranges, and an empty range contains nothing', () => {
    expect(periodContains({ start: '2026-01-01', end: '2026-01-02' }, '2026-01-01')).toBe(true);
    expect(periodContains({ start: '2026-01-01', end: '2026-01-01' }, '2026-01-01')).toBe(false);
  });

  it('refuses a malformed date', () => {
    expectError(
      () => periodContains(parsePeriod('2026'), '2026-02-30'),
      'INVALID_DATE',
      ['date'],
      '2026-02-30',
    );
  });

  describe('properties', () => {
    it('a period contains its start and its last day, and not its end or the day before it', () => {
      fc.assert(
        fc.property(dateArb, grainArb, calendarArb, (date, grain, calendar) => {
          const period = periodOf(date, grain, calendar);
          expect(periodContains(period, period.start)).toBe(true);
          expect(periodContains(period, utcDate(utcDay(period.end) - 1))).toBe(true);
          expect(periodContains(period, period.end)).toBe(false);
          expect(periodContains(period, utcDate(utcDay(period.start) - 1))).toBe(false);
        }),
      );
    });
  });
});
