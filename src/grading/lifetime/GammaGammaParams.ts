import * as z from 'zod';

const positive = z.number().positive();

/**
 * The three parameters of the Gamma-Gamma spend model (Fader & Hardie, "The Gamma-Gamma Model
 * of Monetary Value", 2013): a customer's transaction values are Gamma(shape `p`, rate ν), and
 * ν varies across customers as Gamma(shape `q`, rate `gamma`). `gamma` is in the currency unit of
 * the spends it was fitted on. The mean spend of the population, p·γ/(q − 1), exists when q > 1.
 *
 * @example
 * ```ts
 * GammaGammaParams.parse({ p: 6.25, q: 3.74, gamma: 15.44 }).gamma;
 * //=> 15.44
 * ```
 */
export const GammaGammaParams = z.strictObject({ p: positive, q: positive, gamma: positive });
/** Gamma-Gamma parameters (see {@link GammaGammaParams}). */
export type GammaGammaParams = z.infer<typeof GammaGammaParams>;
