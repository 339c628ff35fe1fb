import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/money';
import { limitedQuotient } from '../../../src/money/_lib/amountLimits';
import { Exact40 } from '../../../src/money/_lib/Exact40';

/** The text of `n × 10^−s` (s ≥ 0), written by hand: `[-]digits[.digits]`, zeros kept. */
function textOf(n: bigint, s: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(s + 1, '0');
  const text = s === 0 ? digits : `${digits.slice(0, -s)}.${digits.slice(-s)}`;
  return negative ? `-${text}` : text;
}

/** Decimal text within the limits: up to 40 significant digits, up to 40 places, below 1e40. */
const decimalText = fc
  .tuple(
    fc.oneof(
      fc.bigInt({ min: -(10n ** 40n) + 1n, max: 10n ** 40n - 1n }),
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.bigInt({ min: -1000n, max: 1000n }),
    ),
    fc.integer({ min: 0, max: 40 }),
  )
  .map(([n, s]) => textOf(n, s));

/** The outcome of a computation: its text, or the code and message it throws. */
function outcome(run: () => { toFixed(): string }): string {
  try {
    return run().toFixed();
  } catch (error) {
    const e = error as { code?: string; message: string };
    return `throws ${e.code} ${e.message}`;
  }
}

describe('Exact40', () => {
  it('writes what decimal.js toFixed() writes, and remembers a negative zero', () => {
    for (const text of ['0', '-0', '-0.000', '1.50', '+7', '007.10', '-12.5', '1e3']) {
      const own = outcome(() => Exact40.from(text, ['x']));
      const decimal = outcome(() => new Decimal(text));
      if (text === '1e3') expect(own).toMatch(/^throws INVALID_AMOUNT/);
      else expect(own).toBe(decimal);
    }
    expect(Exact40.from('-0', []).isNegative()).toBe(true);
    expect(Exact40.from('0', []).isNegative()).toBe(false);
    expect(Exact40.from(12n, []).toFixed()).toBe('12');
    expect(outcome(() => Exact40.from(`1${'0'.repeat(40)}`, ['x']))).toMatch(
      /^throws LIMIT_EXCEEDED/,
    );
  });

  it('rounds a product to 40 significant digits half-up, as decimal.js', () => {
    const third = Exact40.from('0.3333333333333333333333333333333333333333', []);
    expect(third.times(Exact40.from('5', [])).toFixed()).toBe(
      '1.666666666666666666666666666666666666667',
    );
    // A tie at the 41st digit rounds away from zero, either sign.
    for (const x of [
      '1234567890123456789012345678901234567895',
      '-1234567890123456789012345678901234567895',
    ])
      expect(Exact40.from(x, []).times(Exact40.from('0.3', [])).toFixed()).toBe(
        new Decimal(x).times('0.3').toFixed(),
      );
    expect(Exact40.from('2', []).div(Exact40.from('-3', [])).toFixed()).toBe(
      '-0.6666666666666666666666666666666666666667',
    );
  });

  describe('properties', () => {
    it('plus, minus, times, div, limited and comparisons agree with decimal.js', () => {
      fc.assert(
        fc.property(decimalText, decimalText, (x, y) => {
          const a = Exact40.from(x, []);
          const b = Exact40.from(y, []);
          const da = new Decimal(x);
          const db = new Decimal(y);
          expect(a.toFixed()).toBe(da.toFixed());
          expect(a.isNegative()).toBe(da.isNegative());
          expect(a.isPositive()).toBe(da.isPositive());
          expect(a.cmp(b)).toBe(da.cmp(db));
          expect(a.plus(b).toFixed()).toBe(da.plus(db).toFixed());
          expect(a.minus(b).toFixed()).toBe(da.minus(db).toFixed());
          expect(a.times(b).toFixed()).toBe(da.times(db).toFixed());
          if (!db.isZero()) {
            expect(a.div(b).toFixed()).toBe(da.div(db).toFixed());
            expect(outcome(() => a.div(b).limited(['p']))).toBe(
              outcome(() => limitedQuotient(da.div(db), ['p'])),
            );
          }
          // Results of results: a rounded product, then a quotient of it.
          const product = a.times(b);
          const dProduct = da.times(db);
          expect(product.plus(a).toFixed()).toBe(dProduct.plus(da).toFixed());
          if (!da.isZero())
            expect(outcome(() => product.div(a).limited(['p']))).toBe(
              outcome(() => limitedQuotient(dProduct.div(da), ['p'])),
            );
        }),
        { numRuns: 300 },
      );
    });
  });
});
