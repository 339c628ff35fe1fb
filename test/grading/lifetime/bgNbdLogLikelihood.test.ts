import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgNbdLogLikelihood } from '../../../src/grading/lifetime';
import { cdnowSummaries, FHL_2005, hasSharedData } from './_support/cdnow';

const params = fc.record({
  r: fc.double({ min: 0.01, max: 20, noNaN: true }),
  alpha: fc.double({ min: 0.01, max: 100, noNaN: true }),
  a: fc.double({ min: 0.01, max: 20, noNaN: true }),
  b: fc.double({ min: 0.01, max: 20, noNaN: true }),
});
const customer = fc
  .tuple(
    fc.nat(200),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0.1, max: 100, noNaN: true }),
  )
  .map(([frequency, share, T]) => ({ frequency, recency: frequency === 0 ? 0 : share * T, T }));

describe('bgNbdLogLikelihood', () => {
  it.skipIf(!hasSharedData)(
    'is −9582.4 on CDNOW at the published estimates (Fader, Hardie & Lee 2005)',
    () => {
      expect(Math.abs(bgNbdLogLikelihood(FHL_2005, cdnowSummaries()) - -9582.4)).toBeLessThan(0.1);
    },
  );

  it('matches the closed form for customers without repeat purchases: r·ln(α/(α+T))', () => {
    const p = { r: 0.5, alpha: 2, a: 1, b: 3 };
    expect(bgNbdLogLikelihood(p, [{ frequency: 0, recency: 0, T: 6 }])).toBeCloseTo(
      0.5 * Math.log(2 / 8),
      14,
    );
  });

  it("matches the paper's formula written out directly for a repeat buyer", () => {
    // L = B(a,b+x)/B(a,b)·Γ(r+x)αʳ/(Γ(r)(α+T)^(r+x)) + B(a+1,b+x−1)/B(a,b)·Γ(r+x)αʳ/(Γ(r)(α+tₓ)^(r+x))
    // with r = 1, α = 2, a = 1, b = 2, x = 2, tₓ = 3, T = 5: B(1,4)/B(1,2) = 2/4, B(2,3)/B(1,2) = 1/6,
    // Γ(3)/Γ(1) = 2.
    const direct = 0.5 * ((2 * 2) / 7 ** 3) + (1 / 6) * ((2 * 2) / 5 ** 3);
    expect(
      bgNbdLogLikelihood({ r: 1, alpha: 2, a: 1, b: 2 }, [{ frequency: 2, recency: 3, T: 5 }]),
    ).toBeCloseTo(Math.log(direct), 13);
  });

  it('refuses bad parameters and rows with their paths', () => {
    expect(() => bgNbdLogLikelihood({ ...FHL_2005, b: 0 }, [])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['params', 'b'] }),
    );
    expect(() => bgNbdLogLikelihood(FHL_2005, [{ frequency: 1, recency: 9, T: 3 }])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['summaries', 0, 'recency'] }),
    );
  });
});

describe('properties', () => {
  it("is the sum of the customers' log-likelihoods", () => {
    fc.assert(
      fc.property(params, fc.array(customer, { maxLength: 8 }), (p, rows) => {
        const parts = rows.reduce((sum, row) => sum + bgNbdLogLikelihood(p, [row]), 0);
        expect(bgNbdLogLikelihood(p, rows)).toBeCloseTo(parts, 8);
      }),
    );
  });

  it('stays finite for very large frequencies', () => {
    fc.assert(
      fc.property(
        params,
        fc.integer({ min: 10_000, max: 1e9 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, x, share) => {
          expect(
            Number.isFinite(bgNbdLogLikelihood(p, [{ frequency: x, recency: share * 52, T: 52 }])),
          ).toBe(true);
        },
      ),
    );
  });
});
