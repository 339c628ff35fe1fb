import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../src/money';
import { UnitSums } from '../../../../src/money/_lib/scaled/UnitSums';
import { safeUnitsOf } from '../../../../src/money/_lib/scaled/unitsToDecimal';

describe('UnitSums (internal exact running sums)', () => {
  it('falls back to decimals past 2^53 − 1 units and for amounts finer than the unit', () => {
    const sums = new UnitSums(1);
    const huge = new Decimal('90071992547409.91'); // 2^53 − 1 cents
    sums.add(0, safeUnitsOf(huge, 2), huge);
    sums.add(0, safeUnitsOf(new Decimal('0.01'), 2), new Decimal('0.01'));
    sums.add(0, safeUnitsOf(new Decimal('0.125'), 2), new Decimal('0.125'));
    expect(sums.value(0, 2).toFixed()).toBe('90071992547410.045');
    expect(sums.whole(0)).toBeUndefined();
  });

  it('grows as cells are first used; a cell never used holds zero', () => {
    const sums = new UnitSums();
    expect(sums.addUnits(40_000, -250)).toBe(true);
    expect(sums.value(40_000, 2).toFixed()).toBe('-2.5');
    expect(sums.whole(40_000)).toBe(-250);
    expect(sums.whole(1_000_000)).toBe(0);
    expect(sums.value(1_000_000, 2).isZero()).toBe(true);
    expect(sums.addUnits(40_000, Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(sums.addUnits(40_000, -Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(sums.addUnits(40_000, -Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(sums.whole(40_000)).toBe(-250);
  });

  it('reserve makes room for the cells at once and keeps the sums', () => {
    const sums = new UnitSums();
    sums.addUnits(3, 125);
    sums.reserve(1_000);
    sums.reserve(10);
    expect(sums.whole(3)).toBe(125);
    expect(sums.whole(999)).toBe(0);
    expect(sums.addUnits(999, 7)).toBe(true);
    expect(sums.value(999, 2).toFixed()).toBe('0.07');
  });

  describe('properties', () => {
    const amount = fc.oneof(
      fc
        .bigInt({ min: -(10n ** 20n), max: 10n ** 20n })
        .map((n) => new Decimal(n.toString()).div(100)),
      fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }).map((n) => new Decimal(n.toString())),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n).div(1000)),
    );

    it('each cell equals the decimal.js sum of what was added to it, negatives and past 2^53 alike', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), amount), { maxLength: 60 }),
          fc.integer({ min: 0, max: 2 }),
          (adds, places) => {
            const sums = new UnitSums(places === 0 ? 0 : 8);
            const expected = new Map<number, Decimal>();
            for (const [cell, a] of adds) {
              const units = safeUnitsOf(a, places);
              // Half the whole amounts through `addUnits`, as the hot loops add them.
              if (units === null || cell % 2 === 0 || !sums.addUnits(cell, units))
                sums.add(cell, units, a);
              expected.set(cell, (expected.get(cell) ?? new Decimal(0)).plus(a));
            }
            for (let cell = 0; cell <= 41; cell += 1) {
              const want = expected.get(cell) ?? new Decimal(0);
              expect(sums.value(cell, places).eq(want)).toBe(true);
              const whole = sums.whole(cell);
              if (whole !== undefined)
                expect(new Decimal(whole).div(new Decimal(10).pow(places)).eq(want)).toBe(true);
            }
          },
        ),
      );
    });

    it('safeUnitsOf is the exact units of an amount when they are whole and safe', () => {
      fc.assert(
        fc.property(amount, fc.integer({ min: 0, max: 6 }), (a, places) => {
          const units = safeUnitsOf(a, places);
          const exact = a.times(new Decimal(10).pow(places));
          if (units === null)
            expect(!exact.isInteger() || exact.abs().gt(Number.MAX_SAFE_INTEGER)).toBe(true);
          else expect(exact.eq(units)).toBe(true);
        }),
      );
    });
  });
});
