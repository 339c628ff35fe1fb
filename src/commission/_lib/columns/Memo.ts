/** Internal: the most outcomes a memo keeps (a dense memo's size). */
export const MEMO_CELLS = 1 << 20;

/** Internal: a memo of a condition (or rate table) by the codes of the facts it reads. */
export interface Memo {
  readonly facts: readonly number[];
  readonly names: readonly string[];
  readonly radix: readonly number[];
  /** Outcomes by key: 0 unknown, else the outcome + 2 (so −1 … fit); dense or sparse. */
  readonly dense: Int32Array | null;
  readonly sparse: Map<number, number> | null;
  /** Whether a fact of the credit (payee, kind, level) is read: else one key per event. */
  readonly perCredit: boolean;
  /** The last event keyed (when not per credit) and its key. */
  lastEvent: number;
  lastKey: number;
}

/** Internal: the memoised outcome of a key, −2 when unknown. */
export function recall(memo: Memo, key: number): number {
  const cell = memo.dense !== null ? (memo.dense[key] as number) : (memo.sparse?.get(key) ?? 0);
  return cell - 2;
}

/** Internal: remembers an outcome (≥ −1). */
export function remember(memo: Memo, key: number, outcome: number): void {
  if (memo.dense !== null) memo.dense[key] = outcome + 2;
  else if (memo.sparse !== null && memo.sparse.size < MEMO_CELLS) memo.sparse.set(key, outcome + 2);
}
