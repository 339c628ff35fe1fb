import { ORIGINS } from '../originCodes';
import type { EventTable } from './EventTable';

/** Internal: the events in crediting order, and which ones tie with the one before. */
export interface EventOrder {
  readonly order: Int32Array;
  /** `ties[i]` is 1 when `order[i]` has the same date, kind, document and line as `order[i − 1]`. */
  readonly ties: Uint8Array;
}

function byText(texts: readonly string[]): (a: number, b: number) => number {
  return (a, b) => {
    const x = texts[a] as string;
    const y = texts[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  };
}

/**
 * Internal: sorts the events once, as `compareCredits` orders credits: by date, document kind
 * (order, invoice, payment, credit note, refund), document id, line id; ties keep input order. Rows are
 * counting-sorted by date and kind, then by document id (already sorted input costs one pass),
 * and each document's events by line id.
 */
export function rankEvents(t: EventTable): EventOrder {
  const rows = rankRows(t);
  const lineRank = lineRanks(t);
  const order = new Int32Array(t.n);
  const ties = new Uint8Array(t.n);
  const compareLines = (a: number, b: number) =>
    (lineRank[t.line[a] as number] as number) - (lineRank[t.line[b] as number] as number) || a - b;
  let n = 0;
  for (let i = 0; i < rows.length; ) {
    const end = documentEnd(t, rows, i);
    const first = n;
    for (let k = i; k < end; k += 1) {
      const row = rows[k] as number;
      const last = row + 1 < t.rows ? (t.rowFirst[row + 1] as number) : t.n;
      for (let e = t.rowFirst[row] as number; e < last; e += 1) {
        order[n] = e;
        n += 1;
      }
    }
    let sorted = true;
    for (let k = first + 1; k < n && sorted; k += 1)
      sorted = compareLines(order[k - 1] as number, order[k] as number) < 0;
    if (!sorted) order.set(Array.from(order.subarray(first, n)).sort(compareLines), first);
    for (let k = first + 1; k < n; k += 1)
      if (t.line[order[k] as number] === t.line[order[k - 1] as number]) ties[k] = 1;
    i = end;
  }
  return { order, ties };
}

/**
 * The rows by date and document kind (a counting sort), then by document id (already sorted input
 * costs one pass).
 */
function rankRows(t: EventTable): Int32Array {
  const kinds = ORIGINS.length;
  const keys = t.days.length * kinds;
  const counts = new Int32Array(keys + 1);
  for (let r = 0; r < t.rows; r += 1) {
    const k = (t.rowDay[r] as number) * kinds + (t.rowOrigin[r] as number) + 1;
    counts[k] = (counts[k] as number) + 1;
  }
  for (let k = 1; k <= keys; k += 1) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
  const start = counts.slice(0, keys);
  const rows = new Int32Array(t.rows);
  for (let r = 0; r < t.rows; r += 1) {
    const k = (t.rowDay[r] as number) * kinds + (t.rowOrigin[r] as number);
    rows[start[k] as number] = r;
    start[k] = (start[k] as number) + 1;
  }
  const compareDocs = byText(t.rowDoc);
  for (let k = 0; k < keys; k += 1) {
    const from = counts[k] as number;
    const to = counts[k + 1] as number;
    let sorted = true;
    for (let i = from + 1; i < to && sorted; i += 1)
      sorted = compareDocs(rows[i - 1] as number, rows[i] as number) < 0;
    if (!sorted) rows.set(Array.from(rows.subarray(from, to)).sort(compareDocs), from);
  }
  return rows;
}

/** Each line id's rank in text order. */
function lineRanks(t: EventTable): Int32Array {
  const lineRank = new Int32Array(t.lineIds.size);
  const names = t.lineIds.names;
  Array.from(names, (_, i) => i)
    .sort(byText(names))
    .forEach((line, rank) => {
      lineRank[line] = rank;
    });
  return lineRank;
}

/**
 * Where the rows of `rows[i]`'s document end: rows of one payment (its allocations) are merged, so
 * their events sort together; any other row stands alone.
 */
function documentEnd(t: EventTable, rows: Int32Array, i: number): number {
  const r = rows[i] as number;
  let end = i + 1;
  while (
    t.rowOrigin[r] === 2 &&
    end < rows.length &&
    t.rowDoc[rows[end] as number] === t.rowDoc[r] &&
    t.rowDay[rows[end] as number] === t.rowDay[r] &&
    t.rowOrigin[rows[end] as number] === t.rowOrigin[r]
  )
    end += 1;
  return end;
}
