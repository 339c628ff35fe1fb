/**
 * Internal: the orders of an event table laid out by day before they are read — `rows[d]` orders
 * with `events[d]` lines in all come on day `d`, so each order row goes to the next slot of its
 * day (in input order within the day) and the table is in crediting order already, or nearly.
 * Per day it keeps the next row and event slot and where its slots end.
 */
export class DayLayout {
  /** The rows and events laid out (the first ones of the table). */
  readonly rows: number;
  readonly events: number;
  readonly #row: Int32Array;
  readonly #event: Int32Array;
  readonly #rowEnd: Int32Array;
  readonly #eventEnd: Int32Array;

  constructor(rows: Int32Array, events: Int32Array) {
    const days = rows.length;
    this.#row = new Int32Array(days);
    this.#event = new Int32Array(days);
    this.#rowEnd = new Int32Array(days);
    this.#eventEnd = new Int32Array(days);
    let r = 0;
    let e = 0;
    for (let d = 0; d < days; d += 1) {
      this.#row[d] = r;
      this.#event[d] = e;
      r += rows[d] as number;
      e += events[d] as number;
      this.#rowEnd[d] = r;
      this.#eventEnd[d] = e;
    }
    this.rows = r;
    this.events = e;
  }

  /** The next row slot of day `day` (`date`), taken; throws past the day's last slot. */
  takeRow(day: number, date: string): number {
    const r = this.#row[day] as number;
    if (r >= (this.#rowEnd[day] as number))
      throw new Error(`internal: more orders on ${date} than laid out`);
    this.#row[day] = r + 1;
    return r;
  }

  /** The next event slot of day `day`. */
  nextEvent(day: number): number {
    return this.#event[day] as number;
  }

  /** Takes event slot `e` of day `day` (`date`); throws past the day's last slot. */
  takeEvent(day: number, e: number, date: string): void {
    if (e >= (this.#eventEnd[day] as number))
      throw new Error(`internal: more order lines on ${date} than laid out`);
    this.#event[day] = e + 1;
  }

  /** Checks that every slot laid out was filled (`days[d]` names day `d`). */
  check(days: readonly string[]): void {
    for (let d = 0; d < this.#row.length; d += 1)
      if (this.#row[d] !== this.#rowEnd[d] || this.#event[d] !== this.#eventEnd[d])
        throw new Error(`internal: fewer orders or lines on ${days[d]} than laid out`);
  }
}
