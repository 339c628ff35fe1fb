import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitNum, splitWeights } from '../../../../src/commission/_lib/exact/splitNum';
import { allocate, Decimal, money } from '../../../../src/money';
import { Fixed, toDec } from '../../../../src/money/_lib/scaled/Fixed';

/** 2 to 4 percentages with up to 2 places, each above 0, adding up to exactly 100. */
const percents = fc
  .array(fc.integer({ min: 1, max: 9_999 }), { minLength: 1, maxLength: 3 })
  .map((cuts) => [...new Set(cuts)].sort((a, b) => a - b))
  .map((cuts) =>
    [...cuts, 10_000].map((cut, i) =>
      new Decimal(cut - (i === 0 ? 0 : (cuts[i - 1] as number))).div(100).toFixed(),
    ),
  );

describe('splitNum (internal)', () => {
  it('splits safe integers as the money module allocates: same parts, same scale', () => {
    fc.assert(
      fc.property(
        // Mostly on the safe-integer path; the widest fall back to the money module, as they should.
        fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e12, max: 1e12 })),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('USD', 'JPY', 'KWD'),
        percents,
        (u, s, currency, texts) => {
          const weights = splitWeights(texts);
          const fast = splitNum(new Fixed(u, s), currency, weights);
          const reference = splitNum(toDec(new Fixed(u, s)), currency, weights);
          expect(fast.map((part) => toDec(part).toFixed())).toEqual(
            reference.map((part) => toDec(part).toFixed()),
          );
          expect(fast.map((part) => toDec(part).decimalPlaces())).toEqual(
            reference.map((part) => toDec(part).decimalPlaces()),
          );
        },
      ),
    );
  });

  it('splits among many shares (past the insertion-sort size) as the money module allocates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 3, maxLength: 40 }),
        (u, s, weights) => {
          // Whole-number weights adding up to 100 (the last takes what is left), many ties.
          const head = weights.slice(0, -1);
          const texts = [...head, 100 - head.reduce((a, b) => a + b, 0)].map(String);
          const split = splitWeights(texts);
          const fast = splitNum(new Fixed(u, s), 'USD', split);
          const reference = allocate(money(toDec(new Fixed(u, s)), 'USD'), texts, {
            scale: Math.max(2, toDec(new Fixed(u, s)).decimalPlaces()),
          });
          expect(fast.map((part) => toDec(part).toFixed())).toEqual(
            reference.map((part) => part.amount.toFixed()),
          );
        },
      ),
    );
  });

  it('gives the odd cent of a two-way split to the larger remainder, ties to the first share', () => {
    const half = splitWeights(['50', '50']);
    const texts = (parts: ReturnType<typeof splitNum>) => parts.map((p) => toDec(p).toFixed(2));
    expect(texts(splitNum(new Fixed(101, 2), 'USD', half))).toEqual(['0.51', '0.50']);
    expect(texts(splitNum(new Fixed(-101, 2), 'USD', half))).toEqual(['-0.51', '-0.50']);
    const third = splitWeights(['33.33', '66.67']);
    // 1.00 × 33.33 % = 0.3333 → 0.33 (remainder 0.33), × 66.67 % = 0.6667 → 0.66 (0.67): 2nd gets it.
    expect(texts(splitNum(new Fixed(100, 2), 'USD', third))).toEqual(['0.33', '0.67']);
  });
});
