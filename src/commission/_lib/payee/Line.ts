import type { TraceStep } from '../../../explain';
import type { FxQuote, MoneyJson } from '../../../money';
import { explainLine } from '../../explainLine';
import type {
  AppliedRate,
  LineCredit,
  LineKind,
  LineSource,
  StatementLine,
  StatementLineData,
  TierSlice,
} from '../../model/StatementLine';

/**
 * Internal: a statement line as the engine returns it — its data as own, frozen properties and
 * its `trace` derived on demand from that data by {@link explainLine} (so a million lines do not
 * hold a million traces). `JSON.stringify` writes the trace in.
 */
export class Line implements StatementLine {
  readonly id: string;
  readonly kind: LineKind;
  readonly component: string | null;
  readonly source: LineSource;
  readonly credit: LineCredit | null;
  readonly original: MoneyJson | null;
  readonly fx: FxQuote | null;
  readonly measure: 'amount' | 'margin' | null;
  readonly cost: string | null;
  readonly base: string | null;
  readonly baseCurrency: string | null;
  readonly rate: AppliedRate | null;
  readonly slices: TierSlice[] | null;
  readonly modifiers: string[];
  readonly payFx: FxQuote | null;
  readonly rounding: StatementLine['rounding'];
  readonly currency: string;
  readonly unrounded: string;
  readonly amount: string;
  readonly reason: string | null;
  readonly params: StatementLine['params'];

  constructor(data: StatementLineData) {
    this.id = data.id;
    this.kind = data.kind;
    this.component = data.component;
    this.source = data.source;
    this.credit = data.credit;
    this.original = data.original;
    this.fx = data.fx;
    this.measure = data.measure;
    this.cost = data.cost;
    this.base = data.base;
    this.baseCurrency = data.baseCurrency;
    this.rate = data.rate;
    this.slices = data.slices;
    this.modifiers = data.modifiers;
    this.payFx = data.payFx;
    this.rounding = data.rounding;
    this.currency = data.currency;
    this.unrounded = data.unrounded;
    this.amount = data.amount;
    this.reason = data.reason;
    this.params = data.params;
    Object.freeze(this);
  }

  /** The coded steps explaining this line, derived from its data. */
  get trace(): TraceStep[] {
    return explainLine(this);
  }

  /** The line as plain JSON, trace included. */
  toJSON(): StatementLine {
    return { ...this, trace: this.trace };
  }
}
