import * as z from 'zod';
import { EntityId } from '../model';
import { DecimalString } from '../money';

/**
 * One revenue record for the concentration checks: a customer, the account manager credited
 * with it, and an amount (a decimal string; all rows in one currency). Rows of one customer add
 * up; a customer may have rows under several managers.
 *
 * @example
 * ```ts
 * RevenueRow.parse({ customerId: 'C-1', managerId: 'M-1', amount: '300.00' }).amount;
 * //=> '300.00'
 * ```
 */
export const RevenueRow = z.strictObject({
  customerId: EntityId,
  managerId: EntityId,
  amount: DecimalString,
});
/** A revenue record. */
export type RevenueRow = z.infer<typeof RevenueRow>;
