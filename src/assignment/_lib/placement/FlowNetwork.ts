import { MinHeap } from './MinHeap';

/** Internal: a capacity no count reaches (exact in a double). */
export const UNBOUNDED = 2 ** 40;

/**
 * Internal: a flow network with integer capacities and integer arc costs, solved exactly:
 * - {@link FlowNetwork.maxFlow}: Dinic's algorithm (costs ignored);
 * - {@link FlowNetwork.minCostFlow}: successive shortest paths (Dijkstra on reduced costs) that
 *   pushes a blocking flow along every shortest path of one length at once (primal–dual), until
 *   no path from source to sink has a negative cost — the flow then has the least cost of all
 *   flows (not of a given amount).
 * Arcs are added in a fixed order and searched in that order, so a run is deterministic. Costs,
 * potentials and distances are safe integers (the caller keeps them below 2^53).
 */
export class FlowNetwork {
  private readonly first: Int32Array;
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private cap: number[] = [];
  private readonly initial: number[] = [];
  private readonly cost: number[] = [];
  private readonly level: Int32Array;
  private readonly cursor: Int32Array;
  private readonly pi: Float64Array;

  constructor(readonly nodes: number) {
    this.first = new Int32Array(nodes).fill(-1);
    this.level = new Int32Array(nodes);
    this.cursor = new Int32Array(nodes);
    this.pi = new Float64Array(nodes);
  }

  /** Adds the arc `u → v` and its residual twin; returns the arc's index. */
  addArc(u: number, v: number, capacity: number, cost = 0): number {
    const a = this.to.length;
    this.push(u, v, capacity, cost);
    this.push(v, u, 0, -cost);
    return a;
  }

  /** Sets arc `a`'s capacity for the next {@link restart}. */
  setCapacity(a: number, capacity: number): void {
    this.initial[a] = capacity;
  }

  /** Empties every arc of flow (capacities as last set): the network can be solved again. */
  restart(): void {
    this.cap = [...this.initial];
  }

  /** The residual capacities now, to {@link restore} a solved state later. */
  snapshot(): number[] {
    return [...this.cap];
  }

  /** Returns to a state taken by {@link snapshot}. */
  restore(snapshot: readonly number[]): void {
    this.cap = [...snapshot];
  }

  /** The flow on arc `a` (as returned by {@link addArc}). */
  flowOf(a: number): number {
    return this.cap[a ^ 1] as number;
  }

  /** Pushes the most flow from `s` to `t` (Dinic), ignoring costs; returns the amount added. */
  maxFlow(s: number, t: number): number {
    let total = 0;
    while (this.levels(s, t, false)) {
      this.cursor.set(this.first);
      for (
        let f = this.augment(s, t, UNBOUNDED, false);
        f > 0;
        f = this.augment(s, t, UNBOUNDED, false)
      )
        total += f;
    }
    return total;
  }

  /**
   * Pushes flow from `s` to `t` while a path of negative cost exists, shortest paths first;
   * the result has the least total cost of all flows. Arcs may have negative costs if the network
   * has no cycle of them (the caller's networks are layered, so they have none).
   */
  minCostFlow(s: number, t: number): void {
    this.initialPotentials(s);
    for (;;) {
      const dist = this.dijkstra(s);
      if (dist[t] === Number.POSITIVE_INFINITY) return;
      for (let v = 0; v < this.nodes; v += 1)
        if (dist[v] !== Number.POSITIVE_INFINITY)
          this.pi[v] = (this.pi[v] as number) + (dist[v] as number);
      if ((this.pi[t] as number) - (this.pi[s] as number) >= 0) return;
      while (this.levels(s, t, true)) {
        this.cursor.set(this.first);
        while (this.augment(s, t, UNBOUNDED, true) > 0) {}
      }
    }
  }

  private push(u: number, v: number, capacity: number, cost: number): void {
    this.to.push(v);
    this.cap.push(capacity);
    this.initial.push(capacity);
    this.cost.push(cost);
    this.next.push(this.first[u] as number);
    this.first[u] = this.to.length - 1;
  }

  private reduced(u: number, a: number): number {
    return (
      (this.cost[a] as number) + (this.pi[u] as number) - (this.pi[this.to[a] as number] as number)
    );
  }

  /** Bellman–Ford from `s` (queue-based): exact potentials for a network without negative cycles. */
  private initialPotentials(s: number): void {
    const dist = new Float64Array(this.nodes).fill(Number.POSITIVE_INFINITY);
    const queued = new Uint8Array(this.nodes);
    const queue = [s];
    dist[s] = 0;
    queued[s] = 1;
    for (let head = 0; head < queue.length; head += 1) {
      const u = queue[head] as number;
      queued[u] = 0;
      for (let a = this.first[u] as number; a !== -1; a = this.next[a] as number) {
        if ((this.cap[a] as number) <= 0) continue;
        const v = this.to[a] as number;
        const d = (dist[u] as number) + (this.cost[a] as number);
        if (d < (dist[v] as number)) {
          dist[v] = d;
          if (queued[v] === 0) {
            queued[v] = 1;
            queue.push(v);
          }
        }
      }
    }
    for (let v = 0; v < this.nodes; v += 1)
      this.pi[v] = dist[v] === Number.POSITIVE_INFINITY ? 0 : (dist[v] as number);
  }

  /** Shortest distances from `s` over residual arcs, by reduced cost (all ≥ 0). */
  private dijkstra(s: number): Float64Array {
    const dist = new Float64Array(this.nodes).fill(Number.POSITIVE_INFINITY);
    const heap = new MinHeap();
    dist[s] = 0;
    heap.push(0, s);
    while (heap.size > 0) {
      const [d, u] = heap.pop();
      if (d > (dist[u] as number)) continue;
      for (let a = this.first[u] as number; a !== -1; a = this.next[a] as number) {
        if ((this.cap[a] as number) <= 0) continue;
        const v = this.to[a] as number;
        const nd = d + this.reduced(u, a);
        if (nd < (dist[v] as number)) {
          dist[v] = nd;
          heap.push(nd, v);
        }
      }
    }
    return dist;
  }

  /** BFS levels over residual arcs (only those of zero reduced cost when `tight`). */
  private levels(s: number, t: number, tight: boolean): boolean {
    this.level.fill(-1);
    this.level[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head += 1) {
      const u = queue[head] as number;
      for (let a = this.first[u] as number; a !== -1; a = this.next[a] as number) {
        const v = this.to[a] as number;
        if ((this.cap[a] as number) <= 0 || this.level[v] !== -1) continue;
        if (tight && this.reduced(u, a) !== 0) continue;
        this.level[v] = (this.level[u] as number) + 1;
        queue.push(v);
      }
    }
    return this.level[t] !== -1;
  }

  /** One augmenting path along the levels (Dinic's DFS with per-node cursors). */
  private augment(u: number, t: number, limit: number, tight: boolean): number {
    if (u === t) return limit;
    for (let a = this.cursor[u] as number; a !== -1; a = this.next[a] as number) {
      this.cursor[u] = a;
      const v = this.to[a] as number;
      const room = this.cap[a] as number;
      if (room <= 0 || this.level[v] !== (this.level[u] as number) + 1) continue;
      if (tight && this.reduced(u, a) !== 0) continue;
      const f = this.augment(v, t, Math.min(limit, room), tight);
      if (f > 0) {
        this.cap[a] = room - f;
        this.cap[a ^ 1] = (this.cap[a ^ 1] as number) + f;
        return f;
      }
    }
    this.cursor[u] = -1;
    return 0;
  }
}
