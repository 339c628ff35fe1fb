import type { Payment } from '../../../model';
import { isCurrencyCode } from '../../../money';
import { fastUnits } from '../../../money/_lib/scaled/parseUnits';
import { plainDate, plainId, plainPositive, plainRecord } from './plainInput';

const PAYMENT_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'customerId',
  'ownerId',
  'date',
  'currency',
  'amount',
  'allocations',
]);
const ALLOCATION_FIELDS: ReadonlySet<string> = new Set(['invoiceId', 'amount']);
const AMOUNT_FIELDS: ReadonlySet<string> = new Set(['amount', 'currency']);

/**
 * The allocations' total in units of 10^−9 when they are 0–64 plain allocations in `currency`
 * to distinct invoices, each amount > 0 of at most 15 digits and 9 places; else `NaN`.
 */
function plainAllocations(allocations: unknown, currency: unknown): number {
  if (!Array.isArray(allocations) || allocations.length > 64) return Number.NaN;
  let total = 0;
  for (let i = 0; i < allocations.length; i += 1) {
    const allocation = plainRecord(allocations[i], ALLOCATION_FIELDS, 2);
    if (allocation === undefined || !plainId(allocation.invoiceId)) return Number.NaN;
    const amount = plainRecord(allocation.amount, AMOUNT_FIELDS, 2);
    if (amount === undefined || amount.currency !== currency) return Number.NaN;
    if (!plainPositive(amount.amount)) return Number.NaN;
    for (let j = 0; j < i; j += 1)
      if ((allocations[j] as { invoiceId: string }).invoiceId === allocation.invoiceId)
        return Number.NaN;
    total += fastUnits(amount.amount, 9);
  }
  return total;
}

/**
 * `raw` typed as a `Payment` when a hand check finds it surely valid as it stands — the common
 * shape: a plain object of exactly the payment's fields, ASCII ids, a real date, a known
 * currency, an amount > 0 of at most 15 digits and 9 places, and 0–64 allocations in the
 * payment's currency to distinct invoices, each > 0 of at most 15 digits and 9 places, together
 * not above the amount (summed exactly while safe) — else `undefined`, and the `Payment` schema
 * decides (and words any error). What the check accepts, the schema accepts unchanged.
 */
export function plainPayment(raw: unknown): Payment | undefined {
  const payment = plainRecord(raw, PAYMENT_FIELDS, 7);
  if (payment === undefined) return undefined;
  const { id, customerId, ownerId, date, currency, amount, allocations } = payment;
  if (!plainId(id) || !plainId(customerId) || !plainId(ownerId)) return undefined;
  if (!plainDate(date) || !isCurrencyCode(currency) || !plainPositive(amount)) return undefined;
  const allocated = plainAllocations(allocations, currency);
  // Exact comparison only while the allocated total is a safe integer; else the schema decides.
  if (!(allocated <= Number.MAX_SAFE_INTEGER) || allocated > fastUnits(amount, 9)) return undefined;
  return raw as Payment;
}
