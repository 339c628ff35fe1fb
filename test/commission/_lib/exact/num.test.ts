import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Num, parseNum } from '../../../../src/commission/_lib/exact/num';
import { mulRound, roundNum } from '../../../../src/commission/_lib/exact/roundNum';
import { Decimal, RoundingMode } from '../../../../src/money';
import { add, Fixed, mul, sub } from '../../../../src/money/_lib/scaled/Fixed';
import { scaledFixedText, scaledText } from '../../../../src/money/_lib/scaled/scaledText';
import { quotient } from '../../../../src/money/decimalWords';
import { decimalText } from '../../../_support/money';

/** Decimal strings of every size: small ones stay on the fast path, big ones overflow it. */
const value = fc.oneof(
  decimalText({ scale: 2, digits: 6 }),
  decimalText({ scale: 6, digits: 4 }),
  decimalText({ scale: 0, digits: 15 }),
  decimalText({ scale: 10, digits: 12 }),
);
const both = (text: string): [Num, Num] => [parseNum(text, 'auto'), parseNum(text, 'decimal')];

describe('exact numbers (internal)', () => {
  it('reads small decimals as scaled integers and large ones as decimal.js', () => {
    expect(parseNum('-12.50', 'auto')).toEqual(new Fixed(-1250, 2));
    expect(parseNum('12345678901234567.5', 'auto')).not.toBeInstanceOf(Fixed);
    expect(parseNum('1.5', 'decimal')).not.toBeInstanceOf(Fixed);
  });

  it('falls back to decimal.js when a product would leave the safe range', () => {
    const big = mul(parseNum('94906265.62', 'auto'), parseNum('94906265.62', 'auto'));
    expect(big).not.toBeInstanceOf(Fixed);
    expect(scaledText(big)).toBe('9007199253933993.9844');
  });

  it('writes text like decimal.js: no exponent, no trailing zeros, minimum places on request', () => {
    expect(scaledText(new Fixed(-1250, 2))).toBe('-12.5');
    expect(scaledText(new Fixed(5, 8))).toBe('0.00000005');
    expect(scaledFixedText(new Fixed(5, 0), 2)).toBe('5.00');
    expect(scaledFixedText(new Fixed(-12345, 4), 2)).toBe('-1.2345');
  });

  describe('properties', () => {
    it('the fast path equals the decimal.js reference for ×, +, − and every rounding mode', () => {
      fc.assert(
        fc.property(
          value,
          value,
          fc.constantFrom(...RoundingMode.options),
          fc.integer({ min: 0, max: 4 }),
          (x, y, mode, scale) => {
            const [a, da] = both(x);
            const [b, db] = both(y);
            expect(scaledText(mul(a, b))).toBe(scaledText(mul(da, db)));
            expect(scaledText(add(a, b))).toBe(scaledText(add(da, db)));
            expect(scaledText(sub(a, b))).toBe(scaledText(sub(da, db)));
            expect(scaledFixedText(roundNum(mul(a, b), scale, mode), scale)).toBe(
              scaledFixedText(roundNum(mul(da, db), scale, mode), scale),
            );
          },
        ),
      );
    });

    it('rounding half-up moves a value by at most half a unit', () => {
      fc.assert(
        fc.property(value, fc.integer({ min: 0, max: 4 }), (x, scale) => {
          const [a] = both(x);
          const drift = new Decimal(scaledText(sub(roundNum(a, scale, 'half-up'), a)));
          expect(drift.abs().lte(new Decimal(10).pow(-scale).div(2))).toBe(true);
        }),
      );
    });
  });
});

describe('mulRound (internal)', () => {
  it('rounds a product exactly, on bigints when it leaves the safe range', () => {
    fc.assert(
      fc.property(
        value,
        value,
        fc.constantFrom(...RoundingMode.options),
        fc.integer({ min: 0, max: 4 }),
        (x, y, mode, scale) => {
          const fast = mulRound(parseNum(x, 'auto'), parseNum(y, 'auto'), scale, mode);
          const reference = roundNum(
            mul(parseNum(x, 'decimal'), parseNum(y, 'decimal')),
            scale,
            mode,
          );
          expect(scaledFixedText(fast, scale)).toBe(scaledFixedText(reference, scale));
        },
      ),
    );
  });

  it('divides safe integers exactly: ⌊a ÷ b⌋, also where the float quotient rounds up', () => {
    const pair = fc.oneof(
      fc.tuple(fc.maxSafeInteger().map(Math.abs), fc.integer({ min: 1, max: 2 ** 31 })),
      // a just below a multiple of b: a ÷ b in floating point may round to the multiple.
      fc
        .integer({ min: 1, max: 2 ** 31 })
        .chain((b) =>
          fc
            .integer({ min: 1, max: Math.floor(Number.MAX_SAFE_INTEGER / b) })
            .map((m) => [m * b - 1, b]),
        ),
      fc
        .integer({ min: 0, max: 10_000 })
        .map((i) => [Number.MAX_SAFE_INTEGER - i, 10 ** (1 + (i % 15))]),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const q = quotient(a as number, b as number);
        expect(BigInt(q)).toBe(BigInt(a as number) / BigInt(b as number));
      }),
    );
  });
});
