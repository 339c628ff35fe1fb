import type { FactTypes } from '../rules';
import { LINE_FACT_NAMES, LINE_FACT_TABLE } from './_lib/schema/lineFactTable';

/**
 * The facts every condition in a plan can read about a credit line (eligibility, rate-table
 * rows, SPIFFs), with their types:
 *
 * - `product.id`, `product.template`, `product.category` — the product hierarchy: the product on
 *   the line (the variant, when the catalogue has variants), its template (the `Product`
 *   record's `templateId`; a product without one, or not in `products`, is its own template) and
 *   its category (copied onto order lines). A rate-table row pinning a deeper level wins over one
 *   pinning a shallower level when they pin as many facts: variant, then template, then
 *   category, then rows that pin no product level ("the most specific level wins");
 * - `customer.id`, `customer.grade`, `customer.country`, `customer.region`, `customer.group`,
 *   `customer.industry` — from the `Customer` record, when given;
 * - `customer.isNew` — its `firstDealDate` is within the plan's `newCustomer` window;
 * - `line.amount`, `line.margin` (money, plan currency) and `line.quantity` — the whole
 *   document line, before any split (the deal's size, not the payee's share);
 * - `line.unitPrice`, `line.discountAmount` (money, converted from the order's currency to the
 *   plan currency) and `line.discountPercent` (a number, 0–100) — the terms of the order line
 *   behind the credit (a booking's own line; the order line an invoice line, its payment or a
 *   credit note links to), as `orderLineDiscount` states them: 0 and 0 without a discount,
 *   missing when the credit links to no order line;
 * - `document.kind` (`order`, `invoice`, `payment`, `credit-note`), `document.id`,
 *   `document.date`, `document.currency`;
 * - `payee.id`, `payee.role` (the assignment's role), `payee.team`;
 * - `credit.kind` (`owner`, `split`, `roll-up`) and `credit.level` (0 for direct credit, 1, 2 …
 *   up the reporting line).
 *
 * A fact without a value (no customer record, no cost) is missing: it fails every comparison but
 * `exists: false`. Money in a condition must be in the plan currency.
 *
 * @example
 * ```ts
 * [LINE_FACTS['customer.isNew'], LINE_FACTS['line.discountPercent'], LINE_FACTS['product.template']];
 * //=> ['boolean', 'number', 'string']
 * ```
 */
export const LINE_FACTS: FactTypes = Object.freeze(
  Object.fromEntries(LINE_FACT_NAMES.map((name) => [name, LINE_FACT_TABLE[name].type])),
);
