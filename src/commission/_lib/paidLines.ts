import { ensure, groupBy } from './columns';
import { type EventTable, WIDE } from './EventTable';
import { eventAt } from './eventAt';
import { Fixed, type Num } from './num';
import { numText } from './numText';

/**
 * Internal: what a period paid on one source line for one payee — the commission, override and
 * SPIFF lines of its credits, rounded at the line, added up — with the links of its payout record
 * (see `nextPayeeState`). What a close needs of lines it does not build.
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
  readonly paid: Num;
}

/**
 * Internal: per credit of the sweep that earned lines on an order, invoice or payment line, its
 * payee, event and what its lines paid (scaled integers, or a number kept aside), in sweep order;
 * read back per payee as {@link PaidLine}s. No object per credit.
 */
export class PaidTrack {
  #n = 0;
  #payee = new Int32Array(64);
  #event = new Int32Array(64);
  #u = new Float64Array(64);
  #s = new Int8Array(64);
  readonly #wide = new Map<number, Num>();
  #groups: ReturnType<typeof groupBy> | null = null;

  /** Notes that payee `p`'s credit on event `e` paid `u × 10^-s`. */
  push(p: number, e: number, u: number, s: number): void {
    const i = this.#n;
    if (i >= this.#payee.length) {
      this.#payee = ensure(this.#payee, i + 1);
      this.#event = ensure(this.#event, i + 1);
      this.#u = ensure(this.#u, i + 1);
      this.#s = ensure(this.#s, i + 1);
    }
    this.#payee[i] = p;
    this.#event[i] = e;
    this.#u[i] = u;
    this.#s[i] = s;
    this.#n = i + 1;
  }

  /** Notes that payee `p`'s credit on event `e` paid `paid`. */
  pushNum(p: number, e: number, paid: Num): void {
    if (paid instanceof Fixed) this.push(p, e, paid.u, paid.s);
    else {
      this.#wide.set(this.#n, paid);
      this.push(p, e, 0, WIDE);
    }
  }

  /** Payee `p`'s paid lines, one per credit, in sweep order. */
  linesOf(p: number, payees: number, t: EventTable): PaidLine[] {
    this.#groups ??= groupBy(this.#payee, this.#n, payees);
    const { offsets, order } = this.#groups;
    const out: PaidLine[] = [];
    for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k += 1) {
      const i = order[k] as number;
      const event = eventAt(t, this.#event[i] as number);
      const s = this.#s[i] as number;
      out.push({
        source: { kind: event.origin, id: event.docId, lineId: event.lineId },
        orderId: event.orderId,
        orderLineId: event.orderLineId,
        invoiceId: event.invoiceId,
        currency: event.currency,
        lineAmount: numText(event.amount),
        paid: s === WIDE ? (this.#wide.get(i) as Num) : new Fixed(this.#u[i] as number, s),
      });
    }
    return out;
  }
}
