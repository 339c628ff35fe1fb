import { isCurrencyCode } from '../../../money';
import type { PayeeAssignment } from '../../model/PayeeAssignment';
import { isDate, isDecimal, isId, isPlain } from '../schema/quickChecks';

const KEYS: ReadonlySet<string> = new Set([
  'payeeId',
  'planId',
  'effectiveFrom',
  'currency',
  'quota',
]);
const NONZERO = /[1-9]/;

/** The quota as `MoneyJson` (with its `> 0` refinement) reads it, or `null` to leave it to zod. */
function quota(value: unknown): { amount: string; currency: string } | null {
  if (!isPlain(value)) return null;
  for (const key in value) if (key !== 'amount' && key !== 'currency') return null;
  const { amount, currency } = value;
  if (!isDecimal(amount) || !isCurrencyCode(currency)) return null;
  if (amount.charCodeAt(0) === 45 || !NONZERO.test(amount)) return null;
  return { amount, currency };
}

/**
 * Internal: the common assignment — payee, plan, start date, and optionally statement currency
 * and one quota, nothing else — read with the checks the `PayeeAssignment` schema makes, into the
 * object it would return (keys in schema order, `quotas: []`). Anything else, valid or not, is
 * `null`: the caller parses it with the schema (and so reports the schema's errors).
 */
export function quickAssignment(raw: unknown): PayeeAssignment | null {
  if (!isPlain(raw)) return null;
  for (const key in raw) if (!KEYS.has(key)) return null;
  const { payeeId, planId, effectiveFrom } = raw;
  if (!isId(payeeId) || !isId(planId)) return null;
  if (!isDate(effectiveFrom)) return null;
  const out: Record<string, unknown> = { payeeId, planId, effectiveFrom };
  if ('currency' in raw) {
    if (!isCurrencyCode(raw.currency)) return null;
    out.currency = raw.currency;
  }
  if ('quota' in raw) {
    const q = quota(raw.quota);
    if (q === null) return null;
    out.quota = q;
  }
  out.quotas = [];
  return out as PayeeAssignment;
}
