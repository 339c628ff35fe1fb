import * as z from 'zod';

const positive = z.number().positive();

/**
 * The four parameters of the BG/NBD model (Fader, Hardie & Lee 2005): while alive a customer
 * buys at rate λ ~ Gamma(shape `r`, rate `alpha`) per time unit, and after each purchase drops
 * out with probability p ~ Beta(`a`, `b`). `alpha` is in the time unit of the summaries it was
 * fitted on; the other three are unit-free.
 *
 * @example
 * ```ts
 * BgNbdParams.parse({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }).alpha;
 * //=> 4.414
 * ```
 */
export const BgNbdParams = z.strictObject({
  r: positive,
  alpha: positive,
  a: positive,
  b: positive,
});
/** BG/NBD parameters (see {@link BgNbdParams}). */
export type BgNbdParams = z.infer<typeof BgNbdParams>;
