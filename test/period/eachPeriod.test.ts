import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysInPeriod,
  eachPeriod,
  parsePeriod,
  periodContains,
  periodOf,
  periodsOverlapping,
} from '../../src/period';
import {
  calendarArb,
  expectError,
  fiscalArb,
  grainArb,
  MONTHS,
  neighbours,
  rangeArb,
  utcDate,
  utcDay,
} from './_support';

const labels = (periods: Iterable<{ label: string }>) => Array.from(periods, (p) => p.label);

describe('eachPeriod', () => {
  it('yields the periods that share a day with the range, in order', () => {
    expect(labels(eachPeriod({ start: '2026-02-15', end: '2026-05-01' }, 'month'))).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    expect(labels(eachPeriod({ start: '2026-02-15', end: '2026-05-02' }, 'month'))).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    expect(labels(eachPeriod({ start: '2026-11-30', end: '2027-01-02' }, 'quarter'))).toEqual([
      '2026-Q4',
      '2027-Q1',
    ]);
  });

  it('walks fiscal periods with a calendar', () => {
    const april = { startMonth: 4 };
    expect(
      labels(eachPeriod({ start: '2026-01-01', end: '2027-01-01' }, 'quarter', april)),
    ).toEqual(['FY2026-Q4', 'FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3']);
    expect(labels(eachPeriod(parsePeriod('2026'), 'year', april))).toEqual(['FY2026', 'FY2027']);
  });

  it('yields nothing for an empty range', () => {
    expect([...eachPeriod({ start: '2026-03-01', end: '2026-03-01' }, 'month')]).toEqual([]);
  });

  it('is lazy, yet checks its arguments on the call', () => {
    const iterator = eachPeriod({ start: '2026-01-01', end: '2999-01-01' }, 'month');
    expect(iterator.next().value?.label).toBe('2026-01');
    expect(iterator.next().value?.label).toBe('2026-02');
    expectError(
      () => eachPeriod({ start: '2026-03-01', end: '2026-02-01' }, 'month'),
      'INVALID_DATE_RANGE',
      ['range', 'end'],
    );
  });

  describe('bad input', () => {
    it('refuses malformed dates, reversed ranges and unknown grains', () => {
      expectError(
        () => eachPeriod({ start: '2026-02-30', end: '2026-04-01' }, 'month'),
        'INVALID_DATE',
        ['range', 'start'],
        '2026-02-30',
      );
      expectError(
        () => periodsOverlapping({ start: '2026-04-01', end: '2026-01-01' }, 'quarter'),
        'INVALID_DATE_RANGE',
        ['range', 'end'],
        { start: '2026-04-01', end: '2026-01-01' },
      );
      expectError(
        () => eachPeriod({ start: '2026-01-01', end: '2026-04-01' }, 'day' as 'month'),
        'INVALID_INPUT',
        ['grain'],
      );
    });
  });

  describe('properties', () => {
    it('the periods of a grain iterated over a year partition its days', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1900, max: 2200 }),
          grainArb,
          fc.option(fiscalArb, { nil: null }),
          (year, grain, calendar) => {
            const whole = periodOf(`${year}-06-15`, 'year', calendar);
            const parts = periodsOverlapping(whole, grain, calendar);
            expect(parts).toHaveLength(12 / MONTHS[grain]);
            expect(parts[0]?.start).toBe(whole.start);
            expect(parts.at(-1)?.end).toBe(whole.end);
            for (const [before, after] of neighbours(parts)) expect(after.start).toBe(before.end);
            const total = parts.reduce((sum, part) => sum + daysInPeriod(part), 0);
            expect(total).toBe(utcDay(whole.end) - utcDay(whole.start));
            expect([365, 366]).toContain(total);
          },
        ),
      );
    });

    it('over any range: contiguous, each overlapping it, the first holding its first day and the last its last', () => {
      fc.assert(
        fc.property(rangeArb(), grainArb, calendarArb, (range, grain, calendar) => {
          const periods = periodsOverlapping(range, grain, calendar);
          expect(periods.length).toBeGreaterThan(0);
          expect(periodContains(periods[0] as never, range.start)).toBe(true);
          expect(periodContains(periods.at(-1) as never, utcDate(utcDay(range.end) - 1))).toBe(
            true,
          );
          for (const [before, after] of neighbours(periods)) expect(after.start).toBe(before.end);
          for (const p of periods) expect(p.start < range.end && range.start < p.end).toBe(true);
          expect(periods).toEqual([...eachPeriod(range, grain, calendar)]);
        }),
      );
    });
  });
});
