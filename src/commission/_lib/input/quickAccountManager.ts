import type { AccountManager } from '../../../model';
import { isCurrencyCode } from '../../../money';
import { isDate, isId, isLabel, isPlain } from '../schema/quickChecks';

const KEYS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'teamId',
  'managerId',
  'hireDate',
  'leaveDate',
  'payCurrency',
]);

/**
 * Internal: an account manager record read with the checks the `AccountManager` schema makes, into
 * the object it would return (keys in schema order, optional ones only when given). Anything else,
 * valid or not — an unknown key, a missing or bad field, a leave date before the hire date, a
 * manager who is the person — is `null`: the caller parses it with the schema (and so reports the
 * schema's errors).
 */
export function quickAccountManager(raw: unknown): AccountManager | null {
  if (!isPlain(raw)) return null;
  for (const key in raw) if (!KEYS.has(key)) return null;
  const { id, name, teamId, managerId, hireDate, leaveDate, payCurrency } = raw;
  if (!isId(id) || !isLabel(name) || !isId(teamId) || !isDate(hireDate)) return null;
  if (!isCurrencyCode(payCurrency)) return null;
  const out: Record<string, unknown> = { id, name, teamId };
  if ('managerId' in raw) {
    if (!isId(managerId) || managerId === id) return null;
    out.managerId = managerId;
  }
  out.hireDate = hireDate;
  if ('leaveDate' in raw) {
    if (!isDate(leaveDate) || leaveDate < hireDate) return null;
    out.leaveDate = leaveDate;
  }
  out.payCurrency = payCurrency;
  return out as AccountManager;
}
