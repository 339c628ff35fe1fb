import { attempt, type SafeResult } from '../errors';
import { requireFields } from '../errors/_lib/argumentGuards';
import type { TraceStep } from '../explain';
import { roundingStep } from '../money/_lib/roundingStep';
import { creditSteps, fxStep, ownStep, type Params } from './_lib/explain/creditSteps';
import { rateSteps } from './_lib/explain/rateSteps';
import type { StatementLineData } from './model/StatementLine';

/**
 * Derives the trace of a statement line from its data: the credit (who, which document line, what
 * share), the currency conversion with its rate and date, the margin, the rate-table row or tier
 * slices, the line cap, the conversion into the statement currency and the rounding — or, for
 * period steps, clawbacks, draws and the like, the step recorded in `params.code`. The same data
 * always gives the same trace; render it with `renderTrace(trace, { locale, catalog })` and
 * {@link commissionCatalog}.
 *
 * @param line - a statement line (its `trace` is ignored)
 * @returns the steps, in order
 * @example
 * ```ts
 * explainLine({
 *   id: 'manual:ADJ-1', kind: 'manual', component: null, source: { kind: 'manual', id: 'ADJ-1', lineId: null, date: '2026-03-31' },
 *   credit: null, original: null, fx: null, measure: null, cost: null, base: null, baseCurrency: null, rate: null, slices: null,
 *   modifiers: [], payFx: null, rounding: null, currency: 'USD', unrounded: '-150', amount: '-150.00', reason: 'duplicate order',
 *   params: { code: 'commission.manual', id: 'ADJ-1', reason: 'duplicate order', amount: '-150.00', currency: 'USD' },
 * }).map((step) => step.code);
 * //=> ['commission.manual']
 * ```
 */
export function explainLine(line: StatementLineData): TraceStep[] {
  requireFields(
    line,
    'line',
    { kind: 'string', source: 'object', credit: 'object-or-null', original: 'object-or-null' },
    'a statement line',
  );
  const steps: TraceStep[] = [];
  const converted = creditSteps(line, steps);
  let value: string | null = null;
  if (line.kind === 'commission' || line.kind === 'spiff' || line.kind === 'override') {
    if (line.kind !== 'commission') ownStep(line, steps);
    value = rateSteps(line, converted, steps);
  } else ownStep(line, steps);
  const extra = (line.params ?? {}) as Params;
  if (line.modifiers.length > 0 && value !== null)
    for (const modifier of line.modifiers)
      steps.push({
        code: modifier === 'cap:line' ? 'commission.cap.line' : 'commission.spiff.max',
        params: {
          before: value,
          after: (extra.capped as string) ?? value,
          cap: (extra.cap as string) ?? '0',
          currency: line.baseCurrency ?? line.currency,
        },
      });
  if (line.payFx !== null && line.baseCurrency !== null)
    steps.push(
      fxStep(
        line.payFx,
        (extra.capped as string) ?? value ?? (extra.result as string) ?? line.unrounded,
        line.baseCurrency,
      ),
    );
  if (line.rounding !== null) {
    const { mode, scale, at } = line.rounding;
    steps.push(
      at === 'line'
        ? roundingStep(line.unrounded, line.amount, line.currency, mode, scale)
        : {
            code: `commission.round.${at}`,
            params: { amount: line.unrounded, currency: line.currency, result: line.amount, scale },
          },
    );
  }
  return steps;
}

/**
 * Like {@link explainLine}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeExplainLine(null).success;
 * //=> false
 * ```
 */
export function safeExplainLine(line: StatementLineData): SafeResult<TraceStep[]> {
  return attempt(() => explainLine(line));
}
