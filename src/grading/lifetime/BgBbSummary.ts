import * as z from 'zod';
import { type SafeResult, safeParseWith } from '../../errors';
import { bgBbProblem } from './_lib/data/bgBbProblem';

const count = z.int().min(0);

/**
 * One row of discrete-time ("opportunities") data for the BG/BB model (Fader, Hardie & Shang
 * 2010): a pattern of behaviour over `n` opportunities, and optionally how many customers share it.
 * - `frequency` (x): the opportunities at which the customer transacted, after the first
 *   (the cohort's joining transaction is not counted), an integer 0 ≤ x ≤ n;
 * - `recency` (tₓ): the opportunity of the last transaction, an integer x ≤ tₓ ≤ n, 0 when x is 0;
 * - `n`: the opportunities observed since joining (years since the first donation, renewals
 *   offered…), an integer ≥ 0;
 * - `count` (default 1): the customers with this pattern, an integer ≥ 0 — a pattern table
 *   (11,104 donors in 22 rows) fits exactly as its 11,104 rows one per customer;
 * - `id`: optional, carried through for the caller.
 *
 * @example
 * ```ts
 * [BgBbSummary.safeParse({ frequency: 2, recency: 4, n: 6, count: 155 }).success,
 *  BgBbSummary.safeParse({ frequency: 3, recency: 2, n: 6 }).success];
 * //=> [true, false]
 * ```
 */
export const BgBbSummary = z
  .strictObject({
    id: z.union([z.string(), z.number()]).optional(),
    frequency: z.int().min(0),
    recency: z.int().min(0),
    n: z.int().min(0),
    count: count.optional(),
  })
  .superRefine((row, ctx) => {
    const problem = bgBbProblem(row.frequency, row.recency, row.n);
    if (problem !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [problem.field],
        message: problem.message,
        input: row[problem.field],
      });
  });
/** One BG/BB pattern row (see {@link BgBbSummary}). */
export type BgBbSummary = z.infer<typeof BgBbSummary>;

/**
 * Schema of a list of {@link BgBbSummary} rows; an issue's path starts with the row index.
 *
 * @example
 * ```ts
 * BgBbSummaries.parse([{ frequency: 0, recency: 0, n: 6, count: 3464 }]).length;
 * //=> 1
 * ```
 */
export const BgBbSummaries = z.array(BgBbSummary);
/** A list of BG/BB pattern rows. */
export type BgBbSummaries = z.infer<typeof BgBbSummaries>;

/**
 * Validates BG/BB pattern rows: integers, 0 ≤ frequency ≤ recency ≤ n, recency 0 when frequency
 * is 0, `count` an integer ≥ 0.
 *
 * @param input - untrusted rows
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws nothing: a CrmRulesError (`INVALID_INPUT`) comes back as `error`
 * @example
 * ```ts
 * const r = safeParseBgBbSummaries([{ frequency: 1, recency: 7, n: 6 }]);
 * r.success ? null : [r.error.code, r.error.path];
 * //=> ['INVALID_INPUT', [0, 'recency']]
 * ```
 */
export function safeParseBgBbSummaries(input: unknown): SafeResult<BgBbSummary[]> {
  return safeParseWith(BgBbSummaries, input);
}

/**
 * Like {@link safeParseBgBbSummaries} but throws.
 *
 * @param input - untrusted rows
 * @returns the parsed rows
 * @throws CrmRulesError `INVALID_INPUT` with the path of the first bad field (`[index, field]`)
 * @example
 * ```ts
 * parseBgBbSummaries([{ frequency: 6, recency: 6, n: 6, count: 1203 }])[0]?.count;
 * //=> 1203
 * ```
 */
export function parseBgBbSummaries(input: unknown): BgBbSummary[] {
  const result = safeParseBgBbSummaries(input);
  if (!result.success) throw result.error;
  return result.data;
}
