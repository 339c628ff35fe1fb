import { Decimal } from '../../../money';
import type { Profile } from '../eligibility/buildProfiles';
import type { BookCustomer } from '../input/readBook';
import { leastLoaded } from './placeFree';
import type { State } from './State';

/**
 * Internal: `balanced` mode's pass over counts. While the most loaded active manager that can
 * still give has more than `tolerance.customers` customers over the least loaded, it moves one
 * of its customers — placed ones before kept ones, the latest first — to the least loaded
 * eligible manager with room, if that one is more than the tolerance below; a manager none of
 * whose customers can go is skipped from then on. Each move lowers the sum of squared counts by
 * at least 2, so the pass ends; with every manager eligible and room enough it ends within the
 * tolerance.
 */
export function rebalanceCounts(state: State, active: readonly number[]): void {
  const { count, value } = state.ledger;
  const tol = state.compiled.policy.tolerance.customers;
  const stuck = new Uint8Array(count.length);
  const keyOf = sameFate(state);
  for (;;) {
    let a = -1;
    let second = -1;
    let least = Number.POSITIVE_INFINITY;
    for (const m of active) {
      least = Math.min(least, count[m] as number);
      if (stuck[m] === 1) continue;
      if (
        a === -1 ||
        (count[m] as number) > (count[a] as number) ||
        (count[m] === count[a] && (value[m] as number) > (value[a] as number))
      ) {
        if (a !== -1) second = Math.max(second, count[a] as number);
        a = m;
      } else second = Math.max(second, count[m] as number);
    }
    if (a === -1 || (count[a] as number) - least <= tol) return;
    const from = a;
    const give = (c: number, profile: Profile) => {
      const t = leastLoaded(state, c, profile.eligible, from);
      return t !== -1 && (count[from] as number) - (count[t] as number) > tol ? t : -1;
    };
    if (!moveOne(state, from, keyOf, give)) {
      stuck[a] = 1;
      continue;
    }
    // Keep giving while `from` is still the most loaded: one scan of the managers per run of
    // moves instead of one per move (every move is still checked against its target).
    while ((count[from] as number) > second && moveOne(state, from, keyOf, give)) {}
  }
}

/**
 * Internal: `balanced` mode's pass over value, when `tolerance.valuePercent` is set. While the
 * spread of value loads exceeds the percent of the mean, it moves a customer of value `v` from
 * the manager with the most value to the eligible one with room and the least value, when
 * `0 < v <` their difference and the count spread does not grow past its tolerance. Each move
 * lowers the sum of squared value loads; at most one move per customer is tried.
 */
export function rebalanceValues(state: State, active: readonly number[]): void {
  const percent = state.compiled.policy.tolerance.valuePercent;
  if (percent === undefined || active.length === 0) return;
  const { count, value } = state.ledger;
  const tol = state.compiled.policy.tolerance.customers;
  let total = 0;
  for (const m of active) total += value[m] as number;
  const allowed = new Decimal(percent)
    .times(total)
    .div(100 * active.length)
    .floor()
    .toNumber();
  const stuck = new Uint8Array(count.length);
  for (let round = 0; round < state.book.customers.length; round += 1) {
    let a = -1;
    let low = Number.POSITIVE_INFINITY;
    let most = 0;
    let fewest = Number.POSITIVE_INFINITY;
    for (const m of active) {
      low = Math.min(low, value[m] as number);
      most = Math.max(most, count[m] as number);
      fewest = Math.min(fewest, count[m] as number);
      if (stuck[m] !== 1 && (a === -1 || (value[m] as number) > (value[a] as number))) a = m;
    }
    if (a === -1 || (value[a] as number) - low <= allowed) return;
    const from = a;
    const limit = Math.max(tol, most - fewest);
    const moved = moveOne(
      state,
      from,
      (c) => `${c}`,
      (c, profile) => {
        const v = (state.book.customers[c] as BookCustomer).value;
        const t = lightest(state, c, profile.eligible, from);
        if (t === -1 || v <= 0 || v >= (value[from] as number) - (value[t] as number)) return -1;
        const spread =
          Math.max(most, (count[t] as number) + 1) - Math.min(fewest, (count[from] as number) - 1);
        return spread <= limit ? t : -1;
      },
    );
    if (!moved) stuck[a] = 1;
  }
}

/**
 * Moves the first of `from`'s customers (latest first) that `target` finds a place for. Whether
 * one has a place depends only on its profile, grade and (when `byValue`) value, so a failure
 * is remembered for the others alike — a manager's hundred customers of one profile cost one
 * search, not a hundred.
 */
function moveOne(
  state: State,
  from: number,
  keyOf: (c: number) => number | string,
  target: (c: number, profile: Profile) => number,
): boolean {
  const members = state.members[from] as number[];
  const { profiles } = state;
  const failed = new Set<number | string>();
  for (let k = members.length - 1; k >= 0; k -= 1) {
    const c = members[k] as number;
    const customer = state.book.customers[c] as BookCustomer;
    const key = keyOf(c);
    if (failed.has(key)) continue;
    const t = target(c, profiles.list[profiles.of[c] as number] as Profile);
    if (t === -1) {
      failed.add(key);
      continue;
    }
    state.ledger.add(from, customer.value, customer.spec.grade, -1);
    state.ledger.add(t, customer.value, customer.spec.grade);
    members.splice(k, 1);
    (state.members[t] as number[]).push(c);
    state.chosen[c] = t;
    const home = t === customer.owner && state.owner[c] !== 'unless';
    state.why[c] = home ? 'kept' : 'rebalanced';
    if (home) state.owner[c] = 'kept';
    else if (state.owner[c] === 'kept') state.owner[c] = 'rebalanced';
    return true;
  }
  return false;
}

/** The eligible manager with room (not `except`) with the least value, then id; -1 if none. */
function lightest(state: State, c: number, eligible: Int32Array, except: number): number {
  const customer = state.book.customers[c] as BookCustomer;
  const { value } = state.ledger;
  let best = -1;
  for (let i = 0; i < eligible.length; i += 1) {
    const m = eligible[i] as number;
    if (m === except || (best !== -1 && (value[m] as number) >= (value[best] as number))) continue;
    if (state.ledger.fits(m, customer.value, customer.spec.grade)) best = m;
  }
  return best;
}

/**
 * Customers with the same key find a place in the count pass alike: the same profile and grade,
 * and the same value when a value capacity applies (a number key then, cheap to compare).
 */
function sameFate(state: State): (c: number) => number | string {
  const { profiles, book } = state;
  const grades = new Map<string, number>();
  const gradeOf = Int32Array.from(book.customers, (customer) => {
    const grade = customer.spec.grade ?? '';
    const known = grades.get(grade);
    if (known !== undefined) return known;
    grades.set(grade, grades.size);
    return grades.size - 1;
  });
  const span = grades.size + 1;
  if (state.ledger.capacity.some((c) => c.maxValue !== Number.POSITIVE_INFINITY))
    return (c) => `${profiles.of[c]}|${gradeOf[c]}|${(book.customers[c] as BookCustomer).value}`;
  return (c) => (profiles.of[c] as number) * span + (gradeOf[c] as number);
}
