import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../src/money';
import { ExactSum, minorUnitsOf } from '../../../../src/risk/_lib/aging/ExactSum';

describe('ExactSum', () => {
  it('falls back to decimals past 2^53 − 1 minor units and for amounts finer than the unit', () => {
    const sum = new ExactSum();
    const huge = new Decimal('90071992547409.91'); // 2^53 − 1 cents
    sum.add(minorUnitsOf(huge, 2), huge);
    sum.add(minorUnitsOf(new Decimal('0.01'), 2), new Decimal('0.01'));
    sum.add(minorUnitsOf(new Decimal('0.125'), 2), new Decimal('0.125'));
    expect(sum.value(2).toFixed()).toBe('90071992547410.045');
  });

  describe('properties', () => {
    it('equals the decimal sum', () => {
      const amount = fc.oneof(
        fc
          .bigInt({ min: -(10n ** 20n), max: 10n ** 20n })
          .map((n) => new Decimal(n.toString()).div(100)),
        fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n).div(1000)),
      );
      fc.assert(
        fc.property(fc.array(amount, { maxLength: 40 }), (amounts) => {
          const sum = new ExactSum();
          for (const a of amounts) sum.add(minorUnitsOf(a, 2), a);
          const expected = amounts.reduce((s, a) => s.plus(a), new Decimal(0));
          expect(sum.value(2).eq(expected)).toBe(true);
        }),
      );
    });
  });
});
