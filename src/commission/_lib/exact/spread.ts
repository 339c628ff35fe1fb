import { allocate, minorUnits, money } from '../../../money';
import { type Arithmetic, add, div, mul, type Num, parseNum, sign, toDec } from './num';
import { numText, roundNum } from './roundNum';

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
      parseNum(numText(part.amount), arithmetic),
    );
  let sum: Num = parseNum('0', arithmetic);
  for (const w of weights) sum = add(sum, w);
  if (sign(sum) === 0) return weights.map((_, i) => (i === 0 ? total : parseNum('0', arithmetic)));
  return weights.map((w) =>
    parseNum(numText(roundNum(mul(total, div(w, sum)), scale, 'half-up')), arithmetic),
  );
}
