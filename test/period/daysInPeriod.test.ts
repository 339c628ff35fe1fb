import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInPeriod, parsePeriod, periodOf } from '../../src/period';
import { calendarArb, dateArb, expectError, grainArb, utcDay } from './_support';

describe('daysInPeriod', () => {
  // Gregorian leap years: divisible by 4, except centuries not divisible by 400.
  it.each([
    ['2024-02', 29],
    ['2026-02', 28],
    ['2000-02', 29],
    ['2100-02', 28],
    ['2026-07', 31],
    ['2026-04', 30],
    ['2026-Q1', 90],
    ['2024-Q1', 91],
    ['2026-Q3', 92],
    ['2026-H1', 181],
    ['2026-H2', 184],
    ['2026', 365],
    ['2024', 366],
  ])('%s has %i days', (label, days) => {
    expect(daysInPeriod(parsePeriod(label))).toBe(days);
  });

  it('counts fiscal years across a leap day', () => {
    // FY2024 starting in April (named by end year) holds 29 February 2024.
    expect(daysInPeriod(parsePeriod('FY2024', { startMonth: 4 }))).toBe(366);
    expect(daysInPeriod(parsePeriod('FY2025', { startMonth: 4 }))).toBe(365);
    // A quarter starting in February (February–April 2026) is shorter than any calendar quarter.
    expect(daysInPeriod(parsePeriod('FY2027-Q1', { startMonth: 2 }))).toBe(89);
  });

  it('counts the days of any range, zero for an empty one', () => {
    expect(daysInPeriod({ start: '2026-01-01', end: '2026-01-01' })).toBe(0);
    expect(daysInPeriod({ start: '2025-12-31', end: '2026-01-02' })).toBe(2);
  });

  it('refuses malformed dates', () => {
    expectError(() => daysInPeriod({ start: '2026-02-30', end: '2026-03-01' }), 'INVALID_DATE', [
      'period',
      'start',
    ]);
  });

  describe('properties', () => {
    it('agrees with an independent calendar and stays within the grain’s bounds', () => {
      const bounds = { month: [28, 31], quarter: [89, 92], half: [181, 184], year: [365, 366] };
      fc.assert(
        fc.property(dateArb, grainArb, calendarArb, (date, grain, calendar) => {
          const period = periodOf(date, grain, calendar);
          const days = daysInPeriod(period);
          expect(days).toBe(utcDay(period.end) - utcDay(period.start));
          const [low, high] = bounds[grain];
          expect(days >= (low as number) && days <= (high as number)).toBe(true);
        }),
      );
    });
  });
});
