import * as z from 'zod';

const positive = z.number().positive();

/**
 * The four parameters of the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): while
 * alive a customer buys at rate λ ~ Gamma(shape `r`, rate `alpha`), and stays alive for an
 * exponential lifetime whose rate μ ~ Gamma(shape `s`, rate `beta`). `alpha` and `beta` are in
 * the time unit of the summaries they were fitted on.
 *
 * @example
 * ```ts
 * ParetoNbdParams.parse({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }).s;
 * //=> 0.606
 * ```
 */
export const ParetoNbdParams = z.strictObject({
  r: positive,
  alpha: positive,
  s: positive,
  beta: positive,
});
/** Pareto/NBD parameters (see {@link ParetoNbdParams}). */
export type ParetoNbdParams = z.infer<typeof ParetoNbdParams>;
