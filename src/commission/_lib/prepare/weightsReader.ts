import { CrmRulesError } from '../../../errors';
import { Decimal } from '../../../money';
import type { CreditSplit } from '../../model/CreditSplit';
import { fullWeights, type SplitWeights, splitWeights } from '../exact/splitNum';

/** Internal: a split's weights, and whether its percentages add up to exactly 100 %. */
export interface KnownWeights {
  readonly weights: SplitWeights;
  readonly exact: boolean;
}

/**
 * Internal: the weights of a split's percentages (in payee order) and whether they add up to exactly 100 %,
 * read once per distinct set of percentages: a reader that remembers what it has read.
 */
export function weightsReader(): (split: CreditSplit, order: readonly number[]) => KnownWeights {
  const canonical = new Map<string, string>();
  const read = new Map<string, KnownWeights>();
  // Two-way splits by their percentages as given: no key string per split.
  const pairs = new Map<string, Map<string, KnownWeights>>();
  const text = (raw: string): string => {
    let found = canonical.get(raw);
    if (found === undefined) {
      found = /^\d+$/.test(raw) ? raw : new Decimal(raw).toFixed();
      canonical.set(raw, found);
    }
    return found;
  };
  const weightsOf = (split: CreditSplit, order: readonly number[]): KnownWeights => {
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
  const full = new Map<number, KnownWeights>();
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

/** Internal: throws `SPLIT_NOT_100` unless the split's percentages add up to exactly 100. */
export function checkHundred({ weights, exact }: KnownWeights, index: number): void {
  if (exact) return;
  const total = weights.texts.reduce((sum, t) => sum.plus(t), new Decimal(0)).toFixed();
  throw new CrmRulesError('SPLIT_NOT_100', `split percentages add up to ${total}, not 100`, {
    path: ['splits', index, 'splits'],
    value: total,
  });
}
