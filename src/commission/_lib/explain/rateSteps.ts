import type { TraceStep } from '../../../explain';
import { Decimal } from '../../../money';
import { decimalText } from '../../../money/_lib/scaled/scaledText';
import type { StatementLineData } from '../../model/StatementLine';
import type { Params } from './creditSteps';

type Rate = NonNullable<StatementLineData['rate']>;

/** The margin base step, when the line's base is its margin. */
function marginStep(
  line: StatementLineData,
  converted: string | null,
  base: string,
  currency: string,
  steps: TraceStep[],
): void {
  if (line.measure !== 'margin' || converted === null || line.cost === null) return;
  const raw = new Decimal(converted).minus(line.cost);
  const floored = !raw.eq(base);
  steps.push({
    code: floored ? 'commission.base.margin-floored' : 'commission.base.margin',
    params: { amount: converted, cost: line.cost, margin: decimalText(raw), base, currency },
  });
}

/** The tier step and one step per slice; returns the sum of the slices. */
function tierSteps(
  line: StatementLineData,
  base: string,
  component: string,
  currency: string,
  steps: TraceStep[],
): string {
  const extra = (line.params ?? {}) as Params;
  steps.push({
    code: `commission.tier.${(extra.mode as string) ?? 'marginal'}.${(extra.measure as string) ?? 'line'}`,
    params: {
      component,
      before: (extra.before as string) ?? '0',
      after: (extra.after as string) ?? base,
      currency,
    },
  });
  let total = new Decimal(0);
  for (const slice of line.slices ?? []) {
    total = total.plus(slice.commission);
    steps.push({
      code: slice.kind === 'retro' ? 'commission.tier.retro' : 'commission.tier.slice',
      params: { ...slice, currency },
    });
  }
  const blended = line.rate?.value ?? null;
  if (blended !== null)
    steps.push({
      code: 'commission.tier.blended',
      params: { component, commission: decimalText(total), amount: base, rate: blended, currency },
    });
  return decimalText(total);
}

/** The step of a fixed rate (per unit or per line); returns the commission the line carries. */
function fixedStep(
  line: StatementLineData,
  rate: Rate,
  component: string,
  currency: string,
  steps: TraceStep[],
): string {
  const extra = (line.params ?? {}) as Params;
  const row = rate.row ?? '—';
  const value = rate.value ?? '0';
  const commission = (extra.commission as string) ?? '0';
  steps.push(
    rate.kind === 'fixed-per-unit'
      ? {
          code: 'commission.rate.fixed-unit',
          params: {
            component,
            row,
            amount: value,
            quantity: (extra.quantity as string) ?? '0',
            commission,
            currency,
          },
        }
      : {
          code: 'commission.rate.fixed-line',
          params: {
            component,
            row,
            amount: value,
            share: line.credit?.share ?? '100',
            commission,
            currency,
          },
        },
  );
  return commission;
}

/**
 * Internal: the steps from a line's credited (converted) amount to its commission — its margin
 * base, no-match rate, tiers or rate — and returns the commission they arrive at.
 */
export function rateSteps(
  line: StatementLineData,
  converted: string | null,
  steps: TraceStep[],
): string {
  const currency = line.baseCurrency ?? line.currency;
  const base = line.base ?? converted ?? '0';
  const component = line.component ?? '—';
  marginStep(line, converted, base, currency, steps);
  const rate = line.rate;
  if (rate === null) return base;
  if (rate.noMatch !== null)
    steps.push({ code: 'commission.rate.no-match', params: { component, reason: rate.noMatch } });
  const row = rate.row ?? '—';
  if (rate.kind === 'tiers') return tierSteps(line, base, component, currency, steps);
  if (rate.kind === 'none') {
    steps.push({ code: 'commission.rate.none', params: { component, row } });
    return '0';
  }
  if (rate.kind !== 'rate') return fixedStep(line, rate, component, currency, steps);
  const value = rate.value ?? '0';
  const commission = decimalText(new Decimal(base).times(value));
  steps.push({
    code:
      rate.row === null && rate.noMatch === null
        ? 'commission.rate.flat'
        : 'commission.rate.percent',
    params: { component, row, rate: value, base, commission, currency },
  });
  return commission;
}
