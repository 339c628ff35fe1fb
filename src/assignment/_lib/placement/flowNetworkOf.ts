import { CrmRulesError } from '../../../errors';
import type { Profile } from '../eligibility/buildProfiles';
import { FlowNetwork, UNBOUNDED } from './FlowNetwork';
import type { FlowGroup } from './flowGroups';
import type { State } from './State';

/** Internal: each active manager's load must lie in `[lower, upper]` (capacity permitting). */
export interface LoadWindow {
  readonly lower: number;
  readonly upper: number;
}

/** Internal: a built network and the arcs the plan reads back. */
export interface BuiltNetwork {
  readonly net: FlowNetwork;
  readonly source: Int32Array;
  readonly stay: Int32Array;
  readonly leave: Int32Array;
  /** Per free group, `[manager, arc]` for each eligible manager. */
  readonly toManager: Array<Array<readonly [number, number]>>;
  /** Per manager, its two arcs to the sink (the part under the window's lower bound, the rest). */
  readonly low: Int32Array;
  readonly high: Int32Array;
}

/**
 * Internal: the network of a balanced run, layered (so it has no cycle):
 * source → group (capacity: its customers) → [sticky group: its owner (stay) or its free group
 * (leave)] → free group → each eligible manager → [that manager's grade node, capacity
 * `byGrade[grade]`, when it has one] → manager → sink (capacity `maxCustomers`, within the
 * window, see {@link setWindow}). A cost is the lexicographic triple (place, lower, keep) written as
 * one integer `place·K² + lower·K + keep`, K = 2 × nodes + 3: −1 place per customer placed,
 * −1 lower per unit under the window's lower bound, −1 keep per customer staying with its
 * owner (so the least cost loses the fewest owners, whether to a move or to no place). A
 * simple path or cycle has at most `nodes` arcs, so each component of its cost is below K/2 in
 * size and the sign of the integer is the sign of the triple: least cost ⇔ lexicographically
 * least. `LIMIT_EXCEEDED` when that integer could pass 2^53.
 */
export function flowNetworkOf(
  state: State,
  groups: readonly FlowGroup[],
  active: readonly number[],
): BuiltNetwork {
  const { capacity } = state.ledger;
  const managers = capacity.length;
  const gradeNode = new Map<string, number>();
  const gradeArcs: Array<readonly [number, number, number]> = [];
  let nodes = 2 + groups.length + managers;
  const entry = (m: number, grade: string | undefined) => {
    const most = grade === undefined ? undefined : capacity[m]?.byGrade?.get(grade);
    if (most === undefined) return 2 + groups.length + m;
    const key = `${m}\u0000${grade}`;
    let node = gradeNode.get(key);
    if (node === undefined) {
      node = nodes++;
      gradeNode.set(key, node);
      gradeArcs.push([node, 2 + groups.length + m, most]);
    }
    return node;
  };
  const eligibleOf = (g: FlowGroup) => (state.profiles.list[g.profile] as Profile).eligible;
  for (const g of groups)
    if (g.owner === -1) for (const m of eligibleOf(g)) entry(m, g.grade);
    else entry(g.owner, g.grade);
  const K = 2 * nodes + 3;
  if (2 * K * K * (nodes + 1) >= Number.MAX_SAFE_INTEGER)
    throw new CrmRulesError('LIMIT_EXCEEDED', 'the balanced plan has too many customer groups', {
      path: ['book', 'customers'],
      value: groups.length,
    });
  const [place, lower, keep] = [-K * K, -K, -1];
  const net = new FlowNetwork(nodes);
  const node = (g: number) => 2 + g;
  const built: BuiltNetwork = {
    net,
    source: new Int32Array(groups.length).fill(-1),
    stay: new Int32Array(groups.length).fill(-1),
    leave: new Int32Array(groups.length).fill(-1),
    toManager: groups.map(() => []),
    low: new Int32Array(managers).fill(-1),
    high: new Int32Array(managers).fill(-1),
  };
  groups.forEach((g, i) => {
    built.source[i] = net.addArc(0, node(i), g.customers.length, place);
    if (g.owner === -1) return;
    built.stay[i] = net.addArc(node(i), entry(g.owner, g.grade), g.customers.length, keep);
    built.leave[i] = net.addArc(node(i), node(g.free), g.customers.length);
  });
  groups.forEach((g, i) => {
    if (g.owner !== -1) return;
    for (const m of eligibleOf(g))
      built.toManager[i]?.push([m, net.addArc(node(i), entry(m, g.grade), UNBOUNDED)]);
  });
  for (const [from, to, most] of gradeArcs) net.addArc(from, to, most);
  for (const m of active) {
    built.low[m] = net.addArc(2 + groups.length + m, 1, 0, lower);
    built.high[m] = net.addArc(2 + groups.length + m, 1, 0);
  }
  setWindow(built, state, active, null);
  return built;
}

/**
 * Internal: empties the network and bounds each active manager's load by its capacity and the
 * window: up to `lower` units at the `lower` cost, the rest up to `upper` free (`null`: only
 * the capacity, no lower bound).
 */
export function setWindow(
  built: BuiltNetwork,
  state: State,
  active: readonly number[],
  window: LoadWindow | null,
): void {
  for (const m of active) {
    const most = Math.min(state.ledger.capacity[m]?.maxCustomers ?? UNBOUNDED, UNBOUNDED);
    const top = Math.min(most, window?.upper ?? UNBOUNDED);
    const under = Math.min(top, window?.lower ?? 0);
    built.net.setCapacity(built.low[m] as number, under);
    built.net.setCapacity(built.high[m] as number, top - under);
  }
  built.net.restart();
}

/** Internal: manager `m`'s load in a solved network. */
export function loadOf(built: BuiltNetwork, m: number): number {
  const low = built.low[m] as number;
  const high = built.high[m] as number;
  return low === -1 ? 0 : built.net.flowOf(low) + built.net.flowOf(high);
}
