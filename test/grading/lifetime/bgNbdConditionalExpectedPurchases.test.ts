import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  fitBgNbd,
} from '../../../src/grading/lifetime';
import { historyArbitrary } from './_support/arbitraries';
import { cdnowSummaries, FHL_2005, hasSharedData } from './_support/cdnow';

const params = fc.record({
  r: fc.double({ min: 0.05, max: 10, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  a: fc.double({ min: 0.05, max: 10, noNaN: true }),
  b: fc.double({ min: 0.05, max: 10, noNaN: true }),
});
const history = historyArbitrary(300, 100);

describe('bgNbdConditionalExpectedPurchases', () => {
  it.skipIf(!hasSharedData)(
    "gives 1.226 purchases in the next 39 weeks for the CDNOW customer x = 2, tₓ = 30.43, T = 38.86 (Fader, Hardie & Lee 2005 worked example; Hardie's spreadsheet value as quoted by lifetimes' tests)",
    () => {
      const { params: fitted } = fitBgNbd(cdnowSummaries());
      const customer = { frequency: 2, recency: 30.43, T: 38.86 };
      expect(
        Math.abs(bgNbdConditionalExpectedPurchases(fitted, customer, 39) - 1.226),
      ).toBeLessThan(1e-3);
    },
  );

  it('matches eq. (10) written out with the ₂F₁ series summed term by term (r = 1, α = 2, a = 3, b = 2, x = 2, tₓ = 3, T = 5, t = 4)', () => {
    // z = t/(α+T+t) = 4/11 is small, so the plain series converges fast.
    const [r, alpha, a, b, x, tx, T, t] = [1, 2, 3, 2, 2, 3, 5, 4];
    const z = t / (alpha + T + t);
    let term = 1;
    let f = 1;
    for (let n = 0; n < 200; n++) {
      term *= ((r + x + n) * (b + x + n) * z) / ((a + b + x - 1 + n) * (n + 1));
      f += term;
    }
    const numerator =
      ((a + b + x - 1) / (a - 1)) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * f);
    const denominator = 1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x);
    expect(
      bgNbdConditionalExpectedPurchases({ r, alpha, a, b }, { frequency: x, recency: tx, T }, t),
    ).toBeCloseTo(numerator / denominator, 12);
  });

  it('refuses bad input with a path', () => {
    expect(() =>
      bgNbdConditionalExpectedPurchases(FHL_2005, { frequency: 2, recency: 30, T: 20 }, 39),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['customer', 'recency'] }));
    expect(() =>
      bgNbdConditionalExpectedPurchases(FHL_2005, { frequency: 2, recency: 3, T: 20 }, Number.NaN),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['t'] }));
  });
});

describe('properties', () => {
  it('is non-negative and non-decreasing in t', () => {
    fc.assert(
      fc.property(
        params,
        history,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (p, c, t, more) => {
          const now = bgNbdConditionalExpectedPurchases(p, c, t);
          expect(now).toBeGreaterThanOrEqual(0);
          expect(bgNbdConditionalExpectedPurchases(p, c, t + more)).toBeGreaterThanOrEqual(
            now * (1 - 1e-12),
          );
        },
      ),
    );
  });

  it('for a customer just acquired (x = 0, T = 0) equals the unconditional expectation', () => {
    fc.assert(
      fc.property(params, fc.double({ min: 0, max: 100, noNaN: true }), (p, t) => {
        expect(
          bgNbdConditionalExpectedPurchases(p, { frequency: 0, recency: 0, T: 0 }, t),
        ).toBeCloseTo(bgNbdExpectedPurchases(p, t), 10);
      }),
    );
  });

  it('never exceeds what the customer would buy if surely alive: P(alive) · E[posterior] ≤ E[posterior]', () => {
    fc.assert(
      fc.property(params, history, fc.double({ min: 0.1, max: 100, noNaN: true }), (p, c, t) => {
        const alive = bgNbdProbabilityAlive(p, c);
        const conditional = bgNbdConditionalExpectedPurchases(p, c, t);
        const ifAlive = bgNbdExpectedPurchases(
          { r: p.r + c.frequency, alpha: p.alpha + c.T, a: p.a, b: p.b + c.frequency },
          t,
        );
        expect(conditional).toBeCloseTo(alive * ifAlive, 8);
        expect(conditional).toBeLessThanOrEqual(ifAlive * (1 + 1e-12));
      }),
    );
  });
});
