import * as z from 'zod';
import { type SafeResult, safeParseWith } from '../../errors';
import { summaryProblem } from './_lib/data/summaryProblem';

/**
 * One customer's "buy till you die" summary (DOMAIN §4, the lifetimes convention), in one time
 * unit of the caller's choice (days, weeks…), used by every model in this folder:
 * - `frequency` (x): the number of **repeat** purchase periods (purchase days − 1), an integer ≥ 0;
 * - `recency` (tₓ): time from the first to the last purchase, 0 when `frequency` is 0;
 * - `T`: time from the first purchase to the end of observation, at least `recency`;
 * - `monetaryValue`: the mean value of the repeat purchases (for the Gamma-Gamma spend model),
 *   a statistical quantity in the currency's major unit; 0 or absent when `frequency` is 0;
 * - `count` (default 1): how many customers have this summary, an integer ≥ 0 — a summary by
 *   pattern (one row per distinct history, with its count) fits, and sums log-likelihoods,
 *   exactly as one row per customer;
 * - `id`: optional, carried through for the caller.
 *
 * These are statistical quantities, so plain finite numbers; money results built from them
 * (expected spend, CLV) go through decimal.js with a stated rounding.
 *
 * @example
 * ```ts
 * BtydSummary.safeParse({ frequency: 0, recency: 3, T: 10 }).success;
 * //=> false
 * ```
 */
export const BtydSummary = z
  .strictObject({
    id: z.union([z.string(), z.number()]).optional(),
    frequency: z.number().int().min(0),
    recency: z.number().min(0),
    T: z.number().min(0),
    monetaryValue: z.number().min(0).optional(),
    count: z.int().min(0).optional(),
  })
  .superRefine((summary, ctx) => {
    const problem = summaryProblem(summary.frequency, summary.recency, summary.T);
    if (problem !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [problem.field],
        message: problem.message,
        input: summary[problem.field],
      });
  });
/** One customer's BTYD summary (see {@link BtydSummary}). */
export type BtydSummary = z.infer<typeof BtydSummary>;

/**
 * Schema of a list of {@link BtydSummary} rows; an issue's path starts with the row index
 * (`[12, 'recency']`).
 *
 * @example
 * ```ts
 * BtydSummaries.parse([{ frequency: 2, recency: 30.43, T: 38.86 }]).length;
 * //=> 1
 * ```
 */
export const BtydSummaries = z.array(BtydSummary);
/** A list of BTYD summaries. */
export type BtydSummaries = z.infer<typeof BtydSummaries>;

/**
 * Validates BTYD summaries: finite numbers, `frequency` a non-negative integer,
 * 0 ≤ `recency` ≤ `T`, `recency` = 0 when `frequency` = 0.
 *
 * @param input - untrusted rows
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws nothing: a CrmRulesError (`INVALID_INPUT`) comes back as `error`
 * @example
 * ```ts
 * const r = safeParseBtydSummaries([{ frequency: 1, recency: 12, T: 10 }]);
 * r.success ? null : [r.error.code, r.error.path];
 * //=> ['INVALID_INPUT', [0, 'recency']]
 * ```
 */
export function safeParseBtydSummaries(input: unknown): SafeResult<BtydSummary[]> {
  return safeParseWith(BtydSummaries, input);
}

/**
 * Like {@link safeParseBtydSummaries} but throws.
 *
 * @param input - untrusted rows
 * @returns the parsed rows
 * @throws CrmRulesError `INVALID_INPUT` with the path of the first bad field (`[index, field]`)
 * @example
 * ```ts
 * parseBtydSummaries([{ frequency: 0, recency: 0, T: 5 }])[0]?.T;
 * //=> 5
 * ```
 */
export function parseBtydSummaries(input: unknown): BtydSummary[] {
  const result = safeParseBtydSummaries(input);
  if (!result.success) throw result.error;
  return result.data;
}
