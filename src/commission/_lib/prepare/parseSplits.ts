import { CrmRulesError, parseWith } from '../../../errors';
import { Decimal } from '../../../money';
import { CreditSplit } from '../../model/CreditSplit';
import { fullWeights, type SplitWeights, splitWeights } from '../exact/splitNum';
import { trustedReader } from '../input/trustedReader';
import { isDecimal } from '../schema/quickChecks';
import type { SplitInfo, SplitLines } from './RunContext';
import { IN_ORDER, invoiceKey, SplitIndex, SWAPPED } from './splitIndex';

const reader = trustedReader();

// One object, not one per use (a regex literal in a loop is a new object each time).
const NONZERO = /[1-9]/;

function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The trusted split checks, with paths built only for a failing check; `valid` holds the
 * percentages already found valid (a few texts, checked once each).
 */
function trustSplit(raw: unknown, index: number, valid: Set<string>): CreditSplit {
  const r = reader;
  const split = isObject(raw) ? raw : r.object(raw, ['splits', index]);
  if (split.invoiceId === undefined || split.orderId !== undefined) {
    if (!isId(split.orderId)) r.id(split.orderId, ['splits', index, 'orderId']);
    if (split.invoiceId !== undefined)
      throw new CrmRulesError(
        'INVALID_INPUT',
        'a split is keyed by exactly one of orderId and invoiceId',
        { path: ['splits', index, 'invoiceId'], value: split.invoiceId },
      );
  } else {
    if (!isId(split.invoiceId)) r.id(split.invoiceId, ['splits', index, 'invoiceId']);
    if (split.lineId !== undefined)
      throw new CrmRulesError(
        'INVALID_INPUT',
        'an invoice split covers the whole invoice (lineId goes with orderId)',
        { path: ['splits', index, 'lineId'], value: split.lineId },
      );
  }
  if (split.lineId !== undefined && !isId(split.lineId))
    r.id(split.lineId, ['splits', index, 'lineId']);
  const full = split.mode === 'full';
  if (split.mode !== undefined && !full && split.mode !== 'divide')
    throw new CrmRulesError('INVALID_INPUT', "a split's mode is 'divide' or 'full'", {
      path: ['splits', index, 'mode'],
      value: split.mode,
    });
  const shares = Array.isArray(split.splits)
    ? split.splits
    : r.array(split.splits, ['splits', index, 'splits']);
  for (let i = 0; i < shares.length; i += 1) {
    const share = shares[i];
    if (!isObject(share)) {
      r.object(share, ['splits', index, 'splits', i]);
      continue;
    }
    const payeeId = share.payeeId;
    if (!isId(payeeId)) r.id(payeeId, ['splits', index, 'splits', i, 'payeeId']);
    const percent = share.percent;
    if (typeof percent !== 'string' || !valid.has(percent)) {
      if (!isDecimal(percent)) r.decimal(percent, ['splits', index, 'splits', i, 'percent']);
      if ((percent as string).charCodeAt(0) === 45 || !NONZERO.test(percent as string))
        throw new CrmRulesError('INVALID_AMOUNT', 'a split percentage is above 0', {
          path: ['splits', index, 'splits', i, 'percent'],
          value: percent,
        });
      valid.add(percent as string);
    }
    if (full && !new Decimal(percent as string).eq(100))
      throw new CrmRulesError(
        'INVALID_AMOUNT',
        'each payee of a full-credit split earns on 100 % of the line',
        { path: ['splits', index, 'splits', i, 'percent'], value: percent },
      );
    for (let k = 0; k < i; k += 1)
      if ((shares[k] as { payeeId: unknown }).payeeId === payeeId)
        throw new CrmRulesError('INVALID_INPUT', 'a payee appears once in a split', {
          path: ['splits', index, 'splits', i, 'payeeId'],
          value: payeeId,
        });
  }
  return split as unknown as CreditSplit;
}

interface Known {
  readonly weights: SplitWeights;
  readonly exact: boolean;
}

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

/**
 * The weights of a split's percentages (in payee order) and whether they add up to exactly 100 %,
 * read once per distinct set of percentages: a reader that remembers what it has read.
 */
function weightsReader(): (split: CreditSplit, order: readonly number[]) => Known {
  const canonical = new Map<string, string>();
  const read = new Map<string, Known>();
  // Two-way splits by their percentages as given: no key string per split.
  const pairs = new Map<string, Map<string, Known>>();
  const text = (raw: string): string => {
    let found = canonical.get(raw);
    if (found === undefined) {
      found = /^\d+$/.test(raw) ? raw : new Decimal(raw).toFixed();
      canonical.set(raw, found);
    }
    return found;
  };
  const weightsOf = (split: CreditSplit, order: readonly number[]): Known => {
    const texts = order.map((i) => text(split.splits[i]?.percent as string));
    const key = texts.join('\u0000');
    let known = read.get(key);
    if (known === undefined) {
      const weights = splitWeights(texts);
      const exact =
        weights.weights.length > 0
          ? weights.weights.reduce((sum, w) => sum + w, 0) === weights.total
          : texts.reduce((sum, t) => sum.plus(t), new Decimal(0)).eq(100);
      known = { weights, exact };
      read.set(key, known);
    }
    return known;
  };
  const full = new Map<number, Known>();
  return (split, order) => {
    if (split.mode === 'full') {
      let known = full.get(order.length);
      if (known === undefined) {
        known = { weights: fullWeights(order.length), exact: true };
        full.set(order.length, known);
      }
      return known;
    }
    if (order.length !== 2) return weightsOf(split, order);
    const a = split.splits[order[0] as number]?.percent as string;
    const b = split.splits[order[1] as number]?.percent as string;
    let inner = pairs.get(a);
    let known = inner?.get(b);
    if (known === undefined) {
      known = weightsOf(split, order);
      if (inner === undefined) {
        inner = new Map();
        pairs.set(a, inner);
      }
      inner.set(b, known);
    }
    return known;
  };
}

/** Throws `SPLIT_NOT_100` unless the split's percentages add up to exactly 100. */
function checkHundred({ weights, exact }: Known, index: number): void {
  if (exact) return;
  const total = weights.texts.reduce((sum, t) => sum.plus(t), new Decimal(0)).toFixed();
  throw new CrmRulesError('SPLIT_NOT_100', `split percentages add up to ${total}, not 100`, {
    path: ['splits', index, 'splits'],
    value: total,
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
