import * as z from 'zod';

/**
 * How payment is secured, ordered from the exporter's lowest risk to highest: T/T in advance,
 * letter of credit, documents against payment, documents against acceptance, open account,
 * consignment.
 *
 * @example
 * ```ts
 * PaymentMethod.options.indexOf('DA') < PaymentMethod.options.indexOf('OA');
 * //=> true
 * ```
 */
export const PaymentMethod = z.enum(['TT_ADVANCE', 'LC', 'DP', 'DA', 'OA', 'CONSIGNMENT']);
/** A payment method (see {@link PaymentMethod}). */
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/**
 * Payment terms: the method and the credit days after its reference event (0 for at sight or in
 * advance; `{ method: 'OA', days: 60 }` is open account, 60 days).
 *
 * @example
 * ```ts
 * PaymentTerms.parse({ method: 'LC', days: 90 }).days; // usance L/C
 * //=> 90
 * ```
 */
export const PaymentTerms = z.strictObject({
  method: PaymentMethod,
  days: z.number().int().min(0).max(3650),
});
/** Payment terms (see {@link PaymentTerms}). */
export type PaymentTerms = z.infer<typeof PaymentTerms>;
