import { isCrmRulesError } from '../../../../errors';
import type { StageMeter } from '../../../../errors/_lib/runControl';
import { minorUnits } from '../../../../money';
import { register } from '../../../../money/_lib/scaled/Register';
import { creditLines } from '../../crediting/creditLines';
import { CREDIT_NOTE } from '../../events/originCodes';
import type { EventTable } from '../../events/table/EventTable';
import { ensure } from '../../exact/Column';
import { splitUnits } from '../../exact/splitNum';
import type { DocumentIndex } from '../../input/documentIndex';
import type { Documents } from '../../input/readDocuments';
import type { PayeeRun } from '../../payee/PayeeRun';
import type { RunContext } from '../../prepare/RunContext';
import { COUNT, FULL, HEAD, SHARE, type SplitShares, TOTAL, WEIGHT, WIDEST } from '../SplitShares';
import { CreditLog } from './CreditLog';
import { CreditObjects } from './CreditObjects';
import { fastCredit } from './fastCredit';
import { COLUMNS, FAILED, IN_RUN, type KernelHost, NONE, STATE, VERSION } from './KernelHost';
import { PayeeBlocks } from './PayeeBlocks';

/**
 * Internal: one period's credit lines on columns. The events (sorted in crediting order: dates,
 * then documents) are credited in one sweep that prices each credit with the kernel
 * (`fastCredit`) straight into its payee's accumulators — scaled integers in typed arrays, one
 * block per payee — or, for what the kernel leaves, with `creditLines` on objects rebuilt from the
 * columns. A payee's lines can be built later from the columns alone: the first replay walks the
 * events again to note each credit's (payee, event, credit). Errors are held per payee and thrown
 * in payee order, as a payee-by-payee run meets them; crediting errors are thrown in input order.
 */
export class ColumnRun extends PayeeBlocks implements KernelHost {
  /** The split of the planned event: safe integers (`partsOk`) at scale `partsS`. */
  partsU = new Float64Array(8);
  partsS = 0;
  partsOk = false;
  readonly #minor: Int32Array;
  readonly #amount = register();
  #planned = -1;
  readonly #objects: CreditObjects;
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
    super(ctx, table, docs, index, known, shares, eager, paid);
    this.#minor = new Int32Array(table.currencies.size).fill(-1);
    this.#objects = new CreditObjects(table, this.plan);
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
    this.#objects.replanned();
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
      this.used(p, kv.version);
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
        creditLines(run, this.#objects.credit(e, j), this.#objects.sourcesOf(e));
      } finally {
        if (noted) run.onPaid = null;
      }
      if (state === COLUMNS) this.load(p);
    } catch (error) {
      this.errors.set(p, error);
      this.block[m + STATE] = FAILED;
    }
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
    const run = this.freshRun(p, 'lines');
    const offsets = this.#byPayee();
    const log = this.#log;
    for (let i = offsets[p] as number; i < (offsets[p + 1] as number); i += 1) {
      const e = log.eventOf[i] as number;
      this.#prepare(e);
      const credit = this.#objects.credit(e, log.creditOf[i] as number);
      run.versionsUsed.add(credit.version);
      creditLines(run, credit, this.#objects.sourcesOf(e));
    }
    return run;
  }
}
