import { attempt, CrmRulesError, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import type { AccountAssignment, CandidateVerdict, CustomerAssignment } from './AccountAssignment';

/**
 * Why a customer changes hands: its old manager is a `leaver` (or no longer listed); a
 * `gradeChange` or another `rule` makes the old manager ineligible; it left the old manager's
 * `territory`; the old manager was full (`capacity`); the stickiness condition released it
 * (`stickiness`); it was moved to even loads (`balance`); it is no longer in the book
 * (`removed`); or it was otherwise `reassigned`.
 */
export type HandoverReason =
  | 'leaver'
  | 'gradeChange'
  | 'rule'
  | 'territory'
  | 'capacity'
  | 'stickiness'
  | 'balance'
  | 'removed'
  | 'reassigned';

/** One customer that changes hands. */
export interface Handover {
  readonly customerId: string;
  readonly fromManagerId: string;
  /** The new manager, or `null` when the customer is now unplaceable or removed. */
  readonly toManagerId: string | null;
  readonly reason: HandoverReason;
  /** The rule or territory that decided, or `null`. */
  readonly decidedBy: string | null;
  readonly trace: TraceStep[];
}

/**
 * The handover list between two assignments (two results of `assignAccounts`): every customer
 * whose manager in `before` is not its manager in `after`, from whom to whom and why, in
 * customer id order. The reason is read from `after`: the old manager's verdict for the customer
 * (leaver, territory, rule — a `gradeChange` when the customer's grade differs between the
 * two), else what became of the old owner (capacity, stickiness, balance).
 *
 * @param before - the earlier assignment
 * @param after - the later assignment
 * @returns the customers that move
 * @throws CrmRulesError `INVALID_INPUT` at `['before']` / `['after']` when an argument is not an
 * assignment result
 * @example
 * ```ts
 * const policy = { effectiveFrom: '2026-01-01', currency: 'USD' };
 * const managers = [{ id: 'M-1', hireDate: '2020-01-01' }, { id: 'M-2', hireDate: '2021-01-01', leaveDate: '2026-03-31' }];
 * const customers = [{ id: 'C-1' }, { id: 'C-2' }];
 * const before = assignAccounts(policy, { customers, managers }, { asOf: '2026-01-31' });
 * const after = assignAccounts(policy, { customers, managers, current: [{ customerId: 'C-1', managerId: 'M-1' }, { customerId: 'C-2', managerId: 'M-2' }] }, { asOf: '2026-06-30' });
 * handoverList(before, after).map((h) => [h.customerId, h.fromManagerId, h.toManagerId, h.reason]);
 * //=> [['C-2', 'M-2', 'M-1', 'leaver']]
 * ```
 */
export function handoverList(before: AccountAssignment, after: AccountAssignment): Handover[] {
  const old = rows(before, 'before');
  const now = new Map(rows(after, 'after').map((row) => [row.customerId, row] as const));
  const out: Handover[] = [];
  for (const previous of old) {
    const from = previous.managerId;
    if (from === null) continue;
    const next = now.get(previous.customerId);
    if (next !== undefined && next.managerId === from) continue;
    const [reason, decidedBy] =
      next === undefined ? (['removed', null] as const) : why(previous, next, from);
    const to = next?.managerId ?? null;
    out.push({
      customerId: previous.customerId,
      fromManagerId: from,
      toManagerId: to,
      reason,
      decidedBy,
      trace: [
        {
          code: `assignment.handover.${KEBAB[reason]}`,
          params: { customerId: previous.customerId, from, to: to ?? '—', rule: decidedBy ?? '' },
        },
      ],
    });
  }
  return out.sort((a, b) =>
    a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0,
  );
}

/**
 * Like {@link handoverList}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeHandoverList(null as never, null as never).success;
 * //=> false
 * ```
 */
export function safeHandoverList(
  before: AccountAssignment,
  after: AccountAssignment,
): SafeResult<Handover[]> {
  return attempt(() => handoverList(before, after));
}

const KEBAB = {
  leaver: 'leaver',
  gradeChange: 'grade-change',
  rule: 'rule',
  territory: 'territory',
  capacity: 'capacity',
  stickiness: 'stickiness',
  balance: 'balance',
  removed: 'removed',
  reassigned: 'reassigned',
} as const satisfies Record<HandoverReason, string>;

function rows(result: AccountAssignment, name: string): readonly CustomerAssignment[] {
  const customers = (result as { customers?: unknown } | null)?.customers;
  if (typeof result !== 'object' || result === null || !Array.isArray(customers))
    throw new CrmRulesError('INVALID_INPUT', 'expected a result of assignAccounts', {
      path: [name],
      value: result,
    });
  return customers as CustomerAssignment[];
}

function why(
  previous: CustomerAssignment,
  next: CustomerAssignment,
  from: string,
): readonly [HandoverReason, string | null] {
  const verdict: CandidateVerdict | undefined = next.candidates.find((c) => c.managerId === from);
  if (verdict === undefined || verdict.reason === 'leaver' || verdict.reason === 'notStarted')
    return ['leaver', null];
  if (verdict.reason === 'territory') return ['territory', verdict.decidedBy];
  if (verdict.reason === 'rule')
    return [previous.grade !== next.grade ? 'gradeChange' : 'rule', verdict.decidedBy];
  if (next.owner === 'capacity') return ['capacity', null];
  if (next.owner === 'unless' || next.owner === 'notSticky') return ['stickiness', null];
  if (next.owner === 'rebalanced' || next.why === 'rebalanced') return ['balance', null];
  return ['reassigned', null];
}
