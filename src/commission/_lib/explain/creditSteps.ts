import type { TraceParam, TraceStep } from '../../../explain';
import { Decimal, type FxQuote } from '../../../money';
import { decimalText } from '../../../money/_lib/scaled/scaledText';
import type { StatementLineData } from '../../model/StatementLine';

/** Internal: the params of a trace step. */
export type Params = Record<string, TraceParam>;

/** Internal: the trace step of an FX conversion of `amount` in `currency` by `quote`. */
export function fxStep(quote: FxQuote, amount: string, currency: string): TraceStep {
  const result = decimalText(new Decimal(amount).times(quote.rate));
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

/**
 * Internal: the credit step of a line (and its FX step, if converted); returns the credited amount
 * in the line's currency, or null for a line without a credit.
 */
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
  return decimalText(new Decimal(original.amount).times(line.fx.rate));
}

/** Internal: the step a line carries in its params (lines of their own: modifiers, timing, …). */
export function ownStep(line: StatementLineData, steps: TraceStep[]): void {
  const params = line.params;
  if (params === null || typeof params.code !== 'string') return;
  const { code, ...rest } = params;
  steps.push({ code, params: rest as Params });
}
