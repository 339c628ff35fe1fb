import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextPeriod,
  parsePeriod,
  periodContains,
  periodOf,
  previousPeriod,
} from '../../src/period';
import {
  calendarArb,
  dateArb,
  daysOf,
  expectError,
  grainArb,
  MONTHS,
  monthsBetween,
  utcDate,
  utcDay,
  yearMonth,
} from './_support';

describe('periodOf', () => {
  it('finds the calendar period of each grain', () => {
    expect(periodOf('2026-08-15', 'month').label).toBe('2026-08');
    expect(periodOf('2026-08-15', 'quarter').label).toBe('2026-Q3');
    expect(periodOf('2026-08-15', 'half').label).toBe('2026-H2');
    expect(periodOf('2026-08-15', 'year').label).toBe('2026');
    expect(periodOf('2026-08-15', 'quarter', null)).toEqual(parsePeriod('2026-Q3'));
  });

  it('finds the fiscal period when a calendar is given', () => {
    const april = { startMonth: 4 };
    expect(periodOf('2026-03-31', 'year', april)).toEqual(parsePeriod('FY2026', april));
    expect(periodOf('2026-04-01', 'year', april)).toEqual(parsePeriod('FY2027', april));
    expect(periodOf('2026-04-01', 'quarter', april).label).toBe('FY2027-Q1');
    expect(periodOf('2027-03-31', 'half', april).label).toBe('FY2027-H2');
    const japan = { startMonth: 4, naming: 'start-year' } as const;
    expect(periodOf('2027-03-31', 'year', japan).label).toBe('FY2026');
    // With a January start both namings agree with the calendar year.
    expect(periodOf('2026-12-31', 'year', {}).label).toBe('FY2026');
    expect(periodOf('2026-12-31', 'year', { naming: 'start-year' }).label).toBe('FY2026');
  });

  it('keeps months calendar months, whatever the calendar', () => {
    expect(periodOf('2026-04-10', 'month', { startMonth: 4 })).toEqual(parsePeriod('2026-04'));
  });

  it('handles year boundaries and leap days', () => {
    expect(periodOf('2026-12-31', 'quarter').end).toBe('2027-01-01');
    expect(periodOf('2027-01-01', 'quarter').label).toBe('2027-Q1');
    expect(periodOf('2024-02-29', 'month')).toMatchObject({
      start: '2024-02-01',
      end: '2024-03-01',
    });
    expect(periodOf('2025-12-31', 'year', { startMonth: 12 }).label).toBe('FY2026');
  });

  describe('bad input', () => {
    it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-7-1', '', '2026/07/01'])(
      'refuses the date %j with INVALID_DATE',
      (date) => {
        expectError(() => periodOf(date, 'month'), 'INVALID_DATE', ['date'], date);
      },
    );

    it('refuses an unknown grain or calendar with INVALID_INPUT', () => {
      expectError(
        () => periodOf('2026-01-01', 'week' as 'month'),
        'INVALID_INPUT',
        ['grain'],
        'week',
      );
      expectError(() => periodOf('2026-01-01', 'year', { startMonth: 0 }), 'INVALID_INPUT', [
        'calendar',
        'startMonth',
      ]);
      expectError(() => periodOf('2026-01-01', 'year', { startMonth: 2.5 }), 'INVALID_INPUT', [
        'calendar',
        'startMonth',
      ]);
    });

    it('refuses December 9999, whose month has no representable end', () => {
      expectError(() => periodOf('9999-12-31', 'month'), 'INVALID_PERIOD', ['date'], '9999-12-31');
    });
  });

  describe('properties', () => {
    it('every date lies in exactly one period of a grain, for any fiscal start month', () => {
      fc.assert(
        fc.property(dateArb, grainArb, calendarArb, (date, grain, calendar) => {
          const period = periodOf(date, grain, calendar);
          expect(periodContains(period, date)).toBe(true);
          // Its neighbours are the adjacent periods and do not contain the date.
          const before = previousPeriod(period);
          const after = nextPeriod(period);
          expect([before.end, after.start]).toEqual([period.start, period.end]);
          expect(periodContains(before, date) || periodContains(after, date)).toBe(false);
          // It has the grain's length, starts on the first of a month of the grid.
          expect(period.start.slice(8)).toBe('01');
          expect(monthsBetween(period.start, period.end)).toBe(MONTHS[grain]);
          const startMonth = grain === 'month' || calendar === null ? 1 : calendar.startMonth;
          const offset = yearMonth(period.start)[1] - startMonth;
          expect(((offset % MONTHS[grain]) + MONTHS[grain]) % MONTHS[grain]).toBe(0);
        }),
      );
    });

    it('all the days of a period map back to it', () => {
      fc.assert(
        fc.property(
          dateArb,
          fc.constantFrom('month' as const, 'quarter' as const),
          calendarArb,
          (date, grain, calendar) => {
            const period = periodOf(date, grain, calendar);
            for (const day of daysOf(period))
              expect(periodOf(day, grain, calendar)).toEqual(period);
            expect(periodOf(utcDate(utcDay(period.start) - 1), grain, calendar).end).toBe(
              period.start,
            );
          },
        ),
        { numRuns: 30 },
      );
    });

    it('the periods of finer grains nest inside the coarser ones', () => {
      fc.assert(
        fc.property(dateArb, calendarArb, (date, calendar) => {
          const [month, quarter, half, year] = (['month', 'quarter', 'half', 'year'] as const).map(
            (grain) => periodOf(date, grain, calendar),
          ) as [
            ReturnType<typeof periodOf>,
            ReturnType<typeof periodOf>,
            ReturnType<typeof periodOf>,
            ReturnType<typeof periodOf>,
          ];
          for (const [inner, outer] of [
            [month, quarter],
            [quarter, half],
            [half, year],
          ] as const) {
            expect(inner.start >= outer.start && inner.end <= outer.end).toBe(true);
          }
        }),
      );
    });
  });
});
