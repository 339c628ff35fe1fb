/**
 * The per-invoice columns of a receivable book, as typed arrays that double when full (no array
 * of objects, no copy at the end): each row's total in whole minor units (`NaN` when not whole),
 * its customer's and owner's slots, its issue and due day numbers. `view` gives the filled part.
 */
export class InvoiceColumns {
  rows = 0;
  units = new Float64Array(1024);
  customer = new Int32Array(1024);
  manager = new Int32Array(1024);
  issueDay = new Int32Array(1024);
  dueDay = new Int32Array(1024);

  /** Adds a row; its number. */
  push(units: number, customer: number, manager: number, issueDay: number, dueDay: number): number {
    const row = this.rows;
    if (row === this.units.length) this.grow(2 * row);
    this.units[row] = units;
    this.customer[row] = customer;
    this.manager[row] = manager;
    this.issueDay[row] = issueDay;
    this.dueDay[row] = dueDay;
    this.rows = row + 1;
    return row;
  }

  /** Makes room for `count` rows in all (the filled rows are kept). */
  reserve(count: number): void {
    if (count > this.units.length) this.grow(count);
  }

  private grow(size: number): void {
    this.units = grown(this.units, size);
    this.customer = grown(this.customer, size);
    this.manager = grown(this.manager, size);
    this.issueDay = grown(this.issueDay, size);
    this.dueDay = grown(this.dueDay, size);
  }
}

function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}
