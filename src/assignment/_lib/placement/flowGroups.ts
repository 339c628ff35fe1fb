import type { Profile } from '../eligibility/buildProfiles';
import type { BookCustomer } from '../input/readBook';
import type { State } from './State';

/**
 * Internal: customers the balanced plan cannot tell apart — the same profile (so the same
 * eligible managers) and grade, and either no owner to keep (`owner: -1`, a *free* group) or the
 * same owner to keep (a *sticky* group). Customers are listed in id order.
 */
export interface FlowGroup {
  readonly profile: number;
  readonly grade: string | undefined;
  readonly owner: number;
  readonly customers: number[];
  /** The free group of the same profile and grade (itself for a free group). */
  free: number;
}

/**
 * Internal: groups the placeable customers (those with an eligible manager and inside the
 * territories) of a balanced run; `sticky[c]` marks a customer whose owner it may keep. Groups
 * come in the order of their first customer by id, so the grouping does not depend on input
 * order. Every sticky group has a free group of its profile and grade (perhaps empty).
 */
export function flowGroups(state: State, sticky: Uint8Array): FlowGroup[] {
  const { book, profiles } = state;
  const groups: FlowGroup[] = [];
  const index = new Map<string, number>();
  const find = (profile: number, grade: string | undefined, owner: number) => {
    const key = `${profile}\u0000${grade ?? '\u0001'}\u0000${owner}`;
    let at = index.get(key);
    if (at === undefined) {
      at = groups.length;
      index.set(key, at);
      groups.push({ profile, grade, owner, customers: [], free: at });
    }
    return at;
  };
  book.customers.forEach((customer: BookCustomer, c) => {
    const p = profiles.of[c] as number;
    const profile = profiles.list[p] as Profile;
    if (profile.outside || profile.eligible.length === 0) return;
    const owner = sticky[c] === 1 ? customer.owner : -1;
    (groups[find(p, customer.spec.grade, owner)] as FlowGroup).customers.push(c);
  });
  for (const group of [...groups])
    if (group.owner !== -1) group.free = find(group.profile, group.grade, -1);
  return groups;
}
