import type { Profile } from '../eligibility/buildProfiles';
import type { BookCustomer } from '../input/readBook';
import type { State } from './State';

/**
 * Internal: places every customer not kept, most constrained first (fewest eligible managers,
 * then highest value, then id), on one eligible manager with room:
 * - `leastLoaded`: fewest customers, then lowest id;
 * - `balanced`: fewest customers, then lowest value load, then lowest id;
 * - `roundRobin`: the first eligible manager with room at or after a cursor that walks the
 *   managers in id order and moves past each pick.
 * A customer released by the stickiness exception goes to another manager when one has room.
 * A customer with no eligible manager, or none with room, is unplaceable with that reason.
 */
export function placeFree(state: State): void {
  const { book, profiles } = state;
  const free: number[] = [];
  for (let c = 0; c < book.customers.length; c += 1) if (state.chosen[c] === -1) free.push(c);
  const size = (c: number) => (profiles.list[profiles.of[c] as number] as Profile).eligible.length;
  free.sort((a, b) => {
    const x = book.customers[a] as BookCustomer;
    const y = book.customers[b] as BookCustomer;
    return size(a) - size(b) || y.value - x.value || a - b;
  });
  const mode = state.compiled.policy.mode;
  let cursor = 0;
  for (const c of free) {
    const profile = profiles.list[profiles.of[c] as number] as Profile;
    if (profile.outside || profile.eligible.length === 0) {
      state.unplaceable[c] = profile.outside ? 'outsideTerritories' : 'noEligibleManager';
      continue;
    }
    // A customer released by the stickiness exception leaves its owner unless nobody else has room.
    const customer = book.customers[c] as BookCustomer;
    const away = state.owner[c] === 'unless' ? customer.owner : -1;
    let m =
      mode === 'roundRobin'
        ? nextInTurn(state, c, profile, cursor, away)
        : leastLoaded(state, c, profile.eligible, away);
    if (m === -1 && away !== -1 && state.ledger.fits(away, customer.value, customer.spec.grade))
      m = away;
    if (m === -1) {
      state.unplaceable[c] = 'noCapacity';
      continue;
    }
    if (mode === 'roundRobin') cursor = m + 1;
    assign(state, c, m, mode === 'roundRobin' ? 'roundRobin' : 'leastLoaded');
  }
}

/** Internal: records `c` with manager `m`. */
export function assign(
  state: State,
  c: number,
  m: number,
  why: 'leastLoaded' | 'roundRobin',
): void {
  const customer = state.book.customers[c] as BookCustomer;
  state.ledger.add(m, customer.value, customer.spec.grade);
  state.chosen[c] = m;
  state.why[c] = why;
  (state.members[m] as number[]).push(c);
}

/**
 * Internal: the eligible manager with room (other than `except`) with the fewest customers,
 * then (in `balanced` mode) the lowest value load, then the lowest id; -1 when none has room.
 */
export function leastLoaded(state: State, c: number, eligible: Int32Array, except: number): number {
  const { ledger } = state;
  const byValue = state.compiled.policy.mode === 'balanced';
  const customer = state.book.customers[c] as BookCustomer;
  let best = -1;
  for (let i = 0; i < eligible.length; i += 1) {
    const m = eligible[i] as number;
    if (m === except) continue;
    if (best !== -1) {
      const d = (ledger.count[m] as number) - (ledger.count[best] as number);
      if (
        d > 0 ||
        (d === 0 && (!byValue || (ledger.value[m] as number) >= (ledger.value[best] as number)))
      )
        continue;
    }
    if (ledger.fits(m, customer.value, customer.spec.grade)) best = m;
  }
  return best;
}

function nextInTurn(
  state: State,
  c: number,
  profile: Profile,
  cursor: number,
  except: number,
): number {
  const customer = state.book.customers[c] as BookCustomer;
  const { eligible } = profile;
  let start = 0;
  while (start < eligible.length && (eligible[start] as number) < cursor) start += 1;
  for (let k = 0; k < eligible.length; k += 1) {
    const m = eligible[(start + k) % eligible.length] as number;
    if (m !== except && state.ledger.fits(m, customer.value, customer.spec.grade)) return m;
  }
  return -1;
}
