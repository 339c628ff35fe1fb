import fc from 'fast-check';

/**
 * A customer history in the BTYD convention: `frequency` repeat purchases up to `maxFrequency`,
 * `T` up to `maxT`, and a recency inside [0, T] (0 without a repeat purchase).
 */
export function historyArbitrary(maxFrequency: number, maxT: number) {
  return fc
    .tuple(
      fc.nat(maxFrequency),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: maxT, noNaN: true }),
    )
    .map(([frequency, share, T]) => ({ frequency, recency: frequency === 0 ? 0 : share * T, T }));
}

/** Pareto/NBD parameters (r, α, s, β) over a wide, well-conditioned range. */
export const paretoNbdParams = fc.record({
  r: fc.double({ min: 0.05, max: 10, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  s: fc.double({ min: 0.05, max: 10, noNaN: true }),
  beta: fc.double({ min: 0.1, max: 50, noNaN: true }),
});

/** BTYD walkthrough estimates on CDNOW (R package BTYD vignette), as quoted by lifetimes' tests. */
export const PARETO_NBD_WALKTHROUGH = { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 };
