import { acceptsBase } from '../crediting/creditEvents';
import { BASES } from '../events/originCodes';
import { ensure } from '../exact/Column';
import type { CompiledPlan } from '../plan/compilePlan';
import type { AssignmentInfo, PayeeInfo } from '../prepare/RunContext';

/** Internal: a payee, assignment and plan version in force (what a credit is priced under). */
export interface Term {
  readonly payeeIndex: number;
  readonly payee: PayeeInfo;
  readonly assignment: AssignmentInfo;
  readonly version: CompiledPlan;
}

/**
 * Internal: the terms of a column run's payees — per payee and day of the period, the assignment
 * and plan version in force, numbered (`terms[t]`) and looked up once per payee for every day —
 * with what each term's plan version says about crediting: the event kinds it accepts, whether
 * splits apply, whether credits roll up.
 */
export class PayeeTerms {
  readonly terms: Term[] = [];
  readonly #known: number;
  readonly #infos: readonly PayeeInfo[];
  readonly #days: readonly string[];
  readonly #cache: Int32Array;
  readonly #payeeTerms: number[][];
  #termAccept = new Uint8Array(16);
  #termSplits = new Uint8Array(16);
  #termRollUp = new Uint8Array(16);

  /** For the first `known` payees (`infos`) over the period's `days`. */
  constructor(infos: readonly PayeeInfo[], days: readonly string[], known: number) {
    this.#infos = infos;
    this.#days = days;
    this.#known = known;
    // Terms by day, then payee: a day's credits read one small stretch.
    this.#cache = new Int32Array(known * days.length);
    this.#payeeTerms = infos.map(() => []);
  }

  /** The term of payee `p` on day `day`, or −1 (no payee or assignment), −2 (no plan version). */
  termAt(p: number, day: number): number {
    if (p >= this.#known) return -1;
    const cached = this.#cache[day * this.#known + p] as number;
    if (cached !== 0) return cached > 0 ? cached - 1 : cached;
    // A payee's objects are read once for every day of the period (they are far apart in memory).
    const days = this.#days;
    const payee = this.#infos[p] as PayeeInfo;
    let last: AssignmentInfo | null = null;
    let lastVersion: CompiledPlan | null = null;
    let lastTerm = -1;
    for (let d = 0; d < days.length; d += 1) {
      const date = days[d] as string;
      const assignment = payee.assignments.at(date);
      const version = assignment === null ? null : assignment.history.versions.at(date);
      let t = assignment === null ? -1 : -2;
      if (version !== null && assignment !== null) {
        if (assignment !== last || version !== lastVersion) {
          last = assignment;
          lastVersion = version;
          lastTerm = this.#termOf(p, payee, assignment, version);
        }
        t = lastTerm;
      }
      this.#cache[d * this.#known + p] = t >= 0 ? t + 1 : t;
    }
    return this.termAt(p, day);
  }

  #termOf(p: number, payee: PayeeInfo, assignment: AssignmentInfo, version: CompiledPlan): number {
    const mine = this.#payeeTerms[p] as number[];
    for (let k = 0; k < mine.length; k += 1) {
      const i = mine[k] as number;
      const term = this.terms[i] as Term;
      if (term.assignment === assignment && term.version === version) return i;
    }
    const t = this.terms.length;
    this.terms.push({ payeeIndex: p, payee, assignment, version });
    mine.push(t);
    this.#termAccept = ensure(this.#termAccept, t + 1);
    this.#termSplits = ensure(this.#termSplits, t + 1);
    this.#termRollUp = ensure(this.#termRollUp, t + 1);
    let accept = 0;
    for (let origin = 0; origin < BASES.length; origin += 1)
      if (acceptsBase(version, BASES[origin] as (typeof BASES)[number])) accept |= 1 << origin;
    this.#termAccept[t] = accept;
    this.#termSplits[t] = version.plan.crediting.splits ? 1 : 0;
    this.#termRollUp[t] = version.plan.crediting.rollUp === undefined ? 0 : 1;
    return t;
  }

  /** Whether term `t` credits events of origin bit `bit` (`1 << origin`). */
  accepts(t: number, bit: number): boolean {
    return ((this.#termAccept[t] as number) & bit) !== 0;
  }

  /** Whether splits apply under term `t`'s plan version. */
  splits(t: number): boolean {
    return this.#termSplits[t] === 1;
  }

  /** Whether credits under term `t`'s plan version roll up the reporting line. */
  rollsUp(t: number): boolean {
    return this.#termRollUp[t] === 1;
  }
}
