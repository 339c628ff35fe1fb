import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplierFactor } from '../../../../src/commission';
import { bandFactor, compileBands } from '../../../../src/commission/_lib/pricing/bandFactor';
import { Decimal } from '../../../../src/money';

/** Valid bands: from 0, ascending bounds, the last open. */
const bands = fc
  .uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 4 })
  .chain((cuts) => {
    const bounds = [0, ...[...cuts].sort((a, b) => a - b)];
    return fc.tuple(
      fc.constant(bounds),
      fc.array(fc.integer({ min: 0, max: 300 }), {
        minLength: bounds.length,
        maxLength: bounds.length,
      }),
    );
  })
  .map(([bounds, factors]) =>
    bounds.map((from, i) => ({
      from: String(from),
      to: i + 1 < bounds.length ? String(bounds[i + 1]) : null,
      factor: (factors[i] as number) / 100 === 0 ? '0' : String((factors[i] as number) / 100),
    })),
  );

describe('bandFactor (internal)', () => {
  it('picks the factor multiplierFactor picks, from bands read once', () => {
    fc.assert(
      fc.property(
        bands,
        fc.array(fc.integer({ min: -50, max: 400 }), { minLength: 1 }),
        (b, xs) => {
          // Random attainments, and each bound itself (a bound belongs to the band it starts).
          const at = [
            ...xs.map((x) => new Decimal(x).div(2)),
            ...b.map((band) => new Decimal(band.from)),
          ];
          for (const attainment of at) {
            const band = bandFactor(compileBands(b), attainment);
            const expected = multiplierFactor(b, attainment);
            expect([band.text, band.lessOne, band.factor.toFixed()]).toEqual([
              expected.toFixed(),
              expected.minus(1).toFixed(),
              expected.toFixed(),
            ]);
          }
        },
      ),
    );
  });
});
