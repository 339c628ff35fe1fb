import * as z from 'zod';
import { findUnsafeOwnKey } from '../_lib/guards';

const CODE_PATTERN = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)+$/;

/**
 * True when `code` is a trace code: lower-case segments joined by dots, at least two
 * (`area.step`), each segment letters and digits with inner `-` or `_` (`money.round.half-up`).
 *
 * @param code - the candidate code
 * @returns whether it is a well-formed trace code
 * @example
 * ```ts
 * [isTraceCode('commission.tier.slice'), isTraceCode('Commission.Tier')];
 * //=> [true, false]
 * ```
 */
export function isTraceCode(code: unknown): code is string {
  return typeof code === 'string' && CODE_PATTERN.test(code);
}

/**
 * Schema of a trace code such as `rules.leaf.eq` (see {@link isTraceCode}).
 *
 * @example
 * ```ts
 * TraceCode.safeParse('rules').success;
 * //=> false
 * ```
 */
export const TraceCode = z.string().refine(isTraceCode, {
  message: 'expected a lower dot case code such as "commission.tier.slice"',
});
/** A trace code (see {@link TraceCode}). */
export type TraceCode = z.infer<typeof TraceCode>;

/**
 * Schema of one trace parameter: a JSON scalar. Numbers must be safe integers (counts, depths,
 * decimal places); decimals — amounts, rates, scores — travel as decimal strings, money as a
 * decimal string plus a currency parameter.
 *
 * @example
 * ```ts
 * [TraceParam.safeParse('0.04').success, TraceParam.safeParse(0.04).success];
 * //=> [true, false]
 * ```
 */
export const TraceParam = z.union([
  z.string(),
  z.number().refine(Number.isSafeInteger, {
    message: 'numeric params must be safe integers; write decimals as strings',
  }),
  z.boolean(),
  z.null(),
]);
/** One trace parameter value (see {@link TraceParam}). */
export type TraceParam = z.infer<typeof TraceParam>;

/**
 * Schema of one explained step of a computation: a code naming what happened and the scalar
 * parameters its message needs. Parameter names must not be `__proto__`, `constructor` or
 * `prototype`.
 *
 * @example
 * ```ts
 * TraceStep.parse({ code: 'commission.tier.slice', params: { rate: '0.04' } }).params.rate;
 * //=> '0.04'
 * ```
 */
export const TraceStep = z.strictObject({
  code: TraceCode,
  params: z.preprocess<object, z.ZodRecord<z.ZodString, typeof TraceParam>, object>(
    (value, ctx) => {
      // Checked before the record sees the keys; the record alone is what JSON Schema shows.
      if (typeof value === 'object' && value !== null && findUnsafeOwnKey(value))
        ctx.addIssue({
          code: 'custom',
          message: 'parameter names must not be __proto__, constructor or prototype',
          input: value,
          params: { code: 'UNSAFE_KEY' },
        });
      return value;
    },
    z.record(z.string(), TraceParam),
  ),
});
/** One explained step: `{ code, params }` (see {@link TraceStep}). */
export type TraceStep = z.infer<typeof TraceStep>;
