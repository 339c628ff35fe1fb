import { dayNumberOf } from '../../_lib/civil';
import { attempt, parseWith, type SafeResult } from '../../errors';
import { minorUnits } from '../../money';
import { parseUnits } from '../../money/_lib/scaled/parseUnits';
import type { Units } from '../../money/_lib/scaled/units';
import { SlotWriter } from '../_lib/ledger/SlotWriter';
import { LedgerJson } from './LedgerJson';
import type { PurchaseLedger } from './PurchaseLedger';

/**
 * Reads a ledger from its JSON form, validating it (see {@link LedgerJson}). Customers may come
 * in any order.
 *
 * @param input - untrusted JSON
 * @returns the ledger
 * @throws CrmRulesError `INVALID_INPUT` (or `INVALID_DATE`, `INVALID_AMOUNT`,
 * `UNKNOWN_CURRENCY`, `UNSAFE_KEY`) at the path of the first problem, such as
 * `['customers', 0, 'days', 2, 'date']`
 * @example
 * ```ts
 * parseLedgerJson({ kind: 'purchase-ledger', currency: 'JPY', customers: [] }).scale;
 * //=> 0
 * ```
 */
export function parseLedgerJson(input: unknown): PurchaseLedger {
  const json = parseWith(LedgerJson, input);
  let scale = minorUnits(json.currency);
  for (const customer of json.customers)
    for (const day of customer.days)
      scale = Math.max(scale, places(day.purchases), places(day.returns));
  const customers = [...json.customers].sort((a, b) =>
    a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0,
  );
  const writer = new SlotWriter();
  for (const customer of customers) {
    writer.startCustomer(customer.customerId);
    for (const day of customer.days)
      writer.add(
        dayNumberOf(day.date) as number,
        parseUnits(day.purchases, scale) as Units,
        parseUnits(day.returns, scale) as Units,
        day.purchaseCount,
        day.returnCount,
      );
  }
  return writer.finish(json.currency, scale);
}

/**
 * Like {@link parseLedgerJson}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeParseLedgerJson(null).success;
 * //=> false
 * ```
 */
export function safeParseLedgerJson(input: unknown): SafeResult<PurchaseLedger> {
  return attempt(() => parseLedgerJson(input));
}

function places(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
