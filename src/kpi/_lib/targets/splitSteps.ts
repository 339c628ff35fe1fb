import type { TraceStep } from '../../../explain';
import {
  Decimal,
  type DecimalInput,
  decimalToString,
  type Money,
  minorUnits,
  toDecimal,
} from '../../../money';

/**
 * The steps of a largest-remainder split of `whole` into `parts` by `weights`: one summary step
 * (`${code}`), then one per part (`${code}.part`, or `${code}.part.remainder` when the part got
 * a minor unit from the largest remainder), labelled by `labels`.
 */
export function splitSteps(
  code: 'kpi.target.split' | 'kpi.target.cascade',
  whole: Money,
  weights: readonly DecimalInput[],
  parts: readonly Money[],
  labels: readonly (string | number)[],
): TraceStep[] {
  const scale = minorUnits(whole.currency);
  const unit = new Decimal(10).pow(-scale);
  const ratios = weights.map((w) => toDecimal(w));
  const total = Decimal.sum(...ratios);
  const amount = (d: Decimal) => decimalToString(d, scale);
  const steps: TraceStep[] = [
    {
      code,
      params: {
        whole: amount(whole.amount),
        currency: whole.currency,
        parts: parts.length,
        totalWeight: decimalToString(total),
      },
    },
  ];
  parts.forEach((part, i) => {
    const weight = ratios[i] as Decimal;
    // The share rounded down to the minor unit, exactly (integer part of units × w ÷ W).
    const floor = whole.amount.div(unit).times(weight).divToInt(total).times(unit);
    const extra = part.amount.minus(floor);
    const params = {
      part: labels[i] as string | number,
      whole: amount(whole.amount),
      weight: decimalToString(weight),
      totalWeight: decimalToString(total),
      amount: amount(part.amount),
      currency: whole.currency,
    };
    steps.push(
      extra.isZero()
        ? { code: `${code}.part`, params }
        : {
            code: `${code}.part.remainder`,
            params: { ...params, floor: amount(floor), extra: amount(extra) },
          },
    );
  });
  return steps;
}
