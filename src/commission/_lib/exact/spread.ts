import { allocate, minorUnits, money } from '../../../money';
import { add, div, mul, sign, toDec } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import { type Arithmetic, type Num, parseNum } from './num';
import { roundNum } from './roundNum';

/**
 * Internal: spreads `total` over parts in proportion to `weights`, exactly: largest remainder at
 * the total's precision (at least the currency's minor unit) when every weight is ≥ 0 and one is
 * above 0; otherwise each part is `total × weight ÷ Σ weights` rounded half-up to that precision.
 */
export function spread(
  total: Num,
  currency: string,
  weights: readonly Num[],
  arithmetic: Arithmetic,
): Num[] {
  const value = toDec(total);
  const scale = Math.max(minorUnits(currency), value.decimalPlaces());
  if (weights.every((w) => sign(w) >= 0) && weights.some((w) => sign(w) > 0))
    return allocate(money(value, currency), weights.map(toDec), { scale }).map((part) =>
      parseNum(scaledText(part.amount), arithmetic),
    );
  let sum: Num = parseNum('0', arithmetic);
  for (const w of weights) sum = add(sum, w);
  if (sign(sum) === 0) return weights.map((_, i) => (i === 0 ? total : parseNum('0', arithmetic)));
  return weights.map((w) =>
    parseNum(scaledText(roundNum(mul(total, div(w, sum)), scale, 'half-up')), arithmetic),
  );
}
