import type { Invoice } from '../../../model';
import { isCurrencyCode } from '../../../money';
import { plainAmount, plainDate, plainId, plainRecord } from './plainInput';

const INVOICE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'customerId',
  'ownerId',
  'orderId',
  'issueDate',
  'dueDate',
  'currency',
  'total',
  'tax',
]);

/**
 * `raw` typed as an `Invoice` when a hand check finds it surely valid as it stands — the common
 * shape: a plain object of the invoice's fields without `lines` (no field given as `undefined`),
 * ASCII ids, real dates with `dueDate` ≥ `issueDate`, a known currency, a `total` (and a `tax`)
 * ≥ 0 of at most 15 digits and 9 places — else `undefined`, and the `Invoice` schema decides (and
 * words any error). What the check accepts, the schema accepts unchanged.
 */
export function plainInvoice(raw: unknown): Invoice | undefined {
  const invoice = plainRecord(raw, INVOICE_FIELDS, 7);
  if (invoice === undefined) return undefined;
  const { id, customerId, ownerId, orderId, issueDate, dueDate, currency, total, tax } = invoice;
  if (!plainId(id) || !plainId(customerId) || !plainId(ownerId)) return undefined;
  if ('orderId' in invoice && !plainId(orderId)) return undefined;
  if ('tax' in invoice && !plainAmount(tax)) return undefined;
  if (!plainDate(issueDate) || !plainDate(dueDate) || dueDate < issueDate) return undefined;
  if (!isCurrencyCode(currency) || !plainAmount(total)) return undefined;
  return raw as Invoice;
}
