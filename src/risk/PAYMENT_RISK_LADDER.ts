import type { PaymentMethod } from '../model';

/**
 * The exporter's payment-risk ladder (DOMAIN §7), least risky first, in the model's
 * {@link PaymentMethod} values: `TT_ADVANCE` (T/T in advance) < `LC` (letter of credit) < `DP`
 * (documents against payment) < `DA` (documents against acceptance) < `OA` (open account) <
 * `CONSIGNMENT`. A method's risk rank is its index.
 *
 * @example
 * ```ts
 * PAYMENT_RISK_LADDER.indexOf('DA') > PAYMENT_RISK_LADDER.indexOf('DP');
 * //=> true
 * ```
 */
export const PAYMENT_RISK_LADDER: readonly PaymentMethod[] = Object.freeze([
  'TT_ADVANCE',
  'LC',
  'DP',
  'DA',
  'OA',
  'CONSIGNMENT',
] as const satisfies readonly PaymentMethod[]);
