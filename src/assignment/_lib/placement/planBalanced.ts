import type { Profile } from '../eligibility/buildProfiles';
import type { BookCustomer } from '../input/readBook';
import { balancedFlow } from './balancedFlow';
import { distributePlan } from './distributePlan';
import { evenValues } from './evenValues';
import { flowGroups } from './flowGroups';
import { ownerVerdict } from './keepOwners';
import type { State } from './State';

/**
 * Internal: `balanced` mode. Works out each owner's verdict, lists the customers no manager can
 * take, solves the balanced plan exactly over groups of like customers ({@link balancedFlow}),
 * hands out the customers ({@link distributePlan}), then evens value loads by moves inside the
 * plan's count window and count-neutral swaps ({@link evenValues}).
 */
export function planBalanced(state: State, active: readonly number[]): void {
  const { book, profiles } = state;
  const sticky = new Uint8Array(book.customers.length);
  book.customers.forEach((customer, c) => {
    state.owner[c] = ownerVerdict(state, customer, c);
    if (state.owner[c] === 'kept') sticky[c] = 1;
    const profile = profiles.list[profiles.of[c] as number] as Profile;
    if (profile.outside) state.unplaceable[c] = 'outsideTerritories';
    else if (profile.eligible.length === 0) state.unplaceable[c] = 'noEligibleManager';
  });
  const groups = flowGroups(state, sticky);
  const flow = balancedFlow(state, groups, active);
  distributePlan(state, groups, flow);
  book.customers.forEach((customer: BookCustomer, c) => {
    if (sticky[c] !== 1 || state.chosen[c] === customer.owner) return;
    const full =
      state.chosen[c] === -1 ||
      !state.ledger.fits(customer.owner, customer.value, customer.spec.grade);
    state.owner[c] = full ? 'capacity' : 'rebalanced';
    if (!full && state.why[c] === 'balanced') state.why[c] = 'rebalanced';
  });
  evenValues(state, active, flow.window);
}
