import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/money';
import {
  decimalOfUnits,
  decimalToFixed,
  decimalToNumber,
  exactQuotient,
  unitsToText,
} from '../../src/money/decimalWords';
import { centsText } from '../grading/_support';

/** The internals decimal.js keeps: a value built here must be the very value decimal.js builds. */
const internals = (value: Decimal) => ({ d: value.d, e: value.e, s: value.s });

/** The fast decimal conversions of the summary and RFM paths, checked against decimal.js. */
describe('decimalWords (internal fast decimal conversions)', () => {
  const safe = fc.oneof(
    fc.integer({ min: -10_000_000, max: 10_000_000 }),
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map((n) => n * 1000),
    fc.bigInt({ min: -(2n ** 53n - 1n), max: 2n ** 53n - 1n }).map(Number),
    fc.constantFrom(1, -1, 10_000_000, 9_999_999, 2 ** 53 - 1, -(2 ** 53 - 1), 10 ** 15),
  );
  const scale = fc.integer({ min: 0, max: 40 });
  const decimal = fc.oneof(
    fc.tuple(safe, fc.integer({ min: 0, max: 30 })).map(([u, s]) => new Decimal(`${u}e-${s}`)),
    fc.tuple(safe, fc.integer({ min: 0, max: 30 })).map(([u, s]) => new Decimal(`${u}e${s}`)),
    fc
      .tuple(safe, fc.integer({ min: 1, max: 99 }))
      .map(([u, by]) => new Decimal(u).div(by).times('0.01')),
    fc.constantFrom(new Decimal(0), new Decimal('-0'), new Decimal('1e-40'), new Decimal('1e40')),
  );

  it('builds the internals decimal.js builds, at word boundaries too', () => {
    for (const [units, s] of [
      [12_345, 2],
      [5, 2],
      [-5, 2],
      [10_000_000, 0],
      [10_000_000, 7],
      [1_000_000, 7],
      [2 ** 53 - 1, 2],
      [120_000, 2],
      [1, 22],
      [1, 30],
      [123_456_789, 25],
    ] as const) {
      const expected = new Decimal(centsText(BigInt(units), s));
      expect(internals(decimalOfUnits(units, s))).toEqual(internals(expected));
      expect(decimalOfUnits(units, s)).toEqual(expected);
    }
    expect(Object.is(decimalOfUnits(0, 2).s, 1)).toBe(true);
  });

  describe('properties', () => {
    it('decimalOfUnits equals decimal.js text parsing and arithmetic, internals included', () => {
      fc.assert(
        fc.property(safe, scale, (units, s) => {
          const built = decimalOfUnits(units, s);
          expect(internals(built)).toEqual(internals(new Decimal(centsText(BigInt(units), s))));
          expect(internals(built)).toEqual(
            internals(new Decimal(units).times(new Decimal(`1e-${s}`))),
          );
          expect(built.constructor).toBe(Decimal);
        }),
      );
    });

    it('exactQuotient is decimal.js division whenever it answers, and answers for 2ᵃ5ᵇ', () => {
      fc.assert(
        fc.property(
          safe,
          fc.integer({ min: 0, max: 8 }),
          fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constantFrom(2, 4, 5, 8, 16, 20, 64)),
          (units, s, divisor) => {
            const exact = exactQuotient(units, s, divisor);
            const reference = new Decimal(centsText(BigInt(units), s)).div(divisor);
            if (exact !== undefined) expect(internals(exact)).toEqual(internals(reference));
            if ([1, 2, 4, 5, 8, 10, 16, 20, 25, 50].includes(divisor) && Math.abs(units) < 2 ** 40)
              expect(exact).toBeDefined();
          },
        ),
      );
    });

    it('unitsToText writes the text decimalToFixed gives for the same units, bigints alike', () => {
      fc.assert(
        fc.property(safe, fc.integer({ min: 0, max: 8 }), (units, s) => {
          const text = decimalToFixed(decimalOfUnits(units, s), s);
          expect(unitsToText(units, s)).toBe(text);
          expect(unitsToText(BigInt(units), s)).toBe(text);
        }),
      );
    });

    it('decimalToNumber is toNumber; decimalToFixed is toFixed at the decimal places needed', () => {
      fc.assert(
        fc.property(decimal, fc.integer({ min: 0, max: 4 }), (value, places) => {
          expect(Object.is(decimalToNumber(value), value.toNumber())).toBe(true);
          expect(decimalToFixed(value, places)).toBe(
            value.toFixed(Math.max(value.decimalPlaces(), places)),
          );
        }),
      );
    });
  });
});
