import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreKeys, worseCounts } from '../../../../src/grading/_lib/scoring/worseCounts';
import { Decimal, money } from '../../../../src/money';

/**
 * Worse counts (the quantile tie rule) on every path — counted for whole numbers over a short
 * range, sorted otherwise, ranked exactly for decimals — against the definition, O(n²).
 */
describe('worseCounts (internal)', () => {
  const definition = (values: readonly number[], higher: boolean) =>
    values.map((v) => values.filter((w) => (higher ? w < v : w > v)).length);

  it('counts whole numbers, fractions, −0 and wide ranges alike', () => {
    for (const values of [
      [3, 1, 2, 3, 0, -0, 7],
      [1.5, 1, 2, 1.5],
      [0, 1e12, -1e12, 5, 5],
      [],
      [4],
    ])
      for (const direction of ['higher-is-better', 'lower-is-better'] as const)
        expect([...worseCounts(scoreKeys(values), direction)]).toEqual(
          definition(values, direction === 'higher-is-better'),
        );
  });

  describe('properties', () => {
    const numbers = fc.oneof(
      fc.array(fc.integer({ min: -5, max: 40 }), { maxLength: 80 }),
      fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { maxLength: 40 }),
      fc.array(
        fc.integer({ min: 0, max: 60 }).map((n) => n / 7),
        { maxLength: 60 },
      ),
    );

    it('equal the definition for numbers, both directions', () => {
      fc.assert(
        fc.property(numbers, fc.boolean(), (values, higher) => {
          const direction = higher ? 'higher-is-better' : 'lower-is-better';
          expect([...worseCounts(scoreKeys(values), direction)]).toEqual(
            definition(values, higher),
          );
        }),
      );
    });

    it('rank money exactly, beyond float precision', () => {
      const amounts = fc.array(
        fc.oneof(
          fc.integer({ min: -500, max: 5_000 }).map((cents) => new Decimal(cents).div(100)),
          fc
            .integer({ min: 0, max: 30 })
            .map((k) => new Decimal('0.1').plus(new Decimal(k).times('1e-30'))),
        ),
        { maxLength: 50 },
      );
      fc.assert(
        fc.property(amounts, (values) => {
          const rows = values.map((amount) => money(amount, 'USD'));
          const counts = [...worseCounts(scoreKeys(rows), 'higher-is-better')];
          expect(counts).toEqual(values.map((v) => values.filter((w) => w.lt(v)).length));
        }),
      );
    });
  });
});
