import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPeriod, parsePeriod, periodOf, previousPeriod, shiftPeriod } from '../../src/period';
import { calendarArb, dateArb, expectError, grainArb, MONTHS, monthsBetween } from './_support';

describe('shiftPeriod', () => {
  it('steps from Q4 to the next year’s Q1, and back', () => {
    expect(nextPeriod(parsePeriod('2026-Q4'))).toEqual(parsePeriod('2027-Q1'));
    expect(previousPeriod(parsePeriod('2027-Q1'))).toEqual(parsePeriod('2026-Q4'));
    expect(nextPeriod(parsePeriod('2026-12'))).toEqual(parsePeriod('2027-01'));
    expect(nextPeriod(parsePeriod('2026-H2'))).toEqual(parsePeriod('2027-H1'));
    expect(nextPeriod(parsePeriod('2026'))).toEqual(parsePeriod('2027'));
  });

  it('steps through fiscal years, keeping the calendar', () => {
    const april = { startMonth: 4 };
    expect(nextPeriod(parsePeriod('FY2027-Q4', april))).toEqual(parsePeriod('FY2028-Q1', april));
    expect(nextPeriod(parsePeriod('FY2027-Q4', april)).start).toBe('2027-04-01');
    const japan = { startMonth: 4, naming: 'start-year' } as const;
    expect(previousPeriod(parsePeriod('FY2026-H1', japan))).toEqual(
      parsePeriod('FY2025-H2', japan),
    );
  });

  it('shifts by any whole number of periods', () => {
    expect(shiftPeriod(parsePeriod('2026-01'), -13).label).toBe('2024-12');
    expect(shiftPeriod(parsePeriod('2026-Q3'), 0)).toEqual(parsePeriod('2026-Q3'));
    expect(shiftPeriod(parsePeriod('2026-Q3'), 10).label).toBe('2029-Q1');
  });

  describe('bad input', () => {
    it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('refuses n = %d', (n) => {
      expectError(() => shiftPeriod(parsePeriod('2026-Q1'), n), 'INVALID_INPUT', ['n'], n);
    });

    it('refuses to step outside the representable dates', () => {
      expectError(() => previousPeriod(parsePeriod('0000-01')), 'INVALID_PERIOD', ['period']);
      expectError(() => nextPeriod(parsePeriod('9999-11')), 'INVALID_PERIOD', ['period']);
    });

    it('refuses a malformed period with INVALID_PERIOD at the faulty field', () => {
      const quarter = parsePeriod('2026-Q1');
      expectError(() => nextPeriod({ ...quarter, start: '2026-02-01' }), 'INVALID_PERIOD', [
        'period',
        'start',
      ]);
      expectError(() => nextPeriod({ ...quarter, end: '2026-05-01' }), 'INVALID_PERIOD', [
        'period',
        'end',
      ]);
    });
  });

  describe('properties', () => {
    const periodArb = fc
      .tuple(dateArb, grainArb, calendarArb)
      .map(([date, grain, calendar]) => periodOf(date, grain, calendar));

    it('next(previous(p)) = p = previous(next(p))', () => {
      fc.assert(
        fc.property(periodArb, (period) => {
          expect(nextPeriod(previousPeriod(period))).toEqual(period);
          expect(previousPeriod(nextPeriod(period))).toEqual(period);
        }),
      );
    });

    it('shifting by a then b is shifting by a + b, and moves by n grains of months', () => {
      const step = fc.integer({ min: -50, max: 50 });
      fc.assert(
        fc.property(periodArb, step, step, (period, a, b) => {
          expect(shiftPeriod(shiftPeriod(period, a), b)).toEqual(shiftPeriod(period, a + b));
          const moved = shiftPeriod(period, a);
          expect(monthsBetween(period.start, moved.start)).toBe(a * MONTHS[period.grain]);
          expect([moved.grain, moved.fiscal]).toEqual([period.grain, period.fiscal]);
        }),
      );
    });
  });
});
