import { ensure, groupBy } from '../../exact/Column';

/**
 * Internal: the credits of a column run as (payee, event, credit), noted in sweep order on the
 * first replay (most runs never read their lines), then grouped by payee, each payee's in sweep
 * order: `eventOf` and `creditOf` from `offsets[p]` to `offsets[p + 1]`.
 */
export class CreditLog {
  #count = 0;
  #payee = new Int32Array(0);
  eventOf = new Int32Array(0);
  creditOf = new Uint16Array(0);
  /** Where each payee's credits start once grouped (`null` until then). */
  offsets: Int32Array | null = null;

  /** Notes credit `j` of event `e`, of payee `p`. */
  note(p: number, e: number, j: number): void {
    const c = this.#count;
    if (c >= this.#payee.length) {
      this.#payee = ensure(this.#payee, c + 1);
      this.eventOf = ensure(this.eventOf, c + 1);
      this.creditOf = ensure(this.creditOf, c + 1);
    }
    this.#payee[c] = p;
    this.eventOf[c] = e;
    this.creditOf[c] = j;
    this.#count = c + 1;
  }

  /** Groups the credits noted by payee (of `known` payees); returns the offsets. */
  group(known: number): Int32Array {
    const { offsets, order } = groupBy(this.#payee, this.#count, known);
    const events = new Int32Array(this.#count);
    const credits = new Uint16Array(this.#count);
    for (let at = 0; at < this.#count; at += 1) {
      const c = order[at] as number;
      events[at] = this.eventOf[c] as number;
      credits[at] = this.creditOf[c] as number;
    }
    this.#payee = new Int32Array(0);
    this.eventOf = events;
    this.creditOf = credits;
    this.offsets = offsets;
    return offsets;
  }
}
