import * as z from 'zod';

const positive = z.number().positive();

/**
 * The four parameters of the BG/BB model (Fader, Hardie & Shang 2010, "Customer-Base Analysis in
 * a Discrete-Time Noncontractual Setting"): at each opportunity (a yearly appeal, a renewal date)
 * an active customer transacts with probability p ~ Beta(`alpha`, `beta`), and after each
 * opportunity drops out for good with probability θ ~ Beta(`gamma`, `delta`). All four are
 * unit-free.
 *
 * @example
 * ```ts
 * BgBbParams.parse({ alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }).delta;
 * //=> 2.783
 * ```
 */
export const BgBbParams = z.strictObject({
  alpha: positive,
  beta: positive,
  gamma: positive,
  delta: positive,
});
/** BG/BB parameters (see {@link BgBbParams}). */
export type BgBbParams = z.infer<typeof BgBbParams>;
