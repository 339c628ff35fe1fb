import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { INPUT_LIMITS } from '../errors';
import { DecimalString, RoundingMode } from '../money';
import { formulaViolation } from './_lib/scoring/formulaBounds';

const Id = z.string().min(1);
const Operands = () => z.array(FormulaNode).min(1).max(INPUT_LIMITS.maxTableRows);

const RatingNode = z.strictObject({ op: z.literal('rating'), name: Id });
const ScoreNode = z
  .strictObject({ op: z.literal('score'), kpi: z.optional(Id), section: z.optional(Id) })
  .refine((node) => node.kpi === undefined || node.section === undefined, {
    message: 'a score refers to a KPI or a section, not both',
    path: ['section'],
  });
const ConstNode = z.strictObject({ op: z.literal('const'), value: DecimalString });
const ListNode = z.strictObject({
  op: z.enum(['avg', 'sum', 'min', 'max']),
  get of() {
    return Operands();
  },
});
const WeightedTerm = z.strictObject({
  weight: DecimalString,
  get expr() {
    return FormulaNode;
  },
});
const WeightedNode = z
  .strictObject({
    op: z.literal('weighted'),
    get of() {
      return z.array(WeightedTerm).min(1).max(INPUT_LIMITS.maxTableRows);
    },
  })
  .superRefine((node, ctx) => {
    let total = new Decimal(0);
    node.of.forEach((term, i) => {
      if (new Decimal(term.weight).isNegative())
        ctx.addIssue({
          code: 'custom',
          message: 'a weight must not be negative',
          path: ['of', i, 'weight'],
          input: term.weight,
        });
      total = total.plus(term.weight);
    });
    if (!total.gt(0))
      ctx.addIssue({
        code: 'custom',
        message: 'the weights must add up to more than 0',
        path: ['of'],
        input: total.toFixed(),
      });
  });
const RoundNode = z.strictObject({
  op: z.literal('round'),
  places: z.number().int().min(0).max(INPUT_LIMITS.maxScale),
  mode: z._default(RoundingMode, 'half-up'),
  get of() {
    return FormulaNode;
  },
});

/** Internal: the recursive node itself, without the size check (JSON Schema names it). */
export const FormulaNode = z.discriminatedUnion('op', [
  RatingNode,
  ScoreNode,
  ConstNode,
  ListNode,
  WeightedNode,
  RoundNode,
]);

/**
 * A rating formula as data — a small typed expression tree, never a string that is evaluated.
 * Leaves: `{ op: 'rating', name }` (a rating the caller supplies: manager, self, peer …),
 * `{ op: 'score', kpi? | section? }` (a KPI's or a section's score, or the scorecard total when
 * neither is named) and `{ op: 'const', value }`. Operations: `avg` (Σ ÷ n), `sum`, `min`, `max`
 * over `of: [...]` (at least one operand); `weighted` over `of: [{ weight, expr }]`, the weighted
 * average Σ weight × value ÷ Σ weight (weights ≥ 0, adding up to more than 0: `60 / 40` and
 * `0.6 / 0.4` give the same result); `round` to `places` with a named `mode` (default half-up).
 * Its size is checked first, without recursion: deeper than `INPUT_LIMITS.maxFormulaDepth` (32)
 * or more than `INPUT_LIMITS.maxFormulaNodes` (10,000) nodes is the issue code `LIMIT_EXCEEDED`
 * at the node past the limit.
 *
 * @example
 * ```ts
 * RatingFormula.safeParse({
 *   op: 'weighted',
 *   of: [
 *     { weight: '70', expr: { op: 'rating', name: 'manager' } },
 *     { weight: '30', expr: { op: 'avg', of: [{ op: 'rating', name: 'self' }, { op: 'rating', name: 'peer' }] } },
 *   ],
 * }).success;
 * //=> true
 * ```
 */
export const RatingFormula = z.preprocess<unknown, typeof FormulaNode, z.input<typeof FormulaNode>>(
  (value, ctx) => {
    const violation = formulaViolation(value);
    if (violation !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [...violation.path],
        message: `the formula goes past INPUT_LIMITS.${violation.limit} (${INPUT_LIMITS[violation.limit]})`,
        input: violation.value,
        params: { code: 'LIMIT_EXCEEDED' },
      });
    return value;
  },
  FormulaNode,
);
/** A rating formula (see {@link RatingFormula}). */
export type RatingFormula = z.infer<typeof RatingFormula>;
