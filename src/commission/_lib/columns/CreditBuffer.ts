import { ensure } from '../exact/Column';

const MAX_CREDITS = 1 << 16;

/**
 * Internal: one event's credits as columns (see `CreditPlan`, which fills them): payee, kind (0
 * owner, 1 split, 2 roll-up), level, source payee, share, term, and for roll-ups the term of the
 * credit that rolled up (whose plan gives the override rate).
 */
export class CreditBuffer {
  count = 0;
  payee = new Int32Array(64);
  kind = new Uint8Array(64);
  level = new Int32Array(64);
  from = new Int32Array(64);
  share = new Int32Array(64);
  term = new Int32Array(64);
  over = new Int32Array(64);

  /** Appends a credit, growing the columns (at most 65,536 credits for one event). */
  protected pushCredit(
    p: number,
    kind: number,
    level: number,
    from: number,
    share: number,
    term: number,
    over: number,
  ): void {
    const j = this.count;
    if (j >= this.payee.length) {
      if (j >= MAX_CREDITS) throw new Error('internal: too many credits for one event');
      this.payee = ensure(this.payee, j + 1);
      this.kind = ensure(this.kind, j + 1);
      this.level = ensure(this.level, j + 1);
      this.from = ensure(this.from, j + 1);
      this.share = ensure(this.share, j + 1);
      this.term = ensure(this.term, j + 1);
      this.over = ensure(this.over, j + 1);
    }
    this.payee[j] = p;
    this.kind[j] = kind;
    this.level[j] = level;
    this.from[j] = from;
    this.share[j] = share;
    this.term[j] = term;
    this.over[j] = over;
    this.count = j + 1;
  }
}
