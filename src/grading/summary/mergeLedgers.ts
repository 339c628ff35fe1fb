import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { scaleUnits, type Units } from '../../money/_lib/scaled/units';
import { checkLedger } from '../_lib/input/checkLedger';
import { SlotWriter } from '../_lib/ledger/SlotWriter';
import type { PurchaseLedger } from './PurchaseLedger';

/**
 * Merges the ledgers of shards into the ledger of the whole. Slots of the same customer and day
 * are added up, so same-day merging and same-day returns come out exactly as if one reader had
 * seen every transaction — whatever the sharding (by customer, by date, by file). The merge is
 * associative and commutative, and a ledger of no transactions is its identity. Amounts move to
 * the finest scale among the inputs, exactly. Linear in the total number of slots.
 *
 * @param ledgers - one or more ledgers of one currency (from {@link ledgerOf}, another merge, a
 * worker, or {@link parseLedgerJson})
 * @returns a new ledger; the inputs are not changed
 * @throws CrmRulesError `INVALID_INPUT` at `[]` for no ledgers, at `[index]` for something that
 * is not a ledger; `CURRENCY_MISMATCH` at `[index, 'currency']`
 * @example
 * ```ts
 * const shard1 = ledgerOf([{ customerId: 'C-1', date: '2026-03-02', amount: '60' }], { currency: 'EUR' });
 * const shard2 = ledgerOf([{ customerId: 'C-1', date: '2026-03-02', amount: '40' }], { currency: 'EUR' });
 * summarise(mergeLedgers([shard1, shard2]), { end: '2026-03-31' }).summaries[0]?.purchases;
 * //=> 1
 * ```
 */
export function mergeLedgers(ledgers: readonly PurchaseLedger[]): PurchaseLedger {
  if (!Array.isArray(ledgers) || ledgers.length === 0)
    throw new CrmRulesError('INVALID_INPUT', 'expected a list of at least one ledger', {
      value: ledgers,
    });
  ledgers.forEach((ledger, index) => {
    checkLedger(ledger, [index]);
  });
  const currency = (ledgers[0] as PurchaseLedger).currency;
  ledgers.forEach((ledger, index) => {
    if (ledger.currency !== currency)
      throw new CrmRulesError(
        'CURRENCY_MISMATCH',
        `cannot merge a ${ledger.currency} ledger into ${currency}; convert first`,
        { path: [index, 'currency'], value: ledger.currency },
      );
  });
  return ledgers.slice(1).reduce(mergeTwo, ledgers[0] as PurchaseLedger);
}

/**
 * Like {@link mergeLedgers}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeMergeLedgers(null).success;
 * //=> false
 * ```
 */
export function safeMergeLedgers(ledgers: readonly PurchaseLedger[]): SafeResult<PurchaseLedger> {
  return attempt(() => mergeLedgers(ledgers));
}

/** Merge-join of two ledgers on (customer id, day). */
function mergeTwo(a: PurchaseLedger, b: PurchaseLedger): PurchaseLedger {
  const scale = Math.max(a.scale, b.scale);
  const writer = new SlotWriter();
  const copy = (from: PurchaseLedger, slot: number): void => {
    const by = scale - from.scale;
    writer.add(
      from.days[slot] as number,
      scaleUnits(from.purchaseUnits[slot] as Units, by),
      scaleUnits(from.returnUnits[slot] as Units, by),
      from.purchaseCounts[slot] as number,
      from.returnCounts[slot] as number,
    );
  };
  let i = 0;
  let j = 0;
  while (i < a.customerIds.length || j < b.customerIds.length) {
    const idA = a.customerIds[i];
    const idB = b.customerIds[j];
    const takeA = idB === undefined || (idA !== undefined && idA <= idB);
    const takeB = idA === undefined || (idB !== undefined && idB <= idA);
    writer.startCustomer((takeA ? idA : idB) as string);
    let p = takeA ? (a.offsets[i] as number) : 0;
    const endA = takeA ? (a.offsets[i + 1] as number) : 0;
    let q = takeB ? (b.offsets[j] as number) : 0;
    const endB = takeB ? (b.offsets[j + 1] as number) : 0;
    // Days ascend in both runs; the writer adds a slot of the same day to the previous one.
    while (p < endA || q < endB) {
      if (q >= endB || (p < endA && (a.days[p] as number) <= (b.days[q] as number))) copy(a, p++);
      else copy(b, q++);
    }
    if (takeA) i += 1;
    if (takeB) j += 1;
  }
  return writer.finish(a.currency, scale);
}
