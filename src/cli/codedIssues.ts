import { CrmRulesError, type ErrorIssue, type ErrorPath, safeParseWith } from '../errors';

/**
 * Every issue of a value against a schema, none when it parses: each with the library's error
 * code (`INVALID_DATE`, `UNKNOWN_CURRENCY`, `WEIGHTS_NOT_100` …; `INVALID_INPUT` for a wrong
 * shape) and its path, under `path`.
 */
export function codedIssues(
  schema: Parameters<typeof safeParseWith>[0],
  value: unknown,
  path: ErrorPath = [],
): readonly ErrorIssue[] {
  const result = safeParseWith(schema, value, { path });
  if (result.success) return [];
  const error = result.error;
  if (!(error instanceof CrmRulesError)) return [];
  const raw = (error.cause as { issues?: Array<{ params?: { code?: unknown } }> }).issues ?? [];
  // The library's code of each issue (zod's issues and ours align unless keys were split).
  const aligned = raw.length === error.issues.length;
  return error.issues.map((issue, k) => {
    const code = aligned ? raw[k]?.params?.code : k === 0 ? error.code : undefined;
    return { ...issue, code: typeof code === 'string' ? code : 'INVALID_INPUT' };
  });
}
