import type { ErrorPath } from '../../../errors';
import type { PayeeAssignment } from '../../model/PayeeAssignment';
import type { QuotaMeasure } from '../../model/QuotaMeasure';

/** Internal: one quota of an assignment — its measure, its value as text and where it is written. */
export interface QuotaEntry {
  readonly measure: QuotaMeasure;
  readonly value: string;
  /** Money quotas: their currency (else `null`). */
  readonly currency: string | null;
  /** Relative to the assignment (`['quota']`, `['quotas', 2]`). */
  readonly path: ErrorPath;
}

type Written = NonNullable<PayeeAssignment['quota']> | PayeeAssignment['quotas'][number];

function entry(written: Written, path: ErrorPath): QuotaEntry {
  if ('quantity' in written)
    return { measure: 'quantity', value: written.quantity, currency: null, path };
  const money = 'period' in written ? written.amount : written;
  return { measure: 'money', value: money.amount, currency: money.currency, path };
}

/** Internal: the assignment's quota for period `label` (`quotas` over `quota`), or `null`. */
export function quotaOf(assignment: PayeeAssignment, label: string): QuotaEntry | null {
  const k = assignment.quotas.findIndex((q) => q.period === label);
  const own = assignment.quotas[k];
  if (own !== undefined) return entry(own, ['quotas', k]);
  return assignment.quota === undefined ? null : entry(assignment.quota, ['quota']);
}

/** Internal: every quota the assignment writes, `quota` first. */
export function quotaEntries(assignment: PayeeAssignment): QuotaEntry[] {
  return [
    ...(assignment.quota === undefined ? [] : [entry(assignment.quota, ['quota'])]),
    ...assignment.quotas.map((q, k) => entry(q, ['quotas', k])),
  ];
}
