import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodEquals, periodOf } from '../../src/period';
import { calendarArb, dateArb, grainArb } from './_support';

describe('comparePeriods', () => {
  it('orders by start, then shorter first', () => {
    const labels = ['2026', '2026-H1', '2026-Q1', '2026-01', '2025-12', '2026-02', '2026-Q2'];
    const sorted = labels.map((label) => parsePeriod(label)).sort(comparePeriods);
    expect(sorted.map((p) => p.label)).toEqual([
      '2025-12',
      '2026-01',
      '2026-Q1',
      '2026-H1',
      '2026',
      '2026-02',
      '2026-Q2',
    ]);
  });

  it('breaks ties between periods of the same days by label, then calendar', () => {
    expect(comparePeriods(parsePeriod('2026'), parsePeriod('FY2026'))).toBe(-1);
    expect(comparePeriods(parsePeriod('FY2026'), parsePeriod('2026'))).toBe(1);
    expect(comparePeriods(parsePeriod('2026-Q2'), parsePeriod('2026-Q2'))).toBe(0);
    // With a January start both namings give FY2026 the same days and label.
    const byEnd = parsePeriod('FY2026', { naming: 'end-year' });
    const byStart = parsePeriod('FY2026', { naming: 'start-year' });
    expect(comparePeriods(byEnd, byStart)).toBe(-1);
    expect(periodEquals(byEnd, byStart)).toBe(false);
  });
});

describe('periodEquals', () => {
  it('is true for the same period, however obtained', () => {
    expect(
      periodEquals(
        parsePeriod('FY2027', { startMonth: 4 }),
        periodOf('2026-12-01', 'year', { startMonth: 4 }),
      ),
    ).toBe(true);
  });

  it('tells apart periods of the same days with different labels or grains', () => {
    expect(periodEquals(parsePeriod('2026'), parsePeriod('FY2026'))).toBe(false);
    expect(periodEquals(parsePeriod('2026-Q1'), parsePeriod('2026-Q2'))).toBe(false);
  });
});

describe('properties', () => {
  const periodArb = fc
    .tuple(dateArb, grainArb, calendarArb)
    .map(([date, grain, calendar]) => periodOf(date, grain, calendar));

  it('is a total order consistent with equality', () => {
    fc.assert(
      fc.property(periodArb, periodArb, periodArb, (a, b, c) => {
        expect(comparePeriods(a, b)).toBe(-comparePeriods(b, a) || 0);
        expect(comparePeriods(a, b) === 0).toBe(periodEquals(a, b));
        expect(comparePeriods(a, a)).toBe(0);
        if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0)
          expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('sorts the same periods the same way whatever their input order', () => {
    fc.assert(
      fc.property(
        fc
          .array(periodArb, { maxLength: 12 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
          ),
        ([list, shuffled]) => {
          expect([...shuffled].sort(comparePeriods)).toEqual([...list].sort(comparePeriods));
        },
      ),
    );
  });
});
