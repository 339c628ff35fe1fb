import type { OwnerOutcome } from '../../AccountAssignment';
import type { BookCustomer } from '../input/readBook';
import type { State } from './State';

/**
 * Internal: stickiness. A customer keeps its current owner when the policy keeps owners, the
 * `unless` condition does not hold, and the owner is active and eligible; each owner then keeps
 * its customers by value (highest first, then id) while they fit its capacity — the rest are
 * freed with `capacity`.
 */
export function keepOwners(state: State): void {
  const { book, ledger } = state;
  const stay: number[] = [];
  book.customers.forEach((customer, c) => {
    const outcome = ownerVerdict(state, customer, c);
    state.owner[c] = outcome;
    if (outcome === 'kept') stay.push(c);
  });
  stay.sort((a, b) => {
    const x = book.customers[a] as BookCustomer;
    const y = book.customers[b] as BookCustomer;
    return x.owner - y.owner || y.value - x.value || a - b;
  });
  for (const c of stay) {
    const customer = book.customers[c] as BookCustomer;
    if (!ledger.fits(customer.owner, customer.value, customer.spec.grade)) {
      state.owner[c] = 'capacity';
      continue;
    }
    ledger.add(customer.owner, customer.value, customer.spec.grade);
    state.chosen[c] = customer.owner;
    state.why[c] = 'kept';
    (state.members[customer.owner] as number[]).push(c);
  }
}

/** Internal: what becomes of customer `c`'s current owner, before capacity is looked at. */
export function ownerVerdict(state: State, customer: BookCustomer, c: number): OwnerOutcome {
  if (customer.owner === -1) return 'none';
  if (customer.owner === -2) return 'unknown';
  const { compiled, profiles } = state;
  const verdict = profiles.list[profiles.of[c] as number]?.verdicts[customer.owner];
  if (verdict === undefined) return 'unknown';
  if (verdict.reason !== 'eligible') return verdict.reason;
  if (!compiled.policy.stickiness.keepCurrentOwner) return 'notSticky';
  if (compiled.unless !== null) {
    const facts = { ...profiles.facts[c], ...profiles.managerFacts[customer.owner] };
    if (compiled.unless.test(facts, ['book', 'current'])) return 'unless';
  }
  return 'kept';
}
