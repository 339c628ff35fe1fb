import { attempt, type SafeResult } from '../../errors';
import { type Units, unitsToText } from '../../money/_lib/scaled/units';
import { dateOfDayNumber } from '../../period';
import { checkLedger } from '../_lib/input/checkLedger';
import type { LedgerJson } from './LedgerJson';
import type { PurchaseLedger } from './PurchaseLedger';

/**
 * Writes a ledger as JSON (see {@link LedgerJson}): customers sorted by id, amounts as decimal
 * strings at the ledger's scale, so {@link parseLedgerJson} gives back the same ledger.
 *
 * @param ledger - a purchase ledger
 * @returns its JSON form
 * @throws CrmRulesError `INVALID_INPUT` when `ledger` is not a ledger
 * @example
 * ```ts
 * ledgerToJson(ledgerOf([{ customerId: 'C-1', date: '2026-01-05', amount: '-5' }], { currency: 'USD' })).customers[0]?.days;
 * //=> [{ date: '2026-01-05', purchases: '0.00', purchaseCount: 0, returns: '-5.00', returnCount: 1 }]
 * ```
 */
export function ledgerToJson(ledger: PurchaseLedger): LedgerJson {
  checkLedger(ledger, []);
  const { scale } = ledger;
  return {
    kind: 'purchase-ledger',
    currency: ledger.currency,
    customers: ledger.customerIds.map((customerId, k) => {
      const days: LedgerJson['customers'][number]['days'] = [];
      for (
        let slot = ledger.offsets[k] as number;
        slot < (ledger.offsets[k + 1] as number);
        slot += 1
      )
        days.push({
          date: dateOfDayNumber(ledger.days[slot] as number),
          purchases: unitsToText(ledger.purchaseUnits[slot] as Units, scale),
          purchaseCount: ledger.purchaseCounts[slot] as number,
          returns: unitsToText(ledger.returnUnits[slot] as Units, scale),
          returnCount: ledger.returnCounts[slot] as number,
        });
      return { customerId, days };
    }),
  };
}

/**
 * Like {@link ledgerToJson}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeLedgerToJson(null).success;
 * //=> false
 * ```
 */
export function safeLedgerToJson(ledger: PurchaseLedger): SafeResult<LedgerJson> {
  return attempt(() => ledgerToJson(ledger));
}
