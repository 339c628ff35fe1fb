import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { Contract, EntityId, PaymentTerms, TransportMode } from '../model';
import { addIssue } from '../model/_refine';
import { MoneyJson } from '../money';

export { TransportMode } from '../model';

/**
 * The payment terms of an order as a separate input, for {@link checkPaymentTerms} (an `Order`
 * carrying its own `paymentTerms` can be passed instead).
 *
 * @example
 * ```ts
 * OrderTerms.parse({ orderId: 'SO-1', paymentTerms: { method: 'OA', days: 60 } }).orderId;
 * //=> 'SO-1'
 * ```
 */
export const OrderTerms = z.strictObject({ orderId: EntityId, paymentTerms: PaymentTerms });
/** An order's payment terms (see {@link OrderTerms}). */
export type OrderTerms = z.infer<typeof OrderTerms>;

/**
 * What {@link checkContract} reviews, when the facts are not all on the `Contract`: the contract,
 * how the goods travel, which clauses it has beyond the model's fields (a currency or
 * exchange-rate clause, an IP clause) and the product categories it covers. Each adds to what
 * the contract itself carries (its `transportMode`, `clauses` and `categoryIds`):
 * `transportMode` may be left out when the contract names one (and must not differ from it); a
 * flag set here, or the clause on the contract, counts; the categories of both are covered.
 *
 * @example
 * ```ts
 * ContractReview.parse({
 *   contract: {
 *     id: 'K-1', customerId: 'C-001', startDate: '2026-01-01', incoterm: 'FOB', governingLaw: 'CN',
 *     disputeResolution: { kind: 'arbitration', seat: 'Beijing' }, currency: 'USD', paymentTerms: { method: 'LC', days: 0 },
 *   },
 *   transportMode: 'sea',
 * }).hasIpClause;
 * //=> false
 * ```
 */
export const ContractReview = z.strictObject({
  contract: Contract,
  transportMode: TransportMode.optional(),
  hasCurrencyClause: z.boolean().default(false),
  hasIpClause: z.boolean().default(false),
  categoryIds: z.array(EntityId).default([]),
});
/** A contract under review (see {@link ContractReview}). */
export type ContractReview = z.infer<typeof ContractReview>;

/**
 * One open item of an FX position: a receivable or a payable still open, or a hedge (a forward
 * contract) that buys or sells the currency. `amount` is positive, in the item's currency.
 *
 * @example
 * ```ts
 * FxOpenItem.parse({ id: 'INV-1', kind: 'receivable', amount: { amount: '1000.00', currency: 'USD' } }).kind;
 * //=> 'receivable'
 * ```
 */
export const FxOpenItem = z
  .strictObject({
    id: EntityId,
    kind: z.enum(['receivable', 'payable', 'hedge-buy', 'hedge-sell']),
    amount: MoneyJson,
  })
  .superRefine((item, ctx) => {
    if (!new Decimal(item.amount.amount).gt(0))
      addIssue(
        ctx,
        ['amount', 'amount'],
        'an open item is above zero',
        item.amount.amount,
        'INVALID_AMOUNT',
      );
  });
/** An open FX item (see {@link FxOpenItem}). */
export type FxOpenItem = z.infer<typeof FxOpenItem>;
