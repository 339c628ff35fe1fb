import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileScores, thresholdScores } from '../../../src/grading/rfm';
import { Decimal, money } from '../../../src/money';
import { thrown } from '../_support';

describe('quantileScores', () => {
  // Ten customers' purchase counts, scored 1–5. Worse = customers with strictly fewer purchases;
  // score = ⌊worse × 5 ÷ 10⌋ + 1, so 0–1 worse → 1, 2–3 → 2, 4–5 → 3, 6–7 → 4, 8–9 → 5.
  const purchases = [1, 1, 1, 1, 2, 3, 3, 5, 8, 13];
  it('scores a hand-computed table; equal values share the score of the lowest', () => {
    // worse:         0  0  0  0  4  5  5  7  8  9
    expect(quantileScores(purchases)).toEqual([1, 1, 1, 1, 3, 3, 3, 4, 5, 5]);
  });

  it('scores recency the other way: fewer days since the last purchase is better', () => {
    const days = [5, 400, 30, 30, 90, 1];
    // worse = customers with strictly more days: 5 → 4, 400 → 0, 30 → 2, 90 → 1, 1 → 5
    expect(quantileScores(days, { bins: 4, direction: 'lower-is-better' })).toEqual([
      3, 1, 2, 2, 1, 4,
    ]);
  });

  it('compares money and decimals exactly, beyond float precision', () => {
    const amounts = ['0.1', '0.10000000000000000001', '0.3', '0.30'].map((a) => money(a, 'USD'));
    expect(quantileScores(amounts, { bins: 4 })).toEqual([1, 2, 3, 3]);
    expect(
      quantileScores([new Decimal('9007199254740993'), new Decimal('9007199254740992')], {
        bins: 2,
      }),
    ).toEqual([2, 1]);
  });

  it('refuses NaN, mixed lists and other currencies', () => {
    expect([
      thrown(() => quantileScores([1, Number.NaN])).code,
      thrown(() => quantileScores([1, Number.NaN])).path,
    ]).toEqual(['INVALID_INPUT', [1]]);
    expect(thrown(() => quantileScores([money('1', 'USD'), 2 as never])).path).toEqual([1]);
    const error = thrown(() => quantileScores([money('1', 'USD'), money('1', 'EUR')]));
    expect([error.code, error.path]).toEqual(['CURRENCY_MISMATCH', [1, 'currency']]);
    expect(thrown(() => quantileScores([1], { bins: 11 })).path).toEqual(['options', 'bins']);
  });

  describe('properties', () => {
    const values = fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 });
    const bins = fc.integer({ min: 2, max: 10 });
    const direction = fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const);

    it('are total: every customer gets a score from 1 to bins, the best the top score when alone', () => {
      fc.assert(
        fc.property(values, bins, direction, (xs, b, d) => {
          const scores = quantileScores(xs, { bins: b, direction: d });
          expect(scores).toHaveLength(xs.length);
          for (const s of scores) expect(s >= 1 && s <= b && Number.isInteger(s)).toBe(true);
        }),
      );
    });

    it('give equal values equal scores and better values scores at least as high', () => {
      fc.assert(
        fc.property(values, bins, direction, (xs, b, d) => {
          const scores = quantileScores(xs, { bins: b, direction: d });
          xs.forEach((x, i) => {
            xs.forEach((y, j) => {
              const better = d === 'higher-is-better' ? x > y : x < y;
              if (x === y) expect(scores[i]).toBe(scores[j]);
              if (better) expect(scores[i] as number).toBeGreaterThanOrEqual(scores[j] as number);
            });
          });
        }),
      );
    });

    it('are deterministic and independent of input order (a customer keeps its score)', () => {
      fc.assert(
        fc.property(
          values.chain((xs) =>
            fc.tuple(
              fc.constant(xs),
              fc.shuffledSubarray(
                xs.map((x, i) => [x, i] as const),
                { minLength: xs.length },
              ),
            ),
          ),
          bins,
          ([xs, shuffled], b) => {
            const scores = quantileScores(xs, { bins: b });
            const again = quantileScores(
              shuffled.map(([x]) => x),
              { bins: b },
            );
            shuffled.forEach(([, i], k) => {
              expect(again[k]).toBe(scores[i]);
            });
          },
        ),
      );
    });

    it('equal the definition: ⌊(customers strictly worse) × bins ÷ n⌋ + 1', () => {
      fc.assert(
        fc.property(values, bins, (xs, b) => {
          const expected = xs.map(
            (x) => Math.floor((xs.filter((y) => y < x).length * b) / xs.length) + 1,
          );
          expect(quantileScores(xs, { bins: b })).toEqual(expected);
        }),
      );
    });
  });
});

describe('thresholdScores', () => {
  it('takes the better score on a threshold, both ways', () => {
    const cuts = ['30', '90', '180', '365'];
    expect(
      thresholdScores([0, 30, 31, 90, 400], { thresholds: cuts, direction: 'lower-is-better' }),
    ).toEqual([5, 5, 4, 4, 1]);
    expect(thresholdScores([0, 1, 2, 5, 6], { thresholds: ['2', '5'] })).toEqual([1, 1, 2, 3, 3]);
    expect(
      thresholdScores([money('999.99', 'CNY'), money('1000', 'CNY')], { thresholds: ['1000'] }),
    ).toEqual([1, 2]);
  });

  it('refuses thresholds that do not ascend, or floats', () => {
    const error = thrown(() => thresholdScores([1], { thresholds: ['5', '5'] }));
    expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['options', 'thresholds', 1]]);
    expect(thrown(() => thresholdScores([1], { thresholds: [0.5 as never] })).code).toBe(
      'INVALID_AMOUNT',
    );
  });

  describe('properties', () => {
    it('do not depend on the other customers', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1 }), (xs) => {
          const options = {
            thresholds: ['30', '90', '180'],
            direction: 'lower-is-better' as const,
          };
          const together = thresholdScores(xs, options);
          xs.forEach((x, i) => {
            expect(thresholdScores([x], options)[0]).toBe(together[i]);
          });
        }),
      );
    });
  });
});
