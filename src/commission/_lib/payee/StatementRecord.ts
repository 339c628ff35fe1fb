import type { TraceStep } from '../../../explain';
import type { Statement } from '../../model/Statement';
import type { StatementLine } from '../../model/StatementLine';
import type { Line } from './Line';

/** Internal: a plan version a statement's credits used (named in its trace when there are two or more). */
export interface VersionUsed {
  readonly plan: string;
  readonly version: number;
  readonly from: string;
}

/** Internal: what a statement's trace needs beyond its own fields. */
export interface TraceFacts {
  /** The number of lines. */
  readonly lines: number;
  /** The plan versions used, when more than one. */
  readonly versions: readonly VersionUsed[] | null;
}

/** The statement fields its trace reads. */
type TracedStatement = Omit<Statement, 'lines' | 'trace'>;

/** The trace of a statement: plan, versions, attainment, totals, YTD (from its own fields). */
function statementTrace(s: TracedStatement, facts: TraceFacts): TraceStep[] {
  const trace: TraceStep[] = [planStep(s)];
  for (const v of facts.versions ?? [])
    trace.push({
      code: 'commission.statement.version',
      params: { plan: v.plan, version: v.version, from: v.from },
    });
  trace.push(attainmentStep(s), totalsStep(s, facts.lines), ytdStep(s));
  return trace;
}

// Literals, not spreads: a spread of these objects gives each result a map of its own.

/** The payee, plan, version, period and currencies of a statement. */
function planStep(s: TracedStatement): TraceStep {
  return {
    code: 'commission.statement.plan',
    params: {
      payee: s.payeeId,
      plan: s.planId,
      version: s.planVersion,
      period: s.period,
      currency: s.currency,
      planCurrency: s.planCurrency,
    },
  };
}

/** The credited amount against the quota (or no quota). */
function attainmentStep(s: TracedStatement): TraceStep {
  const attainment = s.attainment;
  const units = attainment.measure === 'quantity';
  return attainment.percent === null
    ? {
        code: units ? 'commission.statement.no-quota-units' : 'commission.statement.no-quota',
        params: { credited: attainment.credited, currency: s.planCurrency },
      }
    : {
        code: units ? 'commission.statement.attainment-units' : 'commission.statement.attainment',
        params: {
          credited: attainment.credited,
          quota: attainment.quota,
          percent: attainment.percent,
          currency: s.planCurrency,
        },
      };
}

/** The statement's totals and its number of lines. */
function totalsStep(s: TracedStatement, lines: number): TraceStep {
  const totals = s.totals;
  return {
    code: 'commission.statement.totals',
    params: {
      earned: totals.earned,
      adjustments: totals.adjustments,
      timing: totals.timing,
      holdback: totals.holdback,
      draw: totals.draw,
      payable: totals.payable,
      lines,
      currency: s.currency,
    },
  };
}

/** The plan year's figures before and with this statement. */
function ytdStep(s: TracedStatement): TraceStep {
  const ytd = s.ytd;
  return {
    code: 'commission.statement.ytd',
    params: {
      planYear: ytd.planYear,
      earnedBefore: ytd.earnedBefore,
      earned: ytd.earned,
      paidBefore: ytd.paidBefore,
      payable: ytd.payable,
      currency: s.currency,
    },
  };
}

/**
 * Internal: a statement as the engine returns it. Its figures are computed up front; its trace
 * is built from them on first read, and its lines too (the payee's computation re-run in full
 * detail, checked to give the same totals) unless they were built already — a run of many
 * payees keeps little per statement until it is read. `JSON.stringify` writes both in.
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
  readonly drawBalance: string;
  #trace: Statement['trace'] | null = null;
  #facts: TraceFacts | null;
  #lines: readonly Line[] | null;
  #materialise: (() => Line[]) | null;

  constructor(
    data: Omit<Statement, 'lines' | 'trace'>,
    facts: TraceFacts,
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
    this.drawBalance = data.drawBalance;
    this.#facts = facts;
    this.#lines = lines === null ? null : Object.freeze(lines);
    this.#materialise = materialise;
    Object.freeze(this);
  }

  /** How the statement was reached: plan, versions, attainment, totals, YTD. */
  get trace(): Statement['trace'] {
    if (this.#trace === null) {
      this.#trace = statementTrace(this, this.#facts as TraceFacts);
      this.#facts = null;
    }
    return this.#trace;
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
      drawBalance: this.drawBalance,
      trace: this.trace,
    };
  }
}
