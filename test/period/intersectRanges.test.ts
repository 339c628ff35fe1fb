import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectRanges, parsePeriod } from '../../src/period';
import { daysOf, rangeArb } from './_support';

describe('intersectRanges', () => {
  it('returns the common days', () => {
    expect(
      intersectRanges(parsePeriod('2026-Q1'), { start: '2026-02-15', end: '2026-12-01' }),
    ).toEqual({
      start: '2026-02-15',
      end: '2026-04-01',
    });
    expect(intersectRanges(parsePeriod('2026'), parsePeriod('2026-07'))).toEqual({
      start: '2026-07-01',
      end: '2026-08-01',
    });
  });

  it('returns null for ranges that only touch or are apart', () => {
    expect(intersectRanges(parsePeriod('2026-Q1'), parsePeriod('2026-Q2'))).toBeNull();
    expect(intersectRanges(parsePeriod('2026-Q1'), parsePeriod('2027-Q1'))).toBeNull();
    expect(
      intersectRanges(parsePeriod('2026-Q1'), { start: '2026-02-01', end: '2026-02-01' }),
    ).toBeNull();
  });

  describe('properties', () => {
    it('holds exactly the days in both ranges', () => {
      fc.assert(
        fc.property(
          rangeArb(120, '2026-01-01', '2026-06-01'),
          rangeArb(120, '2026-01-01', '2026-06-01'),
          (a, b) => {
            const common = intersectRanges(a, b);
            const inB = new Set(daysOf(b));
            const expected = daysOf(a).filter((day) => inB.has(day));
            expect(common === null ? [] : daysOf(common)).toEqual(expected);
            expect(intersectRanges(b, a)).toEqual(common);
          },
        ),
      );
    });
  });
});
