import { add, Fixed, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import { type EventTable, WIDE } from '../events/table/EventTable';
import { eventAt } from '../events/table/eventAt';
import { ensure, groupBy } from '../exact/Column';
import { type Arithmetic, type Num, parseNum } from '../exact/num';

/**
 * Internal: what one line a period paid on one source line for one payee — a commission line of
 * a component, an override or a SPIFF line, rounded at the line — with the links of its payout
 * record (see `nextPayeeState`). What a close needs of lines it does not build.
 */
export interface PaidLine {
  readonly source: { readonly kind: string; readonly id: string; readonly lineId: string };
  readonly orderId: string | null;
  readonly orderLineId: string | null;
  readonly invoiceId: string | null;
  /** The document currency. */
  readonly currency: string;
  /** The whole document line's amount (not the payee's share), when known. */
  readonly lineAmount: string | null;
  /** The plan component of a commission line (its period modifiers are attributed to it), else null. */
  readonly component: string | null;
  readonly paid: Num;
  /** What it counts in its component's sums when that differs from `paid` (statement rounding). */
  readonly gross?: Num;
  /** For a line of a component with a plan-year multiplier: its gross and multiplier share. */
  readonly year?: YearShare;
}

/** Internal: what a source line counts in its component's plan-year multiplier figures. */
export interface YearShare {
  readonly gross: Num;
  readonly multiplier: Num;
}

/** Internal: no plan-year figures. */
export const NO_SHARE: YearShare = { gross: ZERO, multiplier: ZERO };

/** Internal: two plan-year shares added up. */
export function addShares(a: YearShare, b: YearShare): YearShare {
  return { gross: add(a.gross, b.gross), multiplier: add(a.multiplier, b.multiplier) };
}

/**
 * Internal: what a record's plan-year entry still counts once this period's clawbacks took
 * `took` of it (see `PayoutRecord.year`).
 */
export function yearLeft(
  entry: { readonly gross: string; readonly multiplier: string },
  took: YearShare | undefined,
  arithmetic: Arithmetic,
): YearShare {
  const gross = parseNum(entry.gross, arithmetic);
  const multiplier = parseNum(entry.multiplier, arithmetic);
  return took === undefined
    ? { gross, multiplier }
    : { gross: sub(gross, took.gross), multiplier: sub(multiplier, took.multiplier) };
}

/** Internal: what a period reversed and clawed back on one payout record (see `clawBack`). */
export interface PayoutUpdate {
  readonly reversed: Num;
  readonly clawedBack: Num;
  /** Per component: the plan-year figures taken out of the record's `year` entries. */
  readonly year?: ReadonlyMap<string, YearShare>;
}

/**
 * Internal: per line the sweep earned on an order, invoice or payment line, its payee, event,
 * component slot (−1 for none) and what it paid (scaled integers, or a number kept aside), in
 * sweep order; read back per payee as {@link PaidLine}s. No object per credit.
 */
export class PaidTrack {
  #n = 0;
  #payee = new Int32Array(64);
  #event = new Int32Array(64);
  #component = new Int32Array(64);
  #u = new Float64Array(64);
  #s = new Int8Array(64);
  readonly #wide = new Map<number, Num>();
  #groups: ReturnType<typeof groupBy> | null = null;

  /** Notes that payee `p`'s line of component slot `c` (−1: none) on event `e` paid `u × 10^-s`. */
  push(p: number, e: number, c: number, u: number, s: number): void {
    const i = this.#n;
    if (i >= this.#payee.length) {
      this.#payee = ensure(this.#payee, i + 1);
      this.#event = ensure(this.#event, i + 1);
      this.#component = ensure(this.#component, i + 1);
      this.#u = ensure(this.#u, i + 1);
      this.#s = ensure(this.#s, i + 1);
    }
    this.#payee[i] = p;
    this.#event[i] = e;
    this.#component[i] = c;
    this.#u[i] = u;
    this.#s[i] = s;
    this.#n = i + 1;
  }

  /** Notes that payee `p`'s line of component slot `c` (−1: none) on event `e` paid `paid`. */
  pushNum(p: number, e: number, c: number, paid: Num): void {
    if (paid instanceof Fixed) this.push(p, e, c, paid.u, paid.s);
    else {
      this.#wide.set(this.#n, paid);
      this.push(p, e, c, 0, WIDE);
    }
  }

  /** Payee `p`'s paid lines in sweep order; `components` names the component slots. */
  linesOf(p: number, payees: number, t: EventTable, components: readonly string[]): PaidLine[] {
    this.#groups ??= groupBy(this.#payee, this.#n, payees);
    const { offsets, order } = this.#groups;
    const out: PaidLine[] = [];
    for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k += 1) {
      const i = order[k] as number;
      const event = eventAt(t, this.#event[i] as number);
      const s = this.#s[i] as number;
      const c = this.#component[i] as number;
      out.push({
        source: { kind: event.origin, id: event.docId, lineId: event.lineId },
        orderId: event.orderId,
        orderLineId: event.orderLineId,
        invoiceId: event.invoiceId,
        currency: event.currency,
        lineAmount: scaledText(event.amount),
        component: c < 0 ? null : (components[c] as string),
        paid: s === WIDE ? (this.#wide.get(i) as Num) : new Fixed(this.#u[i] as number, s),
      });
    }
    return out;
  }
}
