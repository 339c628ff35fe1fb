import { Decimal } from '../../../money';
import type { BookCustomer } from '../input/readBook';
import type { State } from './State';

/**
 * Internal: `balanced` mode's value pass, when `tolerance.valuePercent` is set. While the value
 * spread of the active managers exceeds the percent of their mean, it swaps one customer `a` of
 * the manager with the most value (`hi`) with one customer `b` of the manager with the least
 * (`lo`), ties to the lower manager id, where:
 * - `a` and `b` have the same profile and grade (so eligibility and grade counts are unchanged),
 *   neither is with its current owner nor lands on it;
 * - `0 < v(a) − v(b) < V(hi) − V(lo)`, and `lo` stays within its value capacity;
 * - of those, the difference closest to half the gap, then the lowest ids.
 * Proved: no count, grade count, eligibility, placement or move changes; both loads stay strictly
 * between the old extremes, so the value spread never grows; the sum of squared value loads
 * falls by `2δ(D − δ) > 0` per swap, so the pass ends — after at most one swap per customer, or
 * when the heaviest and lightest managers have no such pair (value balance is then best effort).
 */
export function swapValues(state: State, active: readonly number[]): void {
  const percent = state.compiled.policy.tolerance.valuePercent;
  if (percent === undefined || active.length < 2) return;
  const { value } = state.ledger;
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
    const pair = bestSwap(state, hi, lo, gap);
    if (pair === null) return;
    exchange(state, pair[0], hi, pair[1], lo);
  }
}

function bestSwap(state: State, hi: number, lo: number, gap: number): [number, number] | null {
  const { book, profiles } = state;
  const cap = state.ledger.capacity[lo]?.maxValue ?? Number.POSITIVE_INFINITY;
  const room = cap - (state.ledger.value[lo] as number);
  // Off its owner already and not onto it: the swap changes no move.
  const movable = (c: number, to: number) => {
    const owner = (book.customers[c] as BookCustomer).owner;
    return owner !== state.chosen[c] && owner !== to;
  };
  const kind = (c: number) =>
    `${profiles.of[c]}\u0000${(book.customers[c] as BookCustomer).spec.grade ?? '\u0001'}`;
  const light = new Map<string, number[]>();
  for (const b of state.members[lo] as number[])
    if (movable(b, hi)) light.set(kind(b), [...(light.get(kind(b)) ?? []), b]);
  let best: [number, number] | null = null;
  let bestScore = -1;
  for (const a of state.members[hi] as number[]) {
    if (!movable(a, lo)) continue;
    const va = (book.customers[a] as BookCustomer).value;
    for (const b of light.get(kind(a)) ?? []) {
      const d = va - (book.customers[b] as BookCustomer).value;
      if (d <= 0 || d >= gap || d > room) continue;
      const score = d * (gap - d);
      if (
        score > bestScore ||
        (score === bestScore && best !== null && (a < best[0] || (a === best[0] && b < best[1])))
      ) {
        best = [a, b];
        bestScore = score;
      }
    }
  }
  return best;
}

function exchange(state: State, a: number, hi: number, b: number, lo: number): void {
  const ca = state.book.customers[a] as BookCustomer;
  const cb = state.book.customers[b] as BookCustomer;
  state.ledger.add(hi, ca.value, ca.spec.grade, -1);
  state.ledger.add(lo, cb.value, cb.spec.grade, -1);
  state.ledger.add(lo, ca.value, ca.spec.grade);
  state.ledger.add(hi, cb.value, cb.spec.grade);
  const ma = state.members[hi] as number[];
  const mb = state.members[lo] as number[];
  ma[ma.indexOf(a)] = b;
  mb[mb.indexOf(b)] = a;
  state.chosen[a] = lo;
  state.chosen[b] = hi;
  for (const c of [a, b]) if (state.why[c] !== 'leastLoaded') state.why[c] = 'rebalanced';
}
