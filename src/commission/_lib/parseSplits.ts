import { CrmRulesError, parseWith } from '../../errors';
import { Decimal } from '../../money';
import { CreditSplit } from '../CreditSplit';
import type { SplitIndex, SplitInfo } from './context';
import { splitWeights } from './splitNum';
import { trustedReader } from './trusted';

function trustSplit(raw: unknown, index: number): CreditSplit {
  const r = trustedReader();
  const path = ['splits', index];
  const split = r.object(raw, path);
  r.id(split.orderId, [...path, 'orderId']);
  if (split.lineId !== undefined) r.id(split.lineId, [...path, 'lineId']);
  const seen = new Set<string>();
  r.array(split.splits, [...path, 'splits']).forEach((rawShare, i) => {
    const share = r.object(rawShare, [...path, 'splits', i]);
    const payeeId = r.id(share.payeeId, [...path, 'splits', i, 'payeeId']);
    const percent = r.decimal(share.percent, [...path, 'splits', i, 'percent']);
    if (percent.startsWith('-') || !/[1-9]/.test(percent))
      throw new CrmRulesError('INVALID_AMOUNT', 'a split percentage is above 0', {
        path: [...path, 'splits', i, 'percent'],
        value: percent,
      });
    if (seen.has(payeeId))
      throw new CrmRulesError('INVALID_INPUT', 'a payee appears once in a split', {
        path: [...path, 'splits', i, 'payeeId'],
        value: payeeId,
      });
    seen.add(payeeId);
  });
  return split as unknown as CreditSplit;
}

/**
 * Internal: reads the credit splits — with the `CreditSplit` schema, or (trusted documents) with
 * cheap checks and the same exact 100 % sum — indexed by order, then line.
 */
export function parseSplits(raws: readonly unknown[], mode: 'parse' | 'trusted'): SplitIndex {
  const splits: SplitIndex = new Map();
  raws.forEach((raw, index) => {
    const split =
      mode === 'parse'
        ? parseWith(CreditSplit, raw, { path: ['splits', index] })
        : trustSplit(raw, index);
    const order = split.splits
      .map((_, i) => i)
      .sort((a, b) => {
        const x = split.splits[a]?.payeeId as string;
        const y = split.splits[b]?.payeeId as string;
        return x < y ? -1 : x > y ? 1 : 0;
      });
    const texts = order.map((i) => {
      const text = split.splits[i]?.percent as string;
      return /^\d+$/.test(text) ? text : new Decimal(text).toFixed();
    });
    const weights = splitWeights(texts);
    const exact =
      weights.weights.length > 0
        ? weights.weights.reduce((sum, w) => sum + w, 0) === weights.total
        : texts.reduce((sum, t) => sum.plus(t), new Decimal(0)).eq(100);
    if (!exact)
      throw new CrmRulesError(
        'SPLIT_NOT_100',
        `split percentages add up to ${texts.reduce((sum, t) => sum.plus(t), new Decimal(0)).toFixed()}, not 100`,
        {
          path: ['splits', index, 'splits'],
          value: texts.reduce((sum, t) => sum.plus(t), new Decimal(0)).toFixed(),
        },
      );
    const info: SplitInfo = { split, index, order, weights };
    let entry = splits.get(split.orderId);
    if (entry === undefined) {
      entry = { order: null, lines: null };
      splits.set(split.orderId, entry);
    }
    const clash =
      split.lineId === undefined ? entry.order !== null : (entry.lines?.has(split.lineId) ?? false);
    if (clash)
      throw new CrmRulesError('INVALID_INPUT', 'one split per order (and line)', {
        path: ['splits', index, 'orderId'],
        value: split.orderId,
      });
    if (split.lineId === undefined) entry.order = info;
    else {
      entry.lines ??= new Map();
      entry.lines.set(split.lineId, info);
    }
  });
  return splits;
}

/** Internal: the split of an order line: line-level first, then order-level. */
export function findSplit(
  splits: SplitIndex,
  orderId: string,
  lineId: string | null,
): SplitInfo | undefined {
  const entry = splits.get(orderId);
  if (entry === undefined) return undefined;
  return (lineId === null ? undefined : entry.lines?.get(lineId)) ?? entry.order ?? undefined;
}
