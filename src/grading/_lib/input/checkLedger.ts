import { CrmRulesError, type ErrorPath } from '../../../errors';
import { isCurrencyCode, minorUnits } from '../../../money';
import type { PurchaseLedger } from '../../summary/PurchaseLedger';

/**
 * Internal: a cheap structural check that `value` is a {@link PurchaseLedger} — what a worker
 * or a caller's cache hands back: the right kind, currency and scale, and columns of matching
 * lengths. Deep checks of untrusted data belong to `parseLedgerJson`.
 */
export function checkLedger(value: unknown, path: ErrorPath): asserts value is PurchaseLedger {
  const ledger = value as Partial<PurchaseLedger> | null;
  const ok =
    typeof ledger === 'object' &&
    ledger !== null &&
    ledger.kind === 'purchase-ledger' &&
    isCurrencyCode(ledger.currency) &&
    Number.isSafeInteger(ledger.scale) &&
    (ledger.scale as number) >= minorUnits(ledger.currency as string) &&
    Array.isArray(ledger.customerIds) &&
    ledger.offsets instanceof Int32Array &&
    ledger.offsets.length === ledger.customerIds.length + 1 &&
    ledger.days instanceof Int32Array &&
    ledger.offsets[ledger.customerIds.length] === ledger.days.length &&
    [ledger.purchaseUnits, ledger.returnUnits, ledger.purchaseCounts, ledger.returnCounts].every(
      (column) =>
        (column instanceof Float64Array || Array.isArray(column)) &&
        column.length === (ledger.days as Int32Array).length,
    );
  if (!ok)
    throw new CrmRulesError('INVALID_INPUT', 'expected a purchase ledger (see ledgerOf)', {
      path,
      value,
    });
}
