import type { FactTypes } from '../rules';
import { LINE_FACT_NAMES, LINE_FACT_TABLE } from './_lib/schema/lineFactTable';

/**
 * The facts every condition in a plan can read about a credit line (eligibility, rate-table
 * rows, SPIFFs), with their types:
 *
 * - `product.id`, `product.category` — from the line (category copied onto order lines);
 * - `customer.id`, `customer.grade`, `customer.country`, `customer.region`, `customer.group`,
 *   `customer.industry` — from the `Customer` record, when given;
 * - `customer.isNew` — its `firstDealDate` is within the plan's `newCustomer` window;
 * - `line.amount`, `line.margin` (money, plan currency) and `line.quantity` — the whole
 *   document line, before any split (the deal's size, not the payee's share);
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
 * LINE_FACTS['customer.isNew'];
 * //=> 'boolean'
 * ```
 */
export const LINE_FACTS: FactTypes = Object.freeze(
  Object.fromEntries(LINE_FACT_NAMES.map((name) => [name, LINE_FACT_TABLE[name].type])),
);
