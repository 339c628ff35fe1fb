import * as z from 'zod';
import { EntityId, Label } from '../../model';
import { Condition } from '../../rules';
import { Rate } from './Rate';

/**
 * One row of a rate table: when its condition holds for a credit line, its rate applies —
 * unless a more specific row also matches. `priority` (default 0) breaks ties of specificity.
 *
 * @example
 * ```ts
 * RateRow.parse({ id: 'pumps', when: { fact: 'product.category', operator: 'eq', value: 'PUMPS' }, rate: { kind: 'rate', value: '0.05' } }).priority;
 * //=> 0
 * ```
 */
export const RateRow = z.strictObject({
  id: EntityId,
  when: Condition,
  rate: Rate,
  priority: z.number().int().default(0),
});
/** A rate table row (see {@link RateRow}). */
export type RateRow = z.infer<typeof RateRow>;

/**
 * What a rate table does with a line no row matches — a stated outcome, never a silent zero:
 * `error` stops the run with `NO_RATE_MATCH` at the line's path; `rate` pays `rate` and shows
 * `reason` on the line.
 *
 * @example
 * ```ts
 * NoMatch.parse({ kind: 'rate', rate: { kind: 'none' }, reason: 'not on the price list' }).kind;
 * //=> 'rate'
 * ```
 */
export const NoMatch = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('error') }),
    z.strictObject({ kind: z.literal('rate'), rate: Rate, reason: Label }),
  ],
  {
    error: (issue) =>
      issue.input === undefined
        ? "missing key \"noMatch\": a rate table states what a line no row matches gets — { kind: 'error' } (stop with NO_RATE_MATCH) or { kind: 'rate', rate, reason }"
        : undefined,
  },
);
/** The no-match outcome of a rate table (see {@link NoMatch}). */
export type NoMatch = z.infer<typeof NoMatch>;

/**
 * A rate table: rows keyed by conditions over the line facts (`LINE_FACTS`). The most specific
 * matching row wins, in this documented order: more facts pinned by `eq`/`in`, then the deeper
 * product level pinned (`product.id` — the variant — over `product.template` over
 * `product.category` over none: "the most specific level wins", so "15 % on this variant, 5 % on
 * this product, 20 % on the category, 10 % otherwise" needs no priorities), then more facts
 * bounded by `lt`/`lte`/`gt`/`gte`/`between`, then more facts constrained by `ne`/`exists`
 * (`conditionSpecificity` of the rules module), then the higher `priority`, then the earlier row.
 * Row ids are unique.
 *
 * @example
 * ```ts
 * RateTableCalculation.parse({ kind: 'rate-table', rows: [], noMatch: { kind: 'error' } }).rows.length;
 * //=> 0
 * ```
 */
export const RateTableCalculation = z
  .strictObject({
    kind: z.literal('rate-table'),
    rows: z.array(RateRow),
    noMatch: NoMatch,
  })
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    table.rows.forEach((row, index) => {
      if (seen.has(row.id))
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'id'],
          message: 'row ids must be unique within a rate table',
          input: row.id,
        });
      seen.add(row.id);
    });
  });
/** A rate-table calculation (see {@link RateTableCalculation}). */
export type RateTableCalculation = z.infer<typeof RateTableCalculation>;

/**
 * A single rate for every eligible line: shorthand for a one-row table that always matches.
 *
 * @example
 * ```ts
 * FlatCalculation.parse({ kind: 'flat', rate: { kind: 'rate', value: '0.04' } }).rate.kind;
 * //=> 'rate'
 * ```
 */
export const FlatCalculation = z.strictObject({ kind: z.literal('flat'), rate: Rate });
/** A flat calculation (see {@link FlatCalculation}). */
export type FlatCalculation = z.infer<typeof FlatCalculation>;
