import type { Profile } from '../eligibility/buildProfiles';
import type { BookCustomer } from '../input/readBook';
import type { BalancedFlow } from './balancedFlow';
import type { FlowGroup } from './flowGroups';
import { MinHeap } from './MinHeap';
import { leastLoaded } from './placeFree';
import type { State } from './State';

/**
 * Internal: turns the plan's counts into customers. Within a group, higher value first (then id):
 * a sticky group's first `stay` customers stay with their owner, the next `leave` join its free
 * group, the rest are unplaceable (`noCapacity`); a free group's first placed ones join it, the
 * rest are unplaceable. Then the joined customers — released by `unless` first, then by value,
 * highest first, then id — each go to the manager with plan quota left in their group that has
 * the least value so far (then lowest id), never a released customer's owner while another has
 * quota. A value capacity the counts did not see may refuse a customer: it then goes to the
 * least loaded eligible manager with room, or is unplaceable.
 */
export function distributePlan(
  state: State,
  groups: readonly FlowGroup[],
  flow: BalancedFlow,
): void {
  const { net } = flow.built;
  const quota = groups.map((_, g): Quota => {
    const quota: Quota = { left: new Map(), heap: new MinHeap() };
    for (const [m, arc] of flow.built.toManager[g] ?? []) {
      const f = net.flowOf(arc);
      if (f > 0) {
        quota.left.set(m, f);
        quota.heap.push(0, m);
      }
    }
    return quota;
  });
  const pool: Array<readonly [number, number]> = [];
  groups.forEach((group, g) => {
    const order = byValue(state, group.customers);
    let stay = group.owner === -1 ? 0 : net.flowOf(flow.built.stay[g] as number);
    let join =
      group.owner === -1
        ? net.flowOf(flow.built.source[g] as number)
        : net.flowOf(flow.built.leave[g] as number);
    for (const c of order) {
      const customer = state.book.customers[c] as BookCustomer;
      if (stay > 0 && state.ledger.fits(customer.owner, customer.value, customer.spec.grade)) {
        stay -= 1;
        place(state, c, customer.owner, 'kept');
      } else if (join > 0 || stay > 0) {
        if (join > 0) join -= 1;
        else stay -= 1;
        pool.push([c, group.free]);
      } else state.unplaceable[c] = 'noCapacity';
    }
  });
  const released = (c: number) => (state.owner[c] === 'unless' ? 0 : 1);
  const value = (c: number) => (state.book.customers[c] as BookCustomer).value;
  pool.sort(([a], [b]) => released(a) - released(b) || value(b) - value(a) || a - b);
  for (const [c, g] of pool) {
    const q = quota[g] as Quota;
    const m = pick(state, c, q);
    if (m !== -1) {
      place(state, c, m, 'balanced');
      const left = (q.left.get(m) as number) - 1;
      q.left.set(m, left);
      if (left > 0) q.heap.push(state.ledger.value[m] as number, m);
      continue;
    }
    const profile = state.profiles.list[state.profiles.of[c] as number] as Profile;
    const other = leastLoaded(state, c, profile.eligible, -1);
    if (other === -1) state.unplaceable[c] = 'noCapacity';
    else place(state, c, other, 'leastLoaded');
  }
}

function byValue(state: State, customers: readonly number[]): number[] {
  const value = (c: number) => (state.book.customers[c] as BookCustomer).value;
  return [...customers].sort((a, b) => value(b) - value(a) || a - b);
}

/**
 * A free group's quota: how many customers the plan sends to each manager, and those managers
 * in a heap by value load (keys are lower bounds: loads only grow, a stale key is refreshed).
 */
interface Quota {
  readonly left: Map<number, number>;
  readonly heap: MinHeap;
}

/**
 * Takes from the quota the manager with quota left and room with the least value, then the
 * lowest id (a released customer's owner only when no other); -1 when none.
 */
function pick(state: State, c: number, quota: Quota): number {
  const customer = state.book.customers[c] as BookCustomer;
  const away = state.owner[c] === 'unless' ? customer.owner : -1;
  const { value } = state.ledger;
  const aside: number[] = [];
  let chosen = -1;
  while (quota.heap.size > 0) {
    const [key, m] = quota.heap.pop();
    if (key !== value[m]) quota.heap.push(value[m] as number, m);
    else if (m === away || !state.ledger.fits(m, customer.value, customer.spec.grade))
      aside.push(m);
    else {
      chosen = m;
      break;
    }
  }
  if (
    chosen === -1 &&
    aside.includes(away) &&
    state.ledger.fits(away, customer.value, customer.spec.grade)
  ) {
    chosen = away;
    aside.splice(aside.indexOf(away), 1);
  }
  for (const m of aside) quota.heap.push(value[m] as number, m);
  return chosen;
}

/** Records customer `c` with manager `m`. */
function place(state: State, c: number, m: number, why: 'kept' | 'balanced' | 'leastLoaded'): void {
  const customer = state.book.customers[c] as BookCustomer;
  state.ledger.add(m, customer.value, customer.spec.grade);
  state.chosen[c] = m;
  const home = m === customer.owner && state.owner[c] === 'kept';
  state.why[c] = home ? 'kept' : why === 'kept' ? 'balanced' : why;
  (state.members[m] as number[]).push(c);
}
