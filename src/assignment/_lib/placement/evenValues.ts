import { Decimal } from '../../../money';
import type { Profile } from '../eligibility/buildProfiles';
import type { BookCustomer } from '../input/readBook';
import type { LoadWindow } from './flowNetworkOf';
import type { State } from './State';

/**
 * Internal: `balanced` mode's value pass, after the plan. While the value spread of the active
 * managers exceeds `tolerance.valuePercent` of their mean (0 without it), it takes the manager
 * with the most value (`hi`) and the one with the least (`lo`), ties to the lower id, and makes
 * the best of these steps, gap `D = V(hi) − V(lo)`:
 * - a **move** of one customer of value `v` from `hi` to `lo`, `0 < v < D`, when `lo` is
 *   eligible and has room and both counts stay in the plan's window;
 * - a **swap** of `a` on `hi` with `b` on `lo` of the same profile and grade, `0 < v(a) − v(b) < D`,
 *   `lo` staying within its value capacity;
 * never moving a customer off or onto its current owner. Best: the value change `δ` with the
 * largest `δ(D − δ)`; ties to the lowest `a` (by id), its move before its swaps, then the
 * lowest `b`.
 * Proved: no placement, move off an owner, grade count or window bound changes (a swap changes
 * no count at all); both loads stay strictly between the old extremes, so the value spread never
 * grows; the sum of squared value loads falls by `2δ(D − δ) > 0` per step, so the pass ends. It
 * stops when within the tolerance, when `hi` and `lo` have no such step, or after as many steps
 * as customers — value balance is best effort, counts are exact.
 */
export function evenValues(
  state: State,
  active: readonly number[],
  window: LoadWindow | null,
): void {
  if (active.length < 2 || window === null) return;
  const { value } = state.ledger;
  const percent = state.compiled.policy.tolerance.valuePercent ?? '0';
  let total = 0;
  for (const m of active) total += value[m] as number;
  const allowed = new Decimal(percent)
    .times(total)
    .div(100 * active.length)
    .floor()
    .toNumber();
  for (let round = 0; round < state.book.customers.length; round += 1) {
    let hi = active[0] as number;
    let lo = active[0] as number;
    for (const m of active) {
      if ((value[m] as number) > (value[hi] as number)) hi = m;
      if ((value[m] as number) < (value[lo] as number)) lo = m;
    }
    const gap = (value[hi] as number) - (value[lo] as number);
    if (gap <= allowed) return;
    const step = bestStep(state, hi, lo, gap, window);
    if (step === null) return;
    if (step[1] === -1) relocate(state, step[0], hi, lo);
    else {
      relocate(state, step[0], hi, lo);
      relocate(state, step[1], lo, hi);
    }
  }
}

const customerValue = (state: State, c: number) => (state.book.customers[c] as BookCustomer).value;

/** `[a, -1]` for a move, `[a, b]` for a swap, or `null`. */
function bestStep(
  state: State,
  hi: number,
  lo: number,
  gap: number,
  window: LoadWindow,
): [number, number] | null {
  const { book, profiles, ledger } = state;
  const room =
    (ledger.capacity[lo]?.maxValue ?? Number.POSITIVE_INFINITY) - (ledger.value[lo] as number);
  const movable = (c: number, to: number) => {
    const owner = (book.customers[c] as BookCustomer).owner;
    return owner !== state.chosen[c] && owner !== to;
  };
  const kind = (c: number) =>
    `${profiles.of[c]}\u0000${(book.customers[c] as BookCustomer).spec.grade ?? '\u0001'}`;
  const light = new Map<string, number[]>();
  for (const b of [...(state.members[lo] as number[])].sort((x, y) => x - y))
    if (movable(b, hi)) light.set(kind(b), [...(light.get(kind(b)) ?? []), b]);
  const canMove =
    (ledger.count[hi] as number) - 1 >= window.lower &&
    (ledger.count[lo] as number) + 1 <= window.upper;
  let best: [number, number] | null = null;
  let score = 0;
  const offer = (a: number, b: number, d: number) => {
    if (d <= 0 || d >= gap || d > room) return;
    const s = d * (gap - d);
    if (s > score) {
      best = [a, b];
      score = s;
    }
  };
  for (const a of [...(state.members[hi] as number[])].sort((x, y) => x - y)) {
    if (!movable(a, lo)) continue;
    const customer = book.customers[a] as BookCustomer;
    const eligible = (profiles.list[profiles.of[a] as number] as Profile).eligible;
    if (canMove && eligible.includes(lo) && ledger.fits(lo, customer.value, customer.spec.grade))
      offer(a, -1, customer.value);
    for (const b of light.get(kind(a)) ?? []) offer(a, b, customer.value - customerValue(state, b));
  }
  return best;
}

/** Moves customer `c` from manager `from` to manager `to`. */
function relocate(state: State, c: number, from: number, to: number): void {
  const customer = state.book.customers[c] as BookCustomer;
  state.ledger.add(from, customer.value, customer.spec.grade, -1);
  state.ledger.add(to, customer.value, customer.spec.grade);
  const members = state.members[from] as number[];
  members.splice(members.indexOf(c), 1);
  (state.members[to] as number[]).push(c);
  state.chosen[c] = to;
  if (state.why[c] !== 'leastLoaded') state.why[c] = 'rebalanced';
}
