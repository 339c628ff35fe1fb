import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/_lib/decimal';
import { parsePeriod, periodOf, prorate } from '../../src/period';
import { calendarArb, daysOf, expectError, grainArb, rangeArb, utcDate, utcDay } from './_support';

/** `ratio` as an integer number of 10^-40 units. */
const units = (ratio: Decimal) => BigInt(ratio.times(new Decimal(10).pow(40)).toFixed(0));

describe('prorate', () => {
  it('counts the covered days of a manager who joined mid-quarter', () => {
    // Q1 2026 has 31 + 28 + 31 = 90 days; from 15 February on there are 14 + 31 = 45.
    const share = prorate(parsePeriod('2026-Q1'), { start: '2026-02-15', end: '2026-12-31' });
    expect([share.coveredDays, share.totalDays]).toEqual([45, 90]);
    expect(share.ratio.toString()).toBe('0.5');
    expect(share.covered).toEqual({ start: '2026-02-15', end: '2026-04-01' });
  });

  it('is exact for terminating fractions and rounds the others half-up at 40 places', () => {
    // 7 of the 28 days of February 2026.
    expect(
      prorate(parsePeriod('2026-02'), { start: '2026-02-22', end: '2026-03-05' }).ratio.toString(),
    ).toBe('0.25');
    // 1 of 3 days, and 2 of 3 days.
    const third = prorate(
      { start: '2026-01-01', end: '2026-01-04' },
      { start: '2026-01-01', end: '2026-01-02' },
    );
    expect(third.ratio.toFixed(40)).toBe(`0.${'3'.repeat(40)}`);
    const twoThirds = prorate(
      { start: '2026-01-01', end: '2026-01-04' },
      { start: '2026-01-02', end: '2026-01-09' },
    );
    expect(twoThirds.ratio.toFixed(40)).toBe(`0.${'6'.repeat(39)}7`);
  });

  it('gives 1 for a range covering the period and 0 for one outside it', () => {
    const all = prorate(parsePeriod('2024'), { start: '2023-06-01', end: '2025-01-01' });
    expect([all.coveredDays, all.totalDays, all.ratio.toString()]).toEqual([366, 366, '1']);
    const none = prorate(parsePeriod('2024-Q1'), parsePeriod('2024-Q2'));
    expect([none.coveredDays, none.ratio.toString(), none.covered]).toEqual([0, '0', null]);
  });

  it('prorates over a fiscal period', () => {
    // FY2027 from April 2026 has 365 days; 1 January – 31 March 2027 is 90 of them.
    const share = prorate(parsePeriod('FY2027', { startMonth: 4 }), {
      start: '2027-01-01',
      end: '2027-06-01',
    });
    expect([share.coveredDays, share.totalDays]).toEqual([90, 365]);
    expect(share.ratio.toFixed(6)).toBe('0.246575');
  });

  describe('bad input', () => {
    it('refuses a reversed range with INVALID_DATE_RANGE', () => {
      expectError(
        () => prorate(parsePeriod('2026-Q1'), { start: '2026-03-01', end: '2026-02-01' }),
        'INVALID_DATE_RANGE',
        ['range', 'end'],
        { start: '2026-03-01', end: '2026-02-01' },
      );
    });

    it('refuses invalid dates and an empty period', () => {
      expectError(
        () => prorate(parsePeriod('2026-Q1'), { start: '2026-02-30', end: '2026-04-01' }),
        'INVALID_DATE',
        ['range', 'start'],
        '2026-02-30',
      );
      expectError(
        () => prorate({ start: '2026-01-01', end: '2026-01-01' }, parsePeriod('2026')),
        'INVALID_DATE_RANGE',
        ['period', 'end'],
      );
      expectError(
        () => prorate({ start: '2026-02-01', end: '2026-01-01' }, parsePeriod('2026')),
        'INVALID_DATE_RANGE',
        ['period', 'end'],
      );
    });
  });

  describe('properties', () => {
    it('counts the days of the period inside the range, and its ratio is within half a unit of the exact fraction', () => {
      const periodArb = fc
        .tuple(
          rangeArb(1, '2025-01-01', '2027-01-01'),
          fc.constantFrom('month' as const, 'quarter' as const),
          calendarArb,
        )
        .map(([{ start }, grain, calendar]) => periodOf(start, grain, calendar));
      fc.assert(
        fc.property(periodArb, rangeArb(200, '2024-10-01', '2027-03-01'), (period, range) => {
          const share = prorate(period, range);
          const inRange = new Set(daysOf(range));
          const covered = daysOf(period).filter((day) => inRange.has(day));
          expect(share.coveredDays).toBe(covered.length);
          expect(share.totalDays).toBe(utcDay(period.end) - utcDay(period.start));
          expect(share.covered === null ? [] : daysOf(share.covered)).toEqual(covered);
          const error =
            units(share.ratio) * BigInt(share.totalDays) - BigInt(share.coveredDays) * 10n ** 40n;
          const bound = BigInt(share.totalDays);
          expect(2n * (error < 0n ? -error : error) <= bound).toBe(true);
        }),
      );
    });

    it('the day counts of complementary ranges add up to the period', () => {
      fc.assert(
        fc.property(
          rangeArb(1, '2000-01-01', '2100-01-01'),
          grainArb,
          calendarArb,
          fc.nat(400),
          (range, grain, calendar, cut) => {
            const period = periodOf(range.start, grain, calendar);
            const at = utcDate(Math.min(utcDay(period.start) + cut, utcDay(period.end)));
            const before = prorate(period, { start: period.start, end: at });
            const after = prorate(period, { start: at, end: period.end });
            expect(before.coveredDays + after.coveredDays).toBe(before.totalDays);
          },
        ),
      );
    });
  });
});
