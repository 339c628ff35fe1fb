import type { RoundingMode } from '../../../money';
import { add, mul, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { Num } from '../exact/num';
import { mulRound, roundNum } from '../exact/roundNum';
import type { PayeeRun } from '../payee/PayeeRun';
import type { FxHit } from '../prepare/fxCache';
import type { CreditShape, Earned } from './Earned';

/**
 * Internal: the rounding mode of a credit note's lines: the plan's mode mirrored (`floor` ↔
 * `ceiling`, every other mode is symmetric already), so a negative line rounds to the negation
 * of what its positive original rounds to and a full reversal nets to exactly zero.
 */
export function reversalMode(mode: RoundingMode): RoundingMode {
  return mode === 'floor' ? 'ceiling' : mode === 'ceiling' ? 'floor' : mode;
}

/**
 * Internal: adds one earned line — to the run's totals when it only computes totals, as a draft
 * when it materialises lines — and returns its amount in the statement currency, rounded at the
 * line by `mode` (the plan's, or {@link reversalMode} for a credit note).
 */
export function addEarned(
  run: PayeeRun,
  shape: CreditShape | null,
  payFx: FxHit,
  basis: string | undefined,
  line: Earned,
  mode: RoundingMode = run.rounding.mode,
): Num {
  if (shape === null) {
    // Totals only: the rounded amount straight from the product, on bigints if it overflows.
    const counted = mulRound(line.value, payFx.rate, run.scale, mode);
    if (basis !== undefined)
      run.basisSums.set(basis, add(run.basisSums.get(basis) ?? ZERO, counted));
    run.creditTotal = add(run.creditTotal, counted);
    run.creditLines += 1;
    run.onPaid?.(line.kind === 'commission' ? line.component : null, counted);
    return counted;
  }
  const unrounded = mul(line.value, payFx.rate);
  const amount = run.rounding.at === 'line' ? roundNum(unrounded, run.scale, mode) : null;
  const counted = amount ?? unrounded;
  if (basis !== undefined) run.basisSums.set(basis, add(run.basisSums.get(basis) ?? ZERO, counted));
  let params = line.params;
  if (line.cap !== null)
    params = { ...(params ?? {}), cap: scaledText(line.cap), capped: scaledText(line.value) };
  if (shape.refund === true) params = { ...(params ?? {}), refund: true };
  run.drafts.push({
    id: `${line.kind}/${line.component}/${shape.key}`,
    kind: line.kind,
    component: line.component,
    source: shape.source,
    credit: shape.credit,
    original: shape.original,
    fx: shape.docFx.quote,
    measure: shape.measure,
    cost: shape.cost,
    base: shape.base,
    baseCurrency: shape.baseCurrency,
    rate: line.priced.rate,
    slices: line.priced.slices,
    modifiers: line.modifier === null ? [] : [line.modifier],
    payFx: payFx.quote,
    unrounded,
    amount,
    reason: line.priced.rate.noMatch,
    params,
    group: line.component,
    ...(shape.basis === undefined ? {} : { basis: shape.basis }),
    links: shape.links,
  });
  return counted;
}
