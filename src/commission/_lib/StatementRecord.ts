import type { Statement } from '../Statement';
import type { StatementLine } from '../StatementLine';
import type { Line } from './Line';

/**
 * Internal: a statement as the engine returns it. Everything but `lines` is computed up front;
 * the lines are built on first read (the payee's computation re-run in full detail, checked to
 * give the same totals) unless they were built already. `JSON.stringify` writes them in.
 */
export class StatementRecord implements Statement {
  readonly payeeId: string;
  readonly period: string;
  readonly start: string;
  readonly end: string;
  readonly planId: string;
  readonly planVersion: number;
  readonly planCurrency: string;
  readonly currency: string;
  readonly rounding: Statement['rounding'];
  readonly attainment: Statement['attainment'];
  readonly totals: Statement['totals'];
  readonly ytd: Statement['ytd'];
  readonly trace: Statement['trace'];
  #lines: readonly Line[] | null;
  #materialise: (() => Line[]) | null;

  constructor(
    data: Omit<Statement, 'lines'>,
    lines: Line[] | null,
    materialise: (() => Line[]) | null,
  ) {
    this.payeeId = data.payeeId;
    this.period = data.period;
    this.start = data.start;
    this.end = data.end;
    this.planId = data.planId;
    this.planVersion = data.planVersion;
    this.planCurrency = data.planCurrency;
    this.currency = data.currency;
    this.rounding = data.rounding;
    this.attainment = data.attainment;
    this.totals = data.totals;
    this.ytd = data.ytd;
    this.trace = data.trace;
    this.#lines = lines === null ? null : Object.freeze(lines);
    this.#materialise = materialise;
    Object.freeze(this);
  }

  /** The statement's lines, in order; `totals.payable` is their exact sum. */
  get lines(): StatementLine[] {
    if (this.#lines === null) {
      this.#lines = Object.freeze((this.#materialise as () => Line[])());
      this.#materialise = null;
    }
    return this.#lines as unknown as StatementLine[];
  }

  /** The statement as plain JSON, lines and traces included. */
  toJSON(): Statement {
    return {
      payeeId: this.payeeId,
      period: this.period,
      start: this.start,
      end: this.end,
      planId: this.planId,
      planVersion: this.planVersion,
      planCurrency: this.planCurrency,
      currency: this.currency,
      rounding: this.rounding,
      attainment: this.attainment,
      lines: this.lines.map((line) => (line as Line).toJSON()),
      totals: this.totals,
      ytd: this.ytd,
      trace: this.trace,
    };
  }
}
