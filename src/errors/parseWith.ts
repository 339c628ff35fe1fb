import type { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';
import { CrmRulesError, type ErrorPath } from './CrmRulesError';
import type { ErrorCode } from './codes';
import { asCrmRulesError, type SafeResult } from './result';

/**
 * Validates `input` against a zod schema and returns a {@link SafeResult}. On failure the error
 * has code `INVALID_INPUT` (or `code`), the path and received value of the first issue, and all
 * issues in `issues`. An unknown key of a strict object is reported at the key (`['calendar',
 * 'fiscalYearStartMonth']`) with its value; a required key left missing is named (`missing key
 * "noMatch"`), and when the same object has an unknown key close to a missing one (a misspelling:
 * `calculaton`), that issue comes first and names both (`unknown key "calculaton" (did you mean
 * "calculation"?)`).
 *
 * @param schema - the zod schema
 * @param input - untrusted input
 * @param options - `code` to report instead of `INVALID_INPUT`; `path` to prefix issue paths
 * @example
 * ```ts
 * import { z } from 'zod';
 * safeParseWith(z.number(), 'x').success;
 * //=> false
 * ```
 */
export function safeParseWith<S extends z.ZodType | ZodMiniType>(
  schema: S,
  input: unknown,
  options: { code?: ErrorCode; path?: ErrorPath } = {},
): SafeResult<z.output<S>> {
  let result: z.core.util.SafeParseResult<z.output<S>>;
  try {
    // zod and zod/mini schemas both parse; their results differ only in the error's class.
    result = schema.safeParse(input, { reportInput: true }) as typeof result;
  } catch (error) {
    // A schema can still throw (a refinement's bug, input nested past the stack): never here.
    return { success: false, error: asCrmRulesError(error) };
  }
  if (result.success) return { success: true, data: result.data };
  const prefix = Array.isArray(options?.path) ? options.path : [];
  type Issue = { code: string; path: ErrorPath; message: string; input: unknown };
  const issues = result.error.issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code !== 'unrecognized_keys') {
      const key = path[path.length - 1];
      const missing = MISSING.has(issue.code) && issue.input === undefined;
      const message =
        missing && typeof key === 'string' && !issue.message.startsWith('missing key')
          ? `missing key "${key}": ${issue.message}`
          : issue.message;
      return [{ code: issue.code, path, message, input: issue.input }];
    }
    // A strict object's unknown keys: one issue each, at the key, with its value.
    const object = issue.input as Record<string, unknown> | undefined;
    return issue.keys.map((key) => ({
      code: issue.code,
      path: [...path, key],
      message: `unknown key "${key}"`,
      input: object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined,
    }));
  });
  misspelt(issues);
  const first = issues[0] ?? { code: 'custom', path: prefix, message: 'invalid input', input };
  // A custom issue may carry one of our codes in params.code (see schemaIssue).
  const raw = result.error.issues[0] as { params?: { code?: unknown } } | undefined;
  const custom = typeof raw?.params?.code === 'string' ? (raw.params.code as ErrorCode) : undefined;
  const error = new CrmRulesError(custom ?? options?.code ?? 'INVALID_INPUT', summarise(issues), {
    path: first.path,
    value: first.input,
    issues,
    cause: result.error,
  });
  return { success: false, error };
}

/**
 * Like {@link safeParseWith} but throws the {@link CrmRulesError}.
 *
 * @throws CrmRulesError `INVALID_INPUT` (or the schema's own code) with path and value
 * @example
 * ```ts
 * import { z } from 'zod';
 * parseWith(z.string(), 'ok');
 * //=> 'ok'
 * ```
 */
export function parseWith<S extends z.ZodType | ZodMiniType>(
  schema: S,
  input: unknown,
  options: { code?: ErrorCode; path?: ErrorPath } = {},
): z.output<S> {
  const result = safeParseWith(schema, input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/** The zod issue codes a missing key raises (a value, an option, a union member expected). */
const MISSING = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

type PathIssue = { code: string; path: ErrorPath; message: string; input: unknown };

/**
 * Finds an unknown key next to a missing key it nearly spells (at most two edits, or a change of
 * case), names both in its message and moves it first: the misspelling is the cause of both.
 */
function misspelt(issues: PathIssue[]): void {
  for (const [index, unknown] of issues.entries()) {
    if (unknown.code !== 'unrecognized_keys') continue;
    const parent = unknown.path.slice(0, -1);
    const typed = String(unknown.path[unknown.path.length - 1]);
    const known = issues.find(
      (issue) =>
        MISSING.has(issue.code) &&
        issue.input === undefined &&
        issue.path.length === unknown.path.length &&
        parent.every((part, i) => issue.path[i] === part) &&
        near(typed, String(issue.path[issue.path.length - 1])),
    );
    if (known === undefined) continue;
    const meant = String(known.path[known.path.length - 1]);
    issues.splice(index, 1);
    issues.unshift({ ...unknown, message: `unknown key "${typed}" (did you mean "${meant}"?)` });
    return;
  }
}

/** Whether two keys are at most two edits apart (or equal but for case). */
function near(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (Math.abs(a.length - b.length) > 2) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return (row[b.length] as number) <= 2;
}

function summarise(issues: ReadonlyArray<{ message: string }>): string {
  const first = issues[0]?.message ?? 'invalid input';
  return issues.length > 1
    ? `${first} (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})`
    : first;
}
