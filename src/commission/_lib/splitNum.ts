import { allocate, minorUnits, money } from '../../money';
import { Fixed, type Num, POW10, toDec } from './num';

const MAX = Number.MAX_SAFE_INTEGER;

/** Internal: percentages as integer weights over a common power of ten. */
export interface SplitWeights {
  readonly texts: readonly string[];
  readonly weights: readonly number[];
  readonly total: number;
}

/** Internal: reads split percentages (decimal strings adding up to 100) as integer weights. */
export function splitWeights(percents: readonly string[]): SplitWeights {
  const places = percents.reduce(
    (most, text) => Math.max(most, (text.split('.')[1] ?? '').length),
    0,
  );
  const factor = POW10[places] ?? 1;
  const weights = percents.map((text) => {
    const [whole = '0', fraction = ''] = text.split('.');
    return Number(whole) * factor + Number(fraction.padEnd(places, '0') || '0');
  });
  return { texts: percents, weights, total: 100 * factor };
}

/**
 * Internal: divides an amount by percentages exactly — largest remainder at the amount's own
 * precision (at least the currency's minor unit), ties to the earlier share, a negative amount
 * split as its magnitude — so the shares add up to the amount. The fast path works on safe
 * integers; otherwise it is `allocate` from the money module (the reference).
 */
export function splitNum(amount: Num, currency: string, split: SplitWeights): Num[] {
  const minor = minorUnits(currency);
  if (amount instanceof Fixed && split.weights.length > 0) {
    const scale = Math.max(minor, amount.s);
    const factor = POW10[scale - amount.s];
    const units = factor === undefined ? Number.NaN : Math.abs(amount.u) * factor;
    const widest = Math.max(...split.weights);
    if (units <= MAX && units * widest <= MAX)
      return fastSplit(units, amount.u < 0 ? -1 : 1, scale, split);
  }
  const value = toDec(amount);
  const scale = Math.max(minor, value.decimalPlaces());
  return allocate(money(value, currency), split.texts, { scale }).map((part) => part.amount);
}

function fastSplit(units: number, sign: number, scale: number, split: SplitWeights): Num[] {
  const { weights, total } = split;
  const parts = weights.map((weight) => Math.floor((units * weight) / total));
  let left = units - parts.reduce((sum, part) => sum + part, 0);
  if (left > 0) {
    const order = weights
      .map((weight, index) => ({ index, remainder: (units * weight) % total }))
      .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    for (const { index } of order) {
      if (left <= 0) break;
      parts[index] = (parts[index] as number) + 1;
      left -= 1;
    }
  }
  return parts.map((part) => new Fixed(part * sign + 0, scale));
}
