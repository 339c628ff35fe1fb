import { zhCN } from 'zod/locales';
import type { Locale } from '../Locale';

/** Internal: the part of a zod issue read here (zod's finalised issues keep their raw fields). */
interface ZodIssueLike {
  readonly code: string;
  readonly message: string;
  readonly keys?: readonly string[];
}

type LocaleError = (issue: never) => unknown;

let zhError: LocaleError | undefined;

/**
 * Internal: the issues of a zod error that caused a `CrmRulesError` (`parseWith` keeps it as
 * `cause`), or `undefined` for any other cause. Duck-typed: the error may come from another copy
 * of zod.
 */
export function zodIssuesOf(cause: unknown): readonly ZodIssueLike[] | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const issues = (cause as { issues?: unknown }).issues;
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  const valid = issues.every(
    (issue) =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof issue.code === 'string' &&
      typeof issue.message === 'string',
  );
  return valid ? (issues as ZodIssueLike[]) : undefined;
}

/**
 * Internal: a zod issue's message in a locale. `en` keeps zod's message; `zh-CN` asks zod's own
 * Chinese locale, without touching the global zod configuration. A `custom` issue (one of the
 * library's own refinements) keeps its text; unknown keys are shown one at a time, as
 * `parseWith` reports them.
 */
export function zodIssueText(issue: ZodIssueLike, locale: Locale): string {
  if (locale === 'en' || issue.code === 'custom') return issue.message;
  const raw =
    issue.code === 'unrecognized_keys' && Array.isArray(issue.keys)
      ? { ...issue, keys: issue.keys.slice(0, 1) }
      : issue;
  try {
    zhError ??= zhCN().localeError as LocaleError;
    const text = zhError(raw as never);
    if (typeof text === 'string') return text;
    const message = (text as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? message : issue.message;
  } catch {
    return issue.message;
  }
}
