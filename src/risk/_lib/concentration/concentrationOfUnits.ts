import { Decimal } from '../../../money';
import { decimalOfUnits } from '../../../money/decimalWords';
import type { ConcentrationFigures } from '../../ConcentrationReport';
import { type ConcentrationSums, concentrationFigures } from './concentrationOf';

const LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * {@link concentrationOf} of revenue kept in whole units of 10^−`places`: `revenue[slot]` for the
 * customers `slots` (ids in `ids`). The same figures and sums, exactly: the total and the top N's
 * sum are integers below 2^53, Σ r² a bigint; `undefined` if the total is not (the caller then
 * takes the decimal path).
 */
export function concentrationOfUnits(
  slots: readonly number[],
  revenue: Float64Array,
  ids: readonly string[],
  scope: { topN: number; currency: string; places: number },
): { figures: ConcentrationFigures; sums: ConcentrationSums } | undefined {
  const positive: number[] = [];
  let total = 0;
  let squares = 0n;
  for (const slot of slots) {
    const r = revenue[slot] as number;
    if (r <= 0) continue;
    positive.push(slot);
    total += r;
    squares += BigInt(r) * BigInt(r);
  }
  if (total > LIMIT) return undefined;
  positive.sort((a, b) => {
    const x = revenue[a] as number;
    const y = revenue[b] as number;
    if (x !== y) return y - x;
    const p = ids[a] as string;
    const q = ids[b] as string;
    return p < q ? -1 : p > q ? 1 : 0;
  });
  const { topN, currency, places } = scope;
  const top = positive.slice(0, topN);
  let topSum = 0;
  for (const slot of top) topSum += revenue[slot] as number;
  const exact = (units: number) => decimalOfUnits(units, places);
  return concentrationFigures(
    top.map((slot) => [ids[slot] as string, exact(revenue[slot] as number)] as const),
    positive.length,
    {
      total: exact(total),
      squares: new Decimal(`${squares}e-${2 * places}`),
      topSum: exact(topSum),
    },
    topN,
    currency,
  );
}
