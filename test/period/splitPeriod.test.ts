import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/_lib/decimal';
import { parsePeriod, periodOf, prorate, splitPeriod } from '../../src/period';
import { calendarArb, expectError, grainArb, utcDate, utcDay } from './_support';

const sumRatios = (split: ReturnType<typeof splitPeriod>) =>
  split.parts
    .reduce((sum, part) => sum.plus(part.ratio), new Decimal(0))
    .plus(split.uncoveredRatio);

describe('splitPeriod', () => {
  it('splits a quarter between the manager who left and the one who joined', () => {
    const split = splitPeriod(parsePeriod('2026-Q1'), [
      { start: '2025-11-01', end: '2026-02-15' },
      { start: '2026-02-15', end: '2026-06-01' },
    ]);
    expect(split.parts.map((part) => [part.coveredDays, part.ratio.toString()])).toEqual([
      [45, '0.5'],
      [45, '0.5'],
    ]);
    expect([split.totalDays, split.uncoveredDays, split.uncoveredRatio.toString()]).toEqual([
      90,
      0,
      '0',
    ]);
  });

  it('reports the days nobody covered', () => {
    // A vacancy from 1 to 31 March 2026 (31 of the quarter's 90 days).
    const split = splitPeriod(parsePeriod('2026-Q1'), [
      { start: '2026-01-01', end: '2026-03-01' },
      { start: '2026-04-01', end: '2026-07-01' },
    ]);
    expect(split.parts.map((part) => part.coveredDays)).toEqual([59, 0]);
    expect(split.parts[1]?.covered).toBeNull();
    expect(split.uncoveredDays).toBe(31);
    expect(sumRatios(split).toString()).toBe('1');
  });

  it('hands the last unit of rounding to the largest remainder, ties to the earlier part', () => {
    // Thirds of a 3-day period: 0.333…3 each leaves one unit over, which goes to the first part.
    const split = splitPeriod({ start: '2026-01-01', end: '2026-01-04' }, [
      { start: '2026-01-01', end: '2026-01-02' },
      { start: '2026-01-02', end: '2026-01-03' },
      { start: '2026-01-03', end: '2026-01-04' },
    ]);
    expect(split.parts.map((part) => part.ratio.toFixed(40))).toEqual([
      `0.${'3'.repeat(39)}4`,
      `0.${'3'.repeat(40)}`,
      `0.${'3'.repeat(40)}`,
    ]);
    expect(sumRatios(split).eq(1)).toBe(true);
  });

  it('accepts ranges in any order, and empty ones', () => {
    const split = splitPeriod(parsePeriod('2026-07'), [
      { start: '2026-07-11', end: '2026-08-01' },
      { start: '2026-07-05', end: '2026-07-05' },
      { start: '2026-07-01', end: '2026-07-11' },
    ]);
    expect(split.parts.map((part) => part.coveredDays)).toEqual([21, 0, 10]);
  });

  describe('bad input', () => {
    it('refuses overlapping ranges at the later one', () => {
      expectError(
        () =>
          splitPeriod(parsePeriod('2026-Q1'), [
            { start: '2026-02-01', end: '2026-04-01' },
            { start: '2026-01-01', end: '2026-02-02' },
          ]),
        'INVALID_DATE_RANGE',
        ['ranges', 1],
        { start: '2026-01-01', end: '2026-02-02' },
      );
    });

    it('refuses reversed ranges and invalid dates', () => {
      expectError(
        () =>
          splitPeriod(parsePeriod('2026-Q1'), [
            parsePeriod('2025-Q4'),
            { start: '2026-02-01', end: '2026-01-01' },
          ]),
        'INVALID_DATE_RANGE',
        ['ranges', 1, 'end'],
      );
      expectError(
        () => splitPeriod(parsePeriod('2026-Q1'), [{ start: '2026-01-01', end: '2026-02-29' }]),
        'INVALID_DATE',
        ['ranges', 0, 'end'],
        '2026-02-29',
      );
    });
  });

  describe('properties', () => {
    const periodArb = fc
      .tuple(
        fc.integer({ min: utcDay('1990-01-01'), max: utcDay('2060-01-01') }),
        grainArb,
        calendarArb,
      )
      .map(([day, grain, calendar]) => periodOf(utcDate(day), grain, calendar));

    it('proration of a period over any partition of its days sums to exactly 1', () => {
      fc.assert(
        fc.property(
          periodArb,
          fc.uniqueArray(fc.nat(400), { maxLength: 12 }),
          fc.nat(60),
          fc.nat(60),
          (period, cuts, before, after) => {
            const start = utcDay(period.start);
            const end = utcDay(period.end);
            const inside = [...new Set(cuts.map((cut) => start + (cut % (end - start))))]
              .filter((day) => day > start)
              .sort((a, b) => a - b);
            // The outer ranges may reach outside the period.
            const bounds = [start - before, ...inside, end + after];
            const ranges = bounds
              .slice(1)
              .map((to, i) => ({ start: utcDate(bounds[i] as number), end: utcDate(to) }));
            const split = splitPeriod(period, ranges);
            expect(split.parts.reduce((sum, part) => sum + part.coveredDays, 0)).toBe(end - start);
            expect(split.uncoveredDays).toBe(0);
            expect(split.uncoveredRatio.isZero()).toBe(true);
            expect(sumRatios(split).eq(1)).toBe(true);
            // Each part is its own proration, up to the last unit of rounding.
            split.parts.forEach((part, i) => {
              const alone = prorate(period, ranges[i] as never);
              expect(part.coveredDays).toBe(alone.coveredDays);
              expect(part.ratio.minus(alone.ratio).abs().lte('1e-40')).toBe(true);
            });
          },
        ),
      );
    });

    it('parts and the uncovered share always add up to exactly 1', () => {
      fc.assert(
        fc.property(
          periodArb,
          fc.array(fc.tuple(fc.nat(400), fc.nat(40)), { maxLength: 6 }),
          (period, pieces) => {
            // Disjoint ranges: sorted starts, each ending before the next begins.
            const start = utcDay(period.start) - 20;
            const starts = [...new Set(pieces.map(([at]) => start + at))].sort((a, b) => a - b);
            const ranges = starts.map((from, i) => ({
              start: utcDate(from),
              end: utcDate(
                Math.min(
                  from + 1 + (pieces[i]?.[1] ?? 0),
                  starts[i + 1] ?? Number.POSITIVE_INFINITY,
                ),
              ),
            }));
            const split = splitPeriod(period, ranges);
            expect(
              split.parts.reduce((sum, p) => sum + p.coveredDays, 0) + split.uncoveredDays,
            ).toBe(split.totalDays);
            expect(sumRatios(split).eq(1)).toBe(true);
          },
        ),
      );
    });
  });
});
