import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInPeriod, parsePeriod, periodOf, subPeriods } from '../../src/period';
import { calendarArb, dateArb, expectError, grainArb, MONTHS, neighbours } from './_support';

describe('subPeriods', () => {
  it('splits a quarter into its months and a year into quarters', () => {
    expect(subPeriods(parsePeriod('2026-Q3'), 'month').map((p) => p.label)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    expect(subPeriods(parsePeriod('2026'), 'quarter').map((p) => p.label)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(subPeriods(parsePeriod('2026-H2'), 'half')).toEqual([parsePeriod('2026-H2')]);
  });

  it('follows the period’s fiscal calendar', () => {
    const april = { startMonth: 4 };
    expect(subPeriods(parsePeriod('FY2027', april), 'quarter').map((p) => p.label)).toEqual([
      'FY2027-Q1',
      'FY2027-Q2',
      'FY2027-Q3',
      'FY2027-Q4',
    ]);
    expect(subPeriods(parsePeriod('FY2027-H2', april), 'month').map((p) => p.label)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
  });

  it('refuses a coarser grain', () => {
    expectError(
      () => subPeriods(parsePeriod('2026-Q1'), 'half'),
      'INVALID_PERIOD',
      ['grain'],
      'half',
    );
    expectError(
      () => subPeriods(parsePeriod('2026-01'), 'year'),
      'INVALID_PERIOD',
      ['grain'],
      'year',
    );
  });

  describe('properties', () => {
    it('the parts of a period partition its days and share its calendar', () => {
      fc.assert(
        fc.property(dateArb, grainArb, grainArb, calendarArb, (date, a, b, calendar) => {
          const [outer, inner] = MONTHS[a] >= MONTHS[b] ? [a, b] : [b, a];
          const period = periodOf(date, outer, calendar);
          const parts = subPeriods(period, inner);
          expect(parts).toHaveLength(MONTHS[outer] / MONTHS[inner]);
          expect([parts[0]?.start, parts.at(-1)?.end]).toEqual([period.start, period.end]);
          for (const [before, after] of neighbours(parts)) expect(after.start).toBe(before.end);
          expect(parts.reduce((sum, p) => sum + daysInPeriod(p), 0)).toBe(daysInPeriod(period));
          for (const part of parts)
            expect(part.fiscal).toEqual(inner === 'month' ? null : period.fiscal);
        }),
      );
    });
  });
});
