import { attempt, type SafeResult } from '../errors';
import { isoDate } from '../period';
import { buildProfiles } from './_lib/eligibility/buildProfiles';
import { compilePolicy } from './_lib/input/compilePolicy';
import { readBook } from './_lib/input/readBook';
import { keepOwners } from './_lib/placement/keepOwners';
import { Ledger } from './_lib/placement/Ledger';
import { placeFree } from './_lib/placement/placeFree';
import { planBalanced } from './_lib/placement/planBalanced';
import type { State } from './_lib/placement/State';
import { buildResult } from './_lib/result/buildResult';
import type { AccountAssignment } from './AccountAssignment';

/**
 * Assigns a book of customers to account managers by an {@link AssignmentPolicy} (the version in
 * force on `asOf`). Every customer ends with an eligible manager or in `unplaceable` with its
 * reason — none is dropped. The run, on customers and managers sorted by id (so input order does
 * not matter, and no randomness is used):
 * 1. eligibility once per profile — customers with the same rules, territory (and language, when
 *    a rule reads it) share one list of verdicts; leavers and managers not yet hired are never
 *    eligible;
 * 2. `leastLoaded` and `roundRobin` (greedy): current owners keep their customers while
 *    eligible, active, within capacity (highest value first) and the policy's `unless` does not
 *    hold; the others, most constrained first (fewest eligible managers, highest value, id), go
 *    to the eligible manager with room that has the fewest customers, ties to the lowest id —
 *    or, in `roundRobin`, the next eligible manager with room in id order;
 * 3. `balanced` (exact, docs/assignment.md §2): a min-cost flow over groups of like customers
 *    that, in this order, places as many customers as any assignment can; keeps the active
 *    managers' customer counts within `tolerance.customers` — or, when no assignment placing
 *    as many can, within the tightest spread one can; and loses the fewest current owners it
 *    may keep. Then value loads are evened by moves inside that count window and count-neutral
 *    swaps, each strictly lowering the sum of squared value loads (best effort).
 * Capacities are never exceeded. Values are whole minor units of the policy's currency.
 *
 * @param policy - an {@link AssignmentPolicy} version or a list of versions (untrusted JSON)
 * @param book - `{ customers, managers, current? }` (see {@link AssignmentBook})
 * @param options - `asOf`: the date of the policy version, seniority and leavers
 * @returns per customer the manager, reasons and candidates; per manager the load before and
 * after; the unplaceable customers; the balance reached
 * @throws CrmRulesError `INVALID_INPUT` / `INVALID_RULE` at `['policy', i, …]` (a negative
 * capacity at its path); `UNKNOWN_FACT` at the leaf of a rule; `OVERLAPPING_VERSIONS`,
 * `NO_VERSION_IN_FORCE`; `INVALID_INPUT` at `['book', …]` for a malformed book or a duplicate
 * customer or manager id; `CURRENCY_MISMATCH` / `INVALID_AMOUNT` for a value; `INVALID_DATE` at
 * `['options', 'asOf']`; `LIMIT_EXCEEDED` when the values pass 2^53 minor units, or when a
 * balanced plan has so many groups of like customers that its costs could pass 2^53
 * @example
 * ```ts
 * const policy = {
 *   effectiveFrom: '2026-01-01',
 *   currency: 'USD',
 *   rules: [{ id: 'senior-for-key', when: { fact: 'customer.grade', operator: 'eq', value: 'A' },
 *     require: { fact: 'manager.seniorityYears', operator: 'gte', value: 3 } }],
 * };
 * const result = assignAccounts(policy, {
 *   customers: [{ id: 'C-1', grade: 'A' }, { id: 'C-2', grade: 'B' }],
 *   managers: [{ id: 'M-NEW', hireDate: '2026-02-01' }, { id: 'M-OLD', hireDate: '2019-05-01' }],
 * }, { asOf: '2026-06-30' });
 * result.customers.map((row) => [row.customerId, row.managerId, row.why]);
 * //=> [['C-1', 'M-OLD', 'balanced'], ['C-2', 'M-NEW', 'balanced']]
 * ```
 */
export function assignAccounts(
  policy: unknown,
  book: unknown,
  options: { readonly asOf: string },
): AccountAssignment {
  const asOf = isoDate(options?.asOf, ['options', 'asOf']);
  const compiled = compilePolicy(policy, asOf);
  const parsed = readBook(book, compiled.policy.currency);
  const profiles = buildProfiles(compiled, parsed, asOf);
  const n = parsed.customers.length;
  const state: State = {
    compiled,
    book: parsed,
    profiles,
    ledger: new Ledger(parsed.managers.map((m) => compiled.capacityOf(m.id, parsed.scale))),
    chosen: new Int32Array(n).fill(-1),
    why: new Array(n).fill(null),
    owner: new Array(n).fill('none'),
    unplaceable: new Array(n).fill(null),
    members: parsed.managers.map(() => []),
  };
  const active = profiles.status.flatMap((status, m) => (status === 'active' ? [m] : []));
  if (compiled.policy.mode === 'balanced') planBalanced(state, active);
  else {
    keepOwners(state);
    placeFree(state);
  }
  return buildResult(state, asOf, active);
}

/**
 * Like {@link assignAccounts}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeAssignAccounts({ effectiveFrom: '2026-01-01', currency: 'USD' }, { customers: [], managers: [{ id: 'M-1', hireDate: '2020-01-01' }, { id: 'M-1', hireDate: '2021-01-01' }] }, { asOf: '2026-06-30' }).error?.path;
 * //=> ['book', 'managers', 1, 'id']
 * ```
 */
export function safeAssignAccounts(
  policy: unknown,
  book: unknown,
  options: { readonly asOf: string },
): SafeResult<AccountAssignment> {
  return attempt(() => assignAccounts(policy, book, options));
}
