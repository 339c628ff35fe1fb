import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPeriod, parsePeriod, periodOf, periodsBetween, shiftPeriod } from '../../src/period';
import { calendarArb, dateArb, expectError, grainArb, neighbours } from './_support';

describe('periodsBetween', () => {
  it('lists the periods from first to last, both included', () => {
    expect(
      periodsBetween(parsePeriod('2026-Q3'), parsePeriod('2027-Q1')).map((p) => p.label),
    ).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
    expect(periodsBetween(parsePeriod('2026-05'), parsePeriod('2026-05'))).toEqual([
      parsePeriod('2026-05'),
    ]);
    const april = { startMonth: 4 };
    expect(
      periodsBetween(parsePeriod('FY2026-H2', april), parsePeriod('FY2027-H2', april)).map(
        (p) => p.start,
      ),
    ).toEqual(['2025-10-01', '2026-04-01', '2026-10-01']);
  });

  describe('bad input', () => {
    it('refuses periods of different grains or calendars', () => {
      expectError(
        () => periodsBetween(parsePeriod('2026-Q1'), parsePeriod('2026-H2')),
        'INVALID_PERIOD',
        ['last'],
      );
      expectError(
        () => periodsBetween(parsePeriod('2026'), parsePeriod('FY2027')),
        'INVALID_PERIOD',
        ['last'],
      );
      expectError(
        () =>
          periodsBetween(
            parsePeriod('FY2026', { startMonth: 4 }),
            parsePeriod('FY2027', { startMonth: 4, naming: 'start-year' }),
          ),
        'INVALID_PERIOD',
        ['last'],
      );
    });

    it('refuses a last period before the first', () => {
      expectError(
        () => periodsBetween(parsePeriod('2026-Q2'), parsePeriod('2026-Q1')),
        'INVALID_DATE_RANGE',
        ['last'],
      );
    });
  });

  describe('properties', () => {
    it('has n + 1 periods from p to shift(p, n), each the next of the one before', () => {
      fc.assert(
        fc.property(
          dateArb,
          grainArb,
          calendarArb,
          fc.integer({ min: 0, max: 40 }),
          (date, grain, calendar, n) => {
            const first = periodOf(date, grain, calendar);
            const periods = periodsBetween(first, shiftPeriod(first, n));
            expect(periods).toHaveLength(n + 1);
            for (const [before, after] of neighbours(periods))
              expect(after).toEqual(nextPeriod(before));
          },
        ),
      );
    });
  });
});
