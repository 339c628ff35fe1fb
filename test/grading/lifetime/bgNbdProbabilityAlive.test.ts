import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgNbdProbabilityAlive, fitBgNbd } from '../../../src/grading/lifetime';
import { historyArbitrary } from './_support/arbitraries';
import { cdnowSummaries, FHL_2005, hasSharedData } from './_support/cdnow';

const params = fc.record({
  r: fc.double({ min: 0.01, max: 20, noNaN: true }),
  alpha: fc.double({ min: 0.01, max: 100, noNaN: true }),
  a: fc.double({ min: 0.01, max: 20, noNaN: true }),
  b: fc.double({ min: 0.01, max: 20, noNaN: true }),
});
const history = historyArbitrary(5000, 500);

describe('bgNbdProbabilityAlive', () => {
  it('is exactly 1 without repeat purchases (BG/NBD: no drop-out before the first repeat)', () => {
    expect(bgNbdProbabilityAlive(FHL_2005, { frequency: 0, recency: 0, T: 38.86 })).toBe(1);
  });

  it('matches eq. (11) of Fader, Hardie & Lee (2005) written out for the CDNOW customer x = 2, tₓ = 30.43, T = 38.86', () => {
    const { r, alpha, a, b } = FHL_2005;
    const direct = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2));
    expect(bgNbdProbabilityAlive(FHL_2005, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(
      direct,
      14,
    );
  });

  it.skipIf(!hasSharedData)(
    'underflows to exactly 0, not NaN, for 1,000 purchases and a long silence (lifetimes test_no_runtime_warnings_high_frequency)',
    () => {
      const { params: fitted } = fitBgNbd(cdnowSummaries());
      expect(bgNbdProbabilityAlive(fitted, { frequency: 1000, recency: 10, T: 100 })).toBe(0);
    },
  );

  it('refuses bad input with a path', () => {
    expect(() =>
      bgNbdProbabilityAlive({ ...FHL_2005, a: -1 }, { frequency: 1, recency: 1, T: 2 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['params', 'a'] }));
    expect(() => bgNbdProbabilityAlive(FHL_2005, { frequency: 1, recency: 3, T: 2 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['customer', 'recency'] }),
    );
    expect(() => bgNbdProbabilityAlive(FHL_2005, { frequency: 0, recency: 1, T: 2 })).toThrow(
      expect.objectContaining({ path: ['customer', 'recency'] }),
    );
    expect(() => bgNbdProbabilityAlive(FHL_2005, { frequency: -1, recency: 0, T: 2 })).toThrow(
      expect.objectContaining({ path: ['customer', 'frequency'] }),
    );
    expect(() =>
      bgNbdProbabilityAlive(FHL_2005, { frequency: 1, recency: 0, T: Number.NaN }),
    ).toThrow(expect.objectContaining({ path: ['customer', 'T'] }));
  });
});

describe('properties', () => {
  it('is a probability in [0, 1], and 1 when frequency is 0', () => {
    fc.assert(
      fc.property(params, history, (p, c) => {
        const alive = bgNbdProbabilityAlive(p, c);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        if (c.frequency === 0) expect(alive).toBe(1);
      }),
    );
  });

  it('a more recent last purchase never makes a customer less likely to be alive', () => {
    fc.assert(
      fc.property(params, history, fc.double({ min: 0, max: 1, noNaN: true }), (p, c, step) => {
        fc.pre(c.frequency > 0);
        const later = { ...c, recency: c.recency + step * (c.T - c.recency) };
        expect(bgNbdProbabilityAlive(p, later)).toBeGreaterThanOrEqual(bgNbdProbabilityAlive(p, c));
      }),
    );
  });

  it('a longer silence since the last purchase never makes a customer more likely to be alive', () => {
    fc.assert(
      fc.property(params, history, fc.double({ min: 0, max: 100, noNaN: true }), (p, c, extra) => {
        expect(bgNbdProbabilityAlive(p, { ...c, T: c.T + extra })).toBeLessThanOrEqual(
          bgNbdProbabilityAlive(p, c),
        );
      }),
    );
  });
});
