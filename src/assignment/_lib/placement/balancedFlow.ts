import type { FlowGroup } from './flowGroups';
import {
  type BuiltNetwork,
  flowNetworkOf,
  type LoadWindow,
  loadOf,
  setWindow,
} from './flowNetworkOf';
import type { State } from './State';

/** Internal: the balanced plan, read back from the chosen flow. */
export interface BalancedFlow {
  readonly built: BuiltNetwork;
  /** The most customers any assignment places (a maximum flow). */
  readonly placed: number;
  /** The fewest-moves window, `null` when no manager is active. */
  readonly window: LoadWindow | null;
  /** The tightest count spread any assignment placing `placed` customers reaches. */
  readonly tightest: number;
}

/**
 * Internal: the plan of `balanced` mode, exact (see `docs/assignment.md` §2):
 * 1. `F` = the most customers that can be placed (maximum flow);
 * 2. `high` = the least possible largest load and `low` = the greatest possible smallest load of
 *    an assignment placing `F` (binary searches over maximum flows). The loads of such
 *    assignments form an integral base polyhedron, where one point is both decreasingly minimal
 *    and increasingly maximal (Frank & Murota 2019), so the tightest spread is `high − low`;
 * 3. `t = max(tolerance, high − low)`; any assignment placing `F` with a spread of at most `t`
 *    has its smallest load `L` in `[high − t, low]`. For each such `L`, highest first, a
 *    min-cost flow places `F`, keeps every load in `[L, L + t]` and keeps the most customers
 *    with owners they may keep; the window losing the fewest wins (ties: the highest `L`).
 */
export function balancedFlow(
  state: State,
  groups: readonly FlowGroup[],
  active: readonly number[],
): BalancedFlow {
  const built = flowNetworkOf(state, groups, active);
  const maxFlow = (window: LoadWindow | null) => {
    setWindow(built, state, active, window);
    return built.net.maxFlow(0, 1);
  };
  const solve = (window: LoadWindow | null) => {
    setWindow(built, state, active, window);
    built.net.minCostFlow(0, 1);
  };
  const placed = maxFlow(null);
  const n = active.length;
  if (n === 0) {
    solve(null);
    return { built, placed: 0, window: null, tightest: 0 };
  }
  // Least U with every load ≤ U still placing F; greatest L with every load ≥ L possible. The
  // loads of the maximum flow just found bound both searches.
  const loads = active.map((m) => loadOf(built, m));
  const high = least(
    Math.ceil(placed / n),
    Math.max(...loads),
    (u) => maxFlow({ lower: 0, upper: u }) === placed,
  );
  const low = greatest(
    Math.min(...loads),
    Math.floor(placed / n),
    (l) => maxFlow({ lower: 0, upper: l }) === l * n,
  );
  const t = Math.max(state.compiled.policy.tolerance.customers, high - low);
  let best: { window: LoadWindow; moves: number; flow: number[] } | null = null;
  for (let L = low; L >= Math.max(0, high - t); L -= 1) {
    const window = { lower: L, upper: L + t };
    solve(window);
    let total = 0;
    let fits = true;
    for (const m of active) {
      const load = loadOf(built, m);
      total += load;
      fits &&= load >= L;
    }
    if (!fits || total !== placed) continue;
    let moves = 0;
    groups.forEach((group, g) => {
      const arc = built.stay[g] as number;
      if (arc !== -1) moves += group.customers.length - built.net.flowOf(arc);
    });
    if (best === null || moves < best.moves) best = { window, moves, flow: built.net.snapshot() };
    if (moves === 0) break;
  }
  // `best` is never null by the theorem above; kept so a run never ends without a plan.
  if (best === null) solve(null);
  else built.net.restore(best.flow);
  return { built, placed, window: best?.window ?? null, tightest: high - low };
}

/** The least `x` in `[from, to]` with `ok(x)`, for `ok` false … false true … true and `ok(to)`. */
function least(from: number, to: number, ok: (x: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The greatest `x` in `[from, to]` with `ok(x)`, for `ok` true … true false … false and `ok(from)`. */
function greatest(from: number, to: number, ok: (x: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
