import type { TraceParam, TraceStep } from '../../../explain';
import { Decimal, type FxQuote } from '../../../money';
import type { StatementLineData } from '../../model/StatementLine';

/** Internal: the params of a trace step. */
export type Params = Record<string, TraceParam>;

function text(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

export function fxStep(quote: FxQuote, amount: string, currency: string): TraceStep {
  const result = text(new Decimal(amount).times(quote.rate));
  const common = {
    amount,
    currency,
    result,
    resultCurrency: quote.quote,
    rate: quote.rate,
    source: quote.source ?? null,
  };
  if (quote.range !== undefined)
    return {
      code: 'money.fx.convert.average',
      params: {
        ...common,
        start: quote.range.start,
        end: quote.range.end,
        observations: quote.observations ?? 0,
      },
    };
  const inverse = quote.inverted ? shortInverse(quote.rate) : null;
  if (inverse !== null)
    return {
      code: 'money.fx.convert.inverse',
      params: { ...common, inverse, date: quote.date ?? '—' },
    };
  return { code: 'money.fx.convert', params: { ...common, date: quote.date ?? '—' } };
}

/**
 * The stored rate an inverted rate came from, when a short form (up to 15 significant digits)
 * gives the inverted rate back exactly; else null (the trace then shows the inverted rate itself).
 */
function shortInverse(rate: string): string | null {
  const inverse = new Decimal(1).div(rate).toSignificantDigits(15);
  return new Decimal(1).div(inverse).toFixed() === new Decimal(rate).toFixed()
    ? inverse.toFixed()
    : null;
}

export function creditSteps(line: StatementLineData, steps: TraceStep[]): string | null {
  const { credit, original, source } = line;
  if (credit === null || original === null) return null;
  steps.push({
    code: `commission.credit.${credit.kind}.${line.params?.refund === true ? 'refund' : source.kind}`,
    params: {
      id: source.id,
      line: source.lineId ?? '—',
      date: source.date,
      share: credit.share,
      amount: original.amount,
      currency: original.currency,
      level: credit.level,
      from: credit.from,
    },
  });
  if (line.fx === null) return original.amount;
  steps.push(fxStep(line.fx, original.amount, original.currency));
  return text(new Decimal(original.amount).times(line.fx.rate));
}

export function rateSteps(
  line: StatementLineData,
  converted: string | null,
  steps: TraceStep[],
): string {
  const currency = line.baseCurrency ?? line.currency;
  const base = line.base ?? converted ?? '0';
  const component = line.component ?? '—';
  const extra = (line.params ?? {}) as Params;
  if (line.measure === 'margin' && converted !== null && line.cost !== null) {
    const raw = new Decimal(converted).minus(line.cost);
    const floored = !raw.eq(base);
    steps.push({
      code: floored ? 'commission.base.margin-floored' : 'commission.base.margin',
      params: { amount: converted, cost: line.cost, margin: text(raw), base, currency },
    });
  }
  const rate = line.rate;
  if (rate === null) return base;
  if (rate.noMatch !== null)
    steps.push({ code: 'commission.rate.no-match', params: { component, reason: rate.noMatch } });
  const row = rate.row ?? '—';
  if (rate.kind === 'tiers') {
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
    return text(total);
  }
  if (rate.kind === 'none') {
    steps.push({ code: 'commission.rate.none', params: { component, row } });
    return '0';
  }
  const value = rate.value ?? '0';
  if (rate.kind === 'percent') {
    const commission = text(new Decimal(base).times(value));
    steps.push({
      code:
        rate.row === null && rate.noMatch === null
          ? 'commission.rate.flat'
          : 'commission.rate.percent',
      params: { component, row, rate: value, base, commission, currency },
    });
    return commission;
  }
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

export function ownStep(line: StatementLineData, steps: TraceStep[]): void {
  const params = line.params;
  if (params === null || typeof params.code !== 'string') return;
  const { code, ...rest } = params;
  steps.push({ code, params: rest as Params });
}
