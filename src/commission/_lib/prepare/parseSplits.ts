import { CrmRulesError, parseWith } from '../../../errors';
import { CreditSplit } from '../../model/CreditSplit';
import { IN_ORDER, type SplitInfo, SWAPPED } from './SplitStore';
import { invoiceKey, SplitIndex, type SplitLines } from './splitIndex';
import { trustSplit } from './trustSplit';
import { checkHundred, weightsReader } from './weightsReader';

function sortedByPayee(split: CreditSplit): readonly number[] {
  const shares = split.splits;
  const id = (i: number) => shares[i]?.payeeId as string;
  if (shares.length === 2) return id(1) < id(0) ? SWAPPED : IN_ORDER;
  return shares
    .map((_, i) => i)
    .sort((a, b) => {
      const x = id(a);
      const y = id(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

/** Files split `index` under its order (and line); throws if that order (and line) has one. */
function fileSplit(splits: SplitIndex, split: CreditSplit, index: number): void {
  const key =
    split.invoiceId === undefined ? (split.orderId as string) : invoiceKey(split.invoiceId);
  const entry = splits.lookup(key);
  const { lineId } = split;
  const clash =
    entry !== undefined &&
    (lineId === undefined
      ? splits.orderSplit(entry) !== null
      : typeof entry !== 'number' && entry.lines.has(lineId));
  if (clash)
    throw new CrmRulesError('INVALID_INPUT', 'one split per order (and line), one per invoice', {
      path: ['splits', index, split.invoiceId === undefined ? 'orderId' : 'invoiceId'],
      value: split.invoiceId ?? split.orderId,
    });
  if (lineId === undefined) {
    // An order-level split is its index (no object per split).
    if (entry === undefined) splits.add(key, index);
    else (entry as SplitLines).order = splits.info(index);
  } else if (entry !== undefined && typeof entry !== 'number') {
    entry.lines.set(lineId, splits.info(index));
    splits.lineSplits += 1;
  } else {
    splits.lineSplits += 1;
    const lines: SplitLines = {
      order: entry === undefined ? null : splits.info(entry),
      lines: new Map([[lineId, splits.info(index)]]),
    };
    if (entry === undefined) splits.add(key, lines);
    else splits.replace(splits.find(key), lines);
  }
}

/**
 * Internal: reads the credit splits — with the `CreditSplit` schema, or (trusted documents) with
 * cheap checks and the same exact 100 % sum — indexed by order, then line. Percentages and
 * weights are read once per distinct set of percentages.
 */
export function parseSplits(raws: readonly unknown[], mode: 'parse' | 'trusted'): SplitIndex {
  // Trusted splits are the input objects themselves: the index reads them from the input.
  const splits = new SplitIndex(raws.length, mode === 'trusted' ? (raws as CreditSplit[]) : null);
  const valid = new Set<string>();
  const weightsOf = weightsReader();
  raws.forEach((raw, index) => {
    const split =
      mode === 'parse'
        ? parseWith(CreditSplit, raw, { path: ['splits', index] })
        : trustSplit(raw, index, valid);
    const order = sortedByPayee(split);
    const known = weightsOf(split, order);
    checkHundred(known, index);
    splits.notePayees(index, split.splits, order);
    splits.noteSplit(index, split, order, known.weights);
    fileSplit(splits, split, index);
  });
  splits.finish();
  return splits;
}

/**
 * Internal: the split of a credited line: its invoice's split, else its order line's (line-level
 * first, then order-level).
 */
export function findSplit(
  splits: SplitIndex,
  orderId: string | null,
  lineId: string | null,
  invoiceId: string | null = null,
): SplitInfo | undefined {
  if (invoiceId !== null) {
    const byInvoice = splits.get(invoiceKey(invoiceId));
    if (byInvoice !== undefined) return splits.orderSplit(byInvoice) ?? undefined;
  }
  if (orderId === null) return undefined;
  const entry = splits.get(orderId);
  return entry === undefined ? undefined : (splits.lineSplit(entry, lineId) ?? undefined);
}
