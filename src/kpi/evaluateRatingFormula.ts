import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { type DecimalInput, toDecimal } from '../money';
import { type DecimalsByName, namedDecimal } from './_lib/scoring/formulaLookup';
import { formulaValue } from './_lib/scoring/formulaValue';
import { RatingFormula } from './RatingFormula';

/** What a rating formula reads: supplied ratings and, for `score` leaves, scores. */
export interface RatingInputs {
  /** Ratings by name (`manager`, `self`, `peer` …), decimals. */
  readonly ratings?: Readonly<Record<string, DecimalInput>> | undefined;
  /** Scores for `score` leaves: the total, and KPI and section scores by id. */
  readonly scores?:
    | {
        readonly total?: DecimalInput | undefined;
        readonly kpis?: Readonly<Record<string, DecimalInput>> | undefined;
        readonly sections?: Readonly<Record<string, DecimalInput>> | undefined;
      }
    | undefined;
}

/** A formula's value and the steps that explain it. */
export interface FormulaResult {
  /** The value, as an exact decimal string. */
  readonly value: string;
  /** One step per operation and per rating or score read, children first (`kpi.formula.*`). */
  readonly trace: readonly TraceStep[];
}

/**
 * Evaluates a {@link RatingFormula} — manager, self and peer ratings and KPI or section scores
 * combined by a typed expression tree — exactly, except the divisions of `avg` and `weighted`
 * (half-up to 40 significant digits and at most 40 places, like money's `ratio`). The same
 * formula and inputs always give the same value and trace.
 *
 * @param formula - the formula (parsed here; plain JSON is fine)
 * @param inputs - `{ ratings?, scores?: { total?, kpis?, sections? } }`
 * @returns `{ value, trace }`
 * @throws CrmRulesError `INVALID_INPUT` for a bad formula (path in `['formula', …]`),
 * `LIMIT_EXCEEDED` for one too deep or too large; `INVALID_INPUT` for a rating or score the formula
 * refers to and `inputs` does not supply (`['inputs', 'ratings', name]`,
 * `['inputs', 'scores', 'kpis', id]` …); `INVALID_AMOUNT` for a malformed number
 * @example
 * ```ts
 * const formula = { op: 'weighted', of: [
 *   { weight: '70', expr: { op: 'rating', name: 'manager' } },
 *   { weight: '30', expr: { op: 'rating', name: 'self' } },
 * ] };
 * evaluateRatingFormula(formula, { ratings: { manager: '4', self: '5' } }).value;
 * //=> '4.3'
 * ```
 */
export function evaluateRatingFormula(formula: unknown, inputs: RatingInputs): FormulaResult {
  const parsed = parseWith(RatingFormula, formula, { path: ['formula'] });
  if (typeof inputs !== 'object' || inputs === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected { ratings?, scores? }', {
      path: ['inputs'],
      value: inputs,
    });
  const scores = inputs.scores ?? {};
  const steps: TraceStep[] = [];
  const value = formulaValue(
    parsed,
    {
      rating: (name) => namedDecimal(inputs.ratings, name, ['inputs', 'ratings'], 'rating'),
      score: (kind, id) => {
        if (kind === 'total') return totalScore(scores.total);
        const record: DecimalsByName | undefined = kind === 'kpi' ? scores.kpis : scores.sections;
        const where = kind === 'kpi' ? 'kpis' : 'sections';
        return namedDecimal(record, id as string, ['inputs', 'scores', where], `${kind} score`);
      },
    },
    steps,
    ['formula'],
  );
  return { value: value.toFixed(), trace: steps };
}

/**
 * Like {@link evaluateRatingFormula}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeEvaluateRatingFormula({ op: 'rating', name: 'peer' }, { ratings: { manager: '4' } }).error?.path;
 * //=> ['inputs', 'ratings', 'peer']
 * ```
 */
export function safeEvaluateRatingFormula(
  formula: unknown,
  inputs: RatingInputs,
): SafeResult<FormulaResult> {
  return attempt(() => evaluateRatingFormula(formula, inputs));
}

function totalScore(total: DecimalInput | undefined) {
  if (total === undefined || total === null)
    throw new CrmRulesError(
      'INVALID_INPUT',
      'the formula refers to the total score, which is not supplied',
      {
        path: ['inputs', 'scores', 'total'],
        value: total,
      },
    );
  return toDecimal(total, ['inputs', 'scores', 'total']);
}
