import { isCrmRulesError } from '../../../errors';
import type { StageMeter } from '../../../errors/_lib/runControl';
import { minorUnits } from '../../../money';
import type { LineSource } from '../../model/StatementLine';
import type { Credit } from '../crediting/creditEvents';
import { creditLines } from '../crediting/creditLines';
import type { CreditEvent } from '../events/CreditEvent';
import type { EventTable } from '../events/EventTable';
import { eventAt } from '../events/eventAt';
import { CREDIT_NOTE } from '../events/originCodes';
import { ensure, Interner } from '../exact/Column';
import type { Num } from '../exact/num';
import { MODES, raw } from '../exact/Raw';
import { splitNum, splitUnits } from '../exact/splitNum';
import type { DocumentIndex } from '../input/documentIndex';
import type { Documents } from '../input/readDocuments';
import { PaidTrack } from '../payee/PaidTrack';
import type { PayeeRun } from '../payee/PayeeRun';
import type { CompiledPlan } from '../plan/compilePlan';
import type { FxWhen } from '../prepare/fxCache';
import type { RunContext } from '../prepare/RunContext';
import { periodTerms, runShape, startRun } from '../statement/payeeStatement';
import { blockToRun, openBlock, runToBlock } from './blockFigures';
import { CreditLog } from './CreditLog';
import { CreditPlan, type Term } from './creditPlan';
import { FactKeys } from './factKeys';
import { fastCredit } from './fastCredit';
import {
  COLUMNS,
  FAILED,
  type FxMemo,
  IN_RUN,
  type KernelHost,
  META,
  NONE,
  RUN,
  STATE,
  VERSION,
} from './KernelHost';
import { type KVersion, kernelVersion } from './kernelVersion';
import { COUNT, FULL, HEAD, SHARE, type SplitShares, TOTAL, WEIGHT, WIDEST } from './SplitShares';

const KINDS = ['owner', 'split', 'roll-up', 'full'] as const satisfies ReadonlyArray<
  Credit['kind']
>;
/**
 * Internal: one period's credit lines on columns. The events (sorted in crediting order: dates,
 * then documents) are credited in one sweep that prices each credit with the kernel
 * (`fastCredit`) straight into its payee's accumulators — scaled integers in typed arrays, one
 * block per payee — or, for what the kernel leaves, with `creditLines` on objects rebuilt from the
 * columns. A payee's lines can be built later from the columns alone: the first replay walks the
 * events again to note each credit's (payee, event, credit). Errors are held per payee and thrown
 * in payee order, as a payee-by-payee run meets them; crediting errors are thrown in input order.
 */
export class ColumnRun implements KernelHost {
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
  /** The split of the planned event: safe integers (`partsOk`) at scale `partsS`. */
  partsU = new Float64Array(8);
  partsS = 0;
  partsOk = false;
  readonly fxMemo: FxMemo = { row: -1, kv: null, docU: 0, docS: 0, pay: -1, payU: 0, payS: 0 };
  readonly #kversions = new Map<CompiledPlan, KVersion>();
  readonly #termKv: KVersion[] = [];
  readonly #minor: Int32Array;
  // The plan versions noted, in the order used, for payees without a run yet.
  readonly #versions: Array<CompiledPlan[] | undefined> = [];
  readonly #amount = raw();
  #planned = -1;
  #partsNum: Num[] | null = null;
  #event: CreditEvent | null = null;
  #eventIndex = -1;
  #sources = new Map<CreditEvent, LineSource>();
  // The credits in sweep order (payee, event, credit), noted on the first replay, then by payee.
  readonly #log = new CreditLog();
  #order: Int32Array = new Int32Array(0);
  #ties: Uint8Array = new Uint8Array(0);

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
    const block = new Float64Array(known * this.stride);
    this.block = block;
    const payCurrencies = new Interner();
    this.plan.infos.forEach((info, p) => {
      const terms = periodTerms(info, ctx);
      this.terms.push(terms);
      const m = p * this.stride;
      if (terms === null) {
        this.runs.push(null);
        this.currencyOf.push('');
        block[m + STATE] = NONE;
        return;
      }
      // A payee priced on the columns gets its run when something needs it (mostly its
      // statement): made then, it is short-lived garbage instead of an old object.
      const shape = runShape(terms, eager ? 'lines' : 'totals');
      this.currencyOf.push(shape.currency);
      this.runs.push(shape.mode === 'lines' ? this.#start(p, shape.mode) : null);
      openBlock(this, p, {
        state: shape.mode === 'lines' ? RUN : COLUMNS,
        scale: shape.scale,
        round: MODES.indexOf(shape.rounding.mode),
        planCurrency: planCurrencies.id(terms.version.plan.currency),
        payCurrency: payCurrencies.id(shape.currency),
        basis: shape.tracksBasis,
      });
    });
    this.#minor = new Int32Array(table.currencies.size).fill(-1);
  }

  /** A fresh run for payee `p` (one with a statement) in `mode`. */
  #start(p: number, mode: PayeeRun['mode']): PayeeRun {
    const info = this.plan.infos[p] as NonNullable<(typeof this.plan.infos)[number]>;
    const terms = this.terms[p] as NonNullable<(typeof this.terms)[number]>;
    return startRun(this.ctx, this.docs, this.index, info, terms, mode);
  }

  /** Payee `p`'s run, made on first use (with the plan versions its credits used so far). */
  runOf(p: number): PayeeRun {
    let run = this.runs[p];
    if (run === null || run === undefined) {
      run = this.#start(p, 'totals');
      for (const version of this.#versions[p] ?? []) run.versionsUsed.add(version);
      this.#versions[p] = undefined;
      this.runs[p] = run;
    }
    return run;
  }

  /** Notes that a credit of payee `p` used plan version `version` (in its run, or until it has one). */
  #used(p: number, version: CompiledPlan): void {
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

  /**
   * Prices every credit of the events in crediting `order` (`ties[i]`
   * is 1 when the i-th event sorts equal to the one before) into its payee's figures.
   */
  sweep(order: Int32Array, ties: Uint8Array, meter?: StageMeter): void {
    this.#order = order;
    this.#ties = ties;
    try {
      this.#walk(false, meter);
    } catch (error) {
      // A crediting error: the first in input order is the one to report (an abort is not one).
      if (!isCrmRulesError(error, 'ABORTED')) this.plan.check();
      throw error;
    }
    this.#planned = -1;
    meter?.end(this.table.n);
  }

  /**
   * Visits every credit in sweep order: prices it, or (`record`, for replays) notes its payee,
   * event and credit — not noted while sweeping, as most runs never read their lines. A `meter`
   * (the sweep's `credit` stage) is told the events done every so often.
   */
  #walk(record: boolean, meter?: StageMeter): void {
    const plan = this.plan;
    const order = this.#order;
    const ties = this.#ties;
    const n = this.table.n;
    let next = meter === undefined ? Number.POSITIVE_INFINITY : meter.next;
    for (let i = 0; i < n; ) {
      if (i >= next) {
        (meter as StageMeter).at(i);
        next = (meter as StageMeter).next;
      }
      let end = i + 1;
      while (end < n && ties[end] === 1) end += 1;
      const e = order[i] as number;
      const m = this.#prepare(e, record);
      let rollUp = end > i + 1;
      for (let j = 0; j < m && !rollUp; j += 1) rollUp = plan.kind[j] === 2;
      if (rollUp) this.#group(order, i, end, record);
      else if (record) for (let j = 0; j < m; j += 1) this.#note(e, j);
      else for (let j = 0; j < m; j += 1) this.#credit(e, j);
      i = end;
    }
  }

  /** Credits of tied events, or with roll-ups: each payee's in order of kind, level, source payee. */
  #group(order: Int32Array, from: number, to: number, record: boolean): void {
    const plan = this.plan;
    const credits: Array<{ e: number; j: number; kind: number; level: number; from: number }> = [];
    for (let i = from; i < to; i += 1) {
      const e = order[i] as number;
      const m = this.#prepare(e, record);
      for (let j = 0; j < m; j += 1)
        credits.push({
          e,
          j,
          kind: plan.kind[j] as number,
          level: plan.level[j] as number,
          from: plan.from[j] as number,
        });
    }
    credits.sort((a, b) => a.kind - b.kind || a.level - b.level || a.from - b.from);
    for (const c of credits) {
      this.#prepare(c.e, record);
      if (record) this.#note(c.e, c.j);
      else this.#credit(c.e, c.j);
    }
  }

  /** Plans event `e` (unless it is planned already) and splits its amount; returns its credits. */
  #prepare(e: number, planOnly = false): number {
    if (this.#planned === e) return this.plan.count;
    const t = this.table;
    const m = this.plan.plan(e);
    this.#partsNum = null;
    if (planOnly) {
      this.#planned = -1;
      return m;
    }
    this.#planned = e;
    const first = this.plan.first;
    const amount = this.#amount;
    amount.u = t.amtU[e] as number;
    amount.s = t.amtS[e] as number;
    if (first < 0) {
      this.partsU[0] = amount.u;
      this.partsS = amount.s;
      this.partsOk = amount.s >= 0;
    } else {
      const d = this.plan.shares.data;
      const set = this.plan.set;
      const n = d[set + COUNT] as number;
      if (this.partsU.length < n) this.partsU = ensure(this.partsU, n);
      const total = d[set + TOTAL] as number;
      const widest = d[set + WIDEST] as number;
      const minor = this.#minorOf(e);
      const weights = set + HEAD + WEIGHT;
      if (d[set + FULL] === 1) this.partsU.fill(amount.u, 0, n);
      const scale =
        amount.s < 0
          ? -1
          : d[set + FULL] === 1
            ? amount.s
            : splitUnits(amount, minor, d, weights, SHARE, n, total, widest, this.partsU);
      this.partsS = scale;
      this.partsOk = scale >= 0;
    }
    return m;
  }

  #minorOf(e: number): number {
    const cur = this.table.rowCurrency[this.table.row[e] as number] as number;
    let minor = this.#minor[cur] as number;
    if (minor < 0) {
      minor = minorUnits(this.table.currencies.names[cur] as string);
      this.#minor[cur] = minor;
    }
    return minor;
  }

  /** Notes credit `j` of event `e` for replays (unless its payee has no statement). */
  #note(e: number, j: number): void {
    const p = this.plan.payee[j] as number;
    if (this.block[p * this.stride + STATE] === NONE) return;
    this.#log.note(p, e, j);
  }

  #credit(e: number, j: number): void {
    const plan = this.plan;
    const p = plan.payee[j] as number;
    const m = p * this.stride;
    const state = this.block[m + STATE] as number;
    if (state === NONE || state === FAILED) return;
    const term = plan.term[j] as number;
    const kv = this.termKv(term);
    if (this.block[m + VERSION] !== kv.id) {
      this.#used(p, kv.version);
      this.block[m + VERSION] = kv.id;
    }
    try {
      if (state === COLUMNS && fastCredit(this, kv, j, e, p)) return;
      const run = this.runOf(p);
      if (state === COLUMNS) {
        this.flush(p);
        this.block[m + STATE] = IN_RUN;
      }
      // What its lines pay, for the payout records of a close (totals runs keep no lines).
      const paid = this.paid;
      const noted =
        paid !== null &&
        run.mode === 'totals' &&
        (this.table.rowOrigin[this.table.row[e] as number] as number) < CREDIT_NOTE;
      if (noted)
        run.onPaid = (component, value) =>
          paid.pushNum(p, e, component === null ? -1 : this.componentIds.id(component), value);
      try {
        creditLines(run, this.creditAt(e, j), this.#sourcesOf(e));
      } finally {
        if (noted) run.onPaid = null;
      }
      if (state === COLUMNS) this.#load(p);
    } catch (error) {
      this.errors.set(p, error);
      this.block[m + STATE] = FAILED;
    }
  }

  #sourcesOf(e: number): Map<CreditEvent, LineSource> {
    this.creditEvent(e);
    return this.#sources;
  }

  /** The event object of event `e` (one per event while it is planned). */
  creditEvent(e: number): CreditEvent {
    if (this.#event === null || this.#eventIndex !== e) {
      this.#event = eventAt(this.table, e);
      this.#eventIndex = e;
      this.#sources = new Map();
    }
    return this.#event;
  }

  /** Credit `j` of the planned event `e` as the object `creditLines` takes. */
  creditAt(e: number, j: number): Credit {
    const plan = this.plan;
    const event = this.creditEvent(e);
    const weights = plan.first < 0 ? null : plan.shares.weights(plan.first);
    this.#partsNum ??=
      weights === null ? [event.amount] : splitNum(event.amount, event.currency, weights);
    const term = plan.terms[plan.term[j] as number] as Term;
    const kind = plan.kind[j] as number;
    const from = plan.from[j] as number;
    const names = this.table.payees.names;
    return {
      event,
      payeeId: names[plan.payee[j] as number] as string,
      kind: KINDS[kind] as Credit['kind'],
      level: plan.level[j] as number,
      from: from < 0 ? null : (names[from] as string),
      share: plan.shareText(j),
      fraction: plan.fraction(j),
      original: this.#partsNum[plan.share[j] as number] as Num,
      assignment: term.assignment,
      version: term.version,
      override: kind === 2 ? plan.override(j) : null,
    };
  }

  /** Writes a payee's column figures to its run (the run then holds them). */
  flush(p: number): void {
    blockToRun(this, p, this.runOf(p), this.componentIds.names);
  }

  /** Reads a payee's figures back from its run, unless one left the safe integers (for good). */
  #load(p: number): void {
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

  /** The payee's credits (event, credit) in sweep order, by payee: built on first use. */
  #byPayee(): Int32Array {
    if (this.#log.offsets === null) {
      this.#walk(true);
      this.#planned = -1;
      return this.#log.group(this.plan.known);
    }
    return this.#log.offsets;
  }

  /** Replays a payee's credits from the columns into a run that keeps every line. */
  replay(p: number): PayeeRun {
    const run = this.#start(p, 'lines');
    const offsets = this.#byPayee();
    const log = this.#log;
    for (let i = offsets[p] as number; i < (offsets[p + 1] as number); i += 1) {
      const e = log.eventOf[i] as number;
      this.#prepare(e);
      const credit = this.creditAt(e, log.creditOf[i] as number);
      run.versionsUsed.add(credit.version);
      creditLines(run, credit, this.#sourcesOf(e));
    }
    return run;
  }
}
