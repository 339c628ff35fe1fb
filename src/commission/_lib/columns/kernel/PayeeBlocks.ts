import type { EventTable } from '../../events/table/EventTable';
import { Interner } from '../../exact/Column';
import { MODES } from '../../exact/roundedQuotient';
import type { DocumentIndex } from '../../input/documentIndex';
import type { Documents } from '../../input/readDocuments';
import { PaidTrack } from '../../payee/PaidTrack';
import type { PayeeRun } from '../../payee/PayeeRun';
import type { CompiledPlan } from '../../plan/compilePlan';
import type { FxWhen } from '../../prepare/fxCache';
import type { RunContext } from '../../prepare/RunContext';
import { periodTerms, runShape, startRun } from '../../statement/payeeStatement';
import { CreditPlan } from '../creditPlan';
import { FactKeys } from '../factKeys';
import type { Term } from '../PayeeTerms';
import type { SplitShares } from '../SplitShares';
import { blockToRun, openBlock, runToBlock } from './blockFigures';
import { COLUMNS, type FxMemo, META, NONE, RUN, STATE } from './KernelHost';
import { type KVersion, kernelVersion } from './kernelVersion';

/**
 * Internal: the payees of a column run and their figures — per payee (by payee number) the terms
 * of its statement, its run (made when something needs it) and its block of accumulators (scaled
 * integers in one typed array, see `KernelHost`) — and the kernel's view of each plan version.
 * {@link ColumnRun} sweeps the events into them.
 */
export class PayeeBlocks {
  readonly ctx: RunContext;
  readonly table: EventTable;
  readonly plan: CreditPlan;
  readonly facts: FactKeys;
  readonly docs: Documents;
  readonly index: DocumentIndex;
  readonly eager: boolean;
  readonly paid: PaidTrack | null;
  readonly componentIds = new Interner();
  /** Component slots, the accumulator width (credited, total, running[K], sums[K]), block stride. */
  readonly components: number;
  readonly width: number;
  readonly stride: number;
  /** Per payee (by payee number): the terms of its statement, its run, its block. */
  readonly terms: Array<ReturnType<typeof periodTerms>> = [];
  readonly runs: Array<PayeeRun | null> = [];
  readonly currencyOf: string[] = [];
  readonly block: Float64Array;
  readonly errors = new Map<number, unknown>();
  readonly fxMemo: FxMemo = { row: -1, kv: null, docU: 0, docS: 0, pay: -1, payU: 0, payS: 0 };
  readonly #kversions = new Map<CompiledPlan, KVersion>();
  readonly #termKv: KVersion[] = [];
  // The plan versions noted, in the order used, for payees without a run yet.
  readonly #versions: Array<CompiledPlan[] | undefined> = [];

  constructor(
    ctx: RunContext,
    table: EventTable,
    docs: Documents,
    index: DocumentIndex,
    known: number,
    shares: SplitShares,
    eager: boolean,
    paid = false,
  ) {
    this.ctx = ctx;
    this.table = table;
    this.docs = docs;
    this.index = index;
    this.eager = eager;
    this.paid = paid && !eager ? new PaidTrack() : null;
    this.plan = new CreditPlan(ctx, table, table.payees, known, shares);
    let levels = 0;
    const all = [...ctx.plans.values()].flatMap((history) => history.versions.items);
    for (const v of all) levels = Math.max(levels, v.plan.crediting.rollUp?.levels ?? 0);
    this.facts = new FactKeys(table, this.plan, docs.customers, levels, docs.products);
    const planCurrencies = new Interner();
    all.forEach((v, i) => {
      this.#kversions.set(v, kernelVersion(v, i, this.componentIds, this.facts, planCurrencies));
    });
    this.components = this.componentIds.size;
    this.width = 2 + 2 * this.components;
    this.stride = META + 2 * this.width + this.components;
    this.block = new Float64Array(known * this.stride);
    const payCurrencies = new Interner();
    this.plan.infos.forEach((_, p) => {
      this.#openPayee(p, planCurrencies, payCurrencies);
    });
  }

  /** Payee `p`'s terms, run and block (none for a payee without a statement this period). */
  #openPayee(p: number, planCurrencies: Interner, payCurrencies: Interner): void {
    const terms = periodTerms(this.plan.infos[p] as (typeof this.plan.infos)[number], this.ctx);
    this.terms.push(terms);
    if (terms === null) {
      this.runs.push(null);
      this.currencyOf.push('');
      this.block[p * this.stride + STATE] = NONE;
      return;
    }
    // A payee priced on the columns gets its run when something needs it (mostly its
    // statement): made then, it is short-lived garbage instead of an old object.
    const shape = runShape(terms, this.eager ? 'lines' : 'totals');
    this.currencyOf.push(shape.currency);
    this.runs.push(shape.mode === 'lines' ? this.freshRun(p, shape.mode) : null);
    openBlock(this, p, {
      state: shape.mode === 'lines' ? RUN : COLUMNS,
      scale: shape.scale,
      round: MODES.indexOf(shape.rounding.mode),
      planCurrency: planCurrencies.id(terms.version.plan.currency),
      payCurrency: payCurrencies.id(shape.currency),
      basis: shape.tracksBasis,
    });
  }

  /** A fresh run for payee `p` (one with a statement) in `mode`. */
  protected freshRun(p: number, mode: PayeeRun['mode']): PayeeRun {
    const info = this.plan.infos[p] as NonNullable<(typeof this.plan.infos)[number]>;
    const terms = this.terms[p] as NonNullable<(typeof this.terms)[number]>;
    return startRun(this.ctx, this.docs, this.index, info, terms, mode);
  }

  /** Payee `p`'s run, made on first use (with the plan versions its credits used so far). */
  runOf(p: number): PayeeRun {
    let run = this.runs[p];
    if (run === null || run === undefined) {
      run = this.freshRun(p, 'totals');
      for (const version of this.#versions[p] ?? []) run.versionsUsed.add(version);
      this.#versions[p] = undefined;
      this.runs[p] = run;
    }
    return run;
  }

  /** Notes that a credit of payee `p` used plan version `version` (in its run, or until it has one). */
  protected used(p: number, version: CompiledPlan): void {
    const run = this.runs[p];
    if (run !== null && run !== undefined) run.versionsUsed.add(version);
    else {
      const versions = this.#versions[p];
      if (versions === undefined) this.#versions[p] = [version];
      else versions.push(version);
    }
  }

  /** The kernel's view of the plan version of term `t`. */
  termKv(t: number): KVersion {
    let kv = this.#termKv[t];
    if (kv === undefined) {
      kv = this.#kversions.get((this.plan.terms[t] as Term).version) as KVersion;
      this.#termKv[t] = kv;
    }
    return kv;
  }

  /** The FX date of a row under an FX policy code (see `KVersion.when`). */
  when(w: number, r: number): FxWhen {
    const t = this.table;
    if (w === 0) return { date: t.docDates.names[t.rowDocDate[r] as number] as string };
    if (w === 1) return { date: t.days[t.rowDay[r] as number] as string };
    if (w === 2) return { date: this.ctx.lastDay };
    return { start: this.ctx.period.start, end: this.ctx.period.end };
  }

  /** The payment basis of an event (`invoice:ID`, `order:ID`), as `basisOf`. */
  basisKey(e: number): string | undefined {
    const t = this.table;
    const r = t.row[e] as number;
    if (t.rowOrigin[r] === 2) return undefined;
    const links = t.linksOf(r);
    if (links === null) return `order:${t.rowDoc[r]}`;
    if (links.invoiceId !== null) return `invoice:${links.invoiceId}`;
    return links.orderId === null ? undefined : `order:${links.orderId}`;
  }

  /** Writes a payee's column figures to its run (the run then holds them). */
  flush(p: number): void {
    blockToRun(this, p, this.runOf(p), this.componentIds.names);
  }

  /** Reads a payee's figures back from its run, unless one left the safe integers (for good). */
  protected load(p: number): void {
    runToBlock(this, p, this.runOf(p), this.componentIds.names);
  }

  /** The payee's run with its credit figures, released from the column run. */
  take(p: number): PayeeRun {
    if (this.block[p * this.stride + STATE] === COLUMNS) this.flush(p);
    const run = this.runOf(p);
    this.runs[p] = null;
    if (this.paid !== null && run.mode === 'totals')
      run.paidLines = this.paid.linesOf(p, this.plan.known, this.table, this.componentIds.names);
    return run;
  }
}
