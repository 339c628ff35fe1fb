import { isCurrencyCode } from '../../../money';
import type { PayoutRecord } from '../../model/PayoutRecord';
import { isDecimal, isPlain } from './quickChecks';

const KEYS: ReadonlySet<string> = new Set([
  'source',
  'orderId',
  'orderLineId',
  'invoiceId',
  'currency',
  'amount',
  'paid',
  'reversed',
  'clawedBack',
]);
const SOURCE_KEYS: ReadonlySet<string> = new Set(['kind', 'id', 'lineId']);
const KINDS: ReadonlySet<unknown> = new Set(['order', 'invoice', 'payment']);

function only(value: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  let n = 0;
  for (const key in value) {
    if (!keys.has(key)) return false;
    n += 1;
  }
  return n === keys.size;
}

function isLink(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

/**
 * Internal: a carried payout record with every field given, read with the checks the
 * `PayoutRecord` schema makes, into the object it would return (a copy, keys in schema order).
 * Anything else, valid or not — a missing or unknown key, a bad field — is `null`: the caller
 * parses it with the schema (defaults and errors included).
 */
export function quickPayout(raw: unknown): PayoutRecord | null {
  if (!isPlain(raw) || !only(raw, KEYS)) return null;
  const { source, orderId, orderLineId, invoiceId, currency, amount, paid, reversed, clawedBack } =
    raw;
  if (!isPlain(source) || !only(source, SOURCE_KEYS)) return null;
  const { kind, id, lineId } = source;
  if (!KINDS.has(kind) || typeof id !== 'string' || typeof lineId !== 'string') return null;
  if (!isLink(orderId) || !isLink(orderLineId) || !isLink(invoiceId)) return null;
  if (!isCurrencyCode(currency)) return null;
  if (!isDecimal(amount) || !isDecimal(paid) || !isDecimal(reversed) || !isDecimal(clawedBack))
    return null;
  return {
    source: { kind: kind as PayoutRecord['source']['kind'], id, lineId },
    orderId,
    orderLineId,
    invoiceId,
    currency,
    amount,
    paid,
    reversed,
    clawedBack,
  };
}
