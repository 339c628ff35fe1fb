import type { RoundingMode } from '../../../money';
import { Decimal } from '../../../money';
import { largestRemainderOrder } from '../../../money/_lib/largestRemainder';
import { add, toDec, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import { type Arithmetic, type Num, parseNum } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import type { Draft } from './Draft';

/**
 * Internal: rounds a group of lines together — the group's unrounded total is rounded by the
 * mode, and the units are handed back to the lines: each line first gets its amount rounded
 * toward −∞, then the units left go one each to the largest fractions, ties to the earlier
 * line (money's one largest-remainder rule, `largestRemainderOrder`) — so the lines add up to the rounded total exactly, each within one unit of its own value.
 */
export function roundTogether(
  drafts: readonly Draft[],
  scale: number,
  mode: RoundingMode,
  arithmetic: Arithmetic,
): void {
  if (drafts.length === 0) return;
  let sum: Num = ZERO;
  for (const d of drafts) sum = add(sum, d.unrounded);
  const total = toDec(roundNum(sum, scale, mode));
  const unit = new Decimal(10).pow(-scale);
  const floors = drafts.map((d) => toDec(d.unrounded).toDecimalPlaces(scale, Decimal.ROUND_FLOOR));
  const fractions = drafts.map((d, i) => toDec(d.unrounded).minus(floors[i] as Decimal));
  const left = total
    .minus(floors.reduce((a, b) => a.plus(b), new Decimal(0)))
    .div(unit)
    .round()
    .toNumber();
  const order = largestRemainderOrder(drafts.length, (i, j) =>
    (fractions[j] as Decimal).cmp(fractions[i] as Decimal),
  );
  const amounts = [...floors];
  for (let k = 0; k < Math.min(left, drafts.length); k += 1) {
    const i = order[k] as number;
    amounts[i] = (amounts[i] as Decimal).plus(unit);
  }
  drafts.forEach((d, i) => {
    d.amount = parseNum(scaledText(amounts[i] as Decimal), arithmetic);
  });
}
