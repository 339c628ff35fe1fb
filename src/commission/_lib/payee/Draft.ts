import type { TraceParam } from '../../../explain';
import type { FxQuote, MoneyJson } from '../../../money';
import type { AppliedRate, LineCredit, LineKind, LineSource } from '../../model/StatementLine';
import type { Num } from '../exact/num';
import type { SliceNum } from '../pricing/tierDelta';

/** Internal: a statement line while its statement is being computed (exact values). */
export interface Draft {
  readonly id: string;
  readonly kind: LineKind;
  readonly component: string | null;
  readonly source: LineSource;
  readonly credit: LineCredit | null;
  readonly original: MoneyJson | null;
  readonly fx: FxQuote | null;
  readonly measure: 'amount' | 'margin' | null;
  readonly cost: Num | null;
  readonly base: Num | null;
  readonly baseCurrency: string | null;
  readonly rate: AppliedRate | null;
  readonly slices: readonly SliceNum[] | null;
  readonly modifiers: string[];
  readonly payFx: FxQuote | null;
  /** Payee currency, full precision. */
  readonly unrounded: Num;
  /** Payee currency, rounded; `null` until a component or statement rounding hands it out. */
  amount: Num | null;
  readonly reason: string | null;
  readonly params: Record<string, TraceParam> | null;
  /** Lines rounded together under `component` rounding. */
  readonly group: string;
  /** The invoice or order whose collection makes this line payable (`invoice:ID`, `order:ID`). */
  readonly basis?: string;
  /**
   * Of a period modifier line, the part that belongs to this period's commission lines (spread
   * over their payout records): a plan-year multiplier's true-up of earlier periods does not.
   * Absent: the whole amount.
   */
  readonly attributed?: Num;
  /** The documents a credit line links to, for payout records and exact clawbacks. */
  readonly links?: {
    readonly orderId: string | null;
    readonly orderLineId: string | null;
    readonly invoiceId: string | null;
    /** The whole document line's amount (document currency), before any split. */
    readonly lineAmount: string | null;
  };
}

/** Internal: the fields of a line that comes from no rated credit (timing, period, adjustment). */
export interface PlainDraftFields {
  readonly id: string;
  readonly kind: LineKind;
  readonly component: string | null;
  readonly source: LineSource;
  readonly unrounded: Num;
  readonly amount: Num | null;
  readonly reason: string | null;
  readonly params: Record<string, TraceParam> | null;
}

/**
 * Internal: a draft without credit, conversion, base or rate — a clawback, deferral, draw, period
 * modifier or adjustment line — grouped by its kind for rounding.
 */
export function plainDraft(fields: PlainDraftFields): Draft {
  // Field by field, not a spread: one object shape for every plain line.
  return {
    id: fields.id,
    kind: fields.kind,
    component: fields.component,
    source: fields.source,
    unrounded: fields.unrounded,
    amount: fields.amount,
    reason: fields.reason,
    params: fields.params,
    credit: null,
    original: null,
    fx: null,
    measure: null,
    cost: null,
    base: null,
    baseCurrency: null,
    rate: null,
    slices: null,
    modifiers: [],
    payFx: null,
    group: fields.kind,
  };
}
