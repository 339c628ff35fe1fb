import type { z } from 'zod';
import type { ErrorCode } from '../errors';
import { Decimal } from '../money';

/**
 * Internal: reports one cross-field problem from a `.superRefine`, with the path relative to the
 * schema being refined, the offending value and, optionally, one of our error codes (which
 * `safeParseWith` turns into the `CrmRulesError` code).
 */
export function addIssue(
  ctx: z.RefinementCtx,
  path: ReadonlyArray<string | number>,
  message: string,
  input: unknown,
  code?: ErrorCode,
): void {
  ctx.addIssue({
    code: 'custom',
    path: [...path],
    message,
    input,
    ...(code === undefined ? {} : { params: { code } }),
  });
}

/** Internal: a decimal.js value of an already validated decimal string. */
export function dec(text: string): Decimal {
  return new Decimal(text);
}

/** Internal: reports the second and later uses of a `lineId` under `lines`. */
export function uniqueLineIds(
  lines: ReadonlyArray<{ readonly lineId: string }>,
  ctx: z.RefinementCtx,
  field = 'lines',
): void {
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    const first = seen.get(line.lineId);
    if (first === undefined) seen.set(line.lineId, index);
    else
      addIssue(
        ctx,
        [field, index, 'lineId'],
        `duplicate lineId (first used at ${field}[${first}])`,
        line.lineId,
      );
  });
}
