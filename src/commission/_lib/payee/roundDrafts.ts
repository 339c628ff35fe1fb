import type { RoundingMode } from '../../../money';
import { Decimal } from '../../../money';
import { type Arithmetic, add, type Num, parseNum, toDec, ZERO } from '../exact/num';
import { numText, roundNum } from '../exact/roundNum';
import type { Draft } from './Draft';

/**
 * Internal: rounds a group of lines together — the group's unrounded total is rounded by the
 * mode, and the units are handed back to the lines: each line first gets its amount rounded
 * toward −∞, then the units left go one at a time to the largest fractions (ties to the earlier
 * line) — so the lines add up to the rounded total exactly, each within one unit of its own value.
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
  let left = total
    .minus(floors.reduce((a, b) => a.plus(b), new Decimal(0)))
    .div(unit)
    .round()
    .toNumber();
  const order = drafts
    .map((_, i) => i)
    .sort((a, b) => (fractions[b] as Decimal).cmp(fractions[a] as Decimal) || a - b);
  const amounts = [...floors];
  for (const i of order) {
    if (left <= 0) break;
    amounts[i] = (amounts[i] as Decimal).plus(unit);
    left -= 1;
  }
  drafts.forEach((d, i) => {
    d.amount = parseNum(numText(amounts[i] as Decimal), arithmetic);
  });
}
