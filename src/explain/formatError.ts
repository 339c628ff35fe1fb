import {
  attempt,
  type CrmRulesError,
  formatPath,
  isCrmRulesError,
  type SafeResult,
} from '../errors';
import { argumentError } from '../errors/_lib/argumentGuards';
import { asCrmRulesError } from '../errors/result';
import { zodIssuesOf, zodIssueText } from './_lib/zodIssueText';
import { errorCatalog, errorMessageCode } from './errorCatalog';
import { LOCALES, type Locale } from './Locale';
import { renderStep } from './renderStep';
import type { TraceParam } from './TraceStep';

/**
 * The message of an error in a locale, rendered through {@link errorCatalog}. In `en` it is
 * exactly `error.message` (which stays English). In `zh-CN` the code is named in Chinese, the
 * path and the received value are framed in Chinese, and a validation error's zod issues are
 * worded by zod's own Chinese locale (without changing your zod configuration); the detail of
 * the library's own checks stays in English after the Chinese title. Any other thrown value is
 * first turned into an `INVALID_INPUT` error, as the `safeX` forms do.
 *
 * @param error - a {@link CrmRulesError} (or anything thrown)
 * @param locale - `'en'` or `'zh-CN'`
 * @returns the message
 * @throws CrmRulesError `INVALID_INPUT` at `['locale']` for a locale other than `en` and `zh-CN`
 * @example
 * ```ts
 * const result = safeParseWith(Locale, 'fr');
 * if (!result.success) formatError(result.error, 'zh-CN');
 * //=> 'INVALID_INPUT（输入无效）：无效选项：期望以下之一 "en"|"zh-CN"（收到 "fr"）'
 * const amount = safeMoney('12.3.4', 'USD');
 * if (!amount.success) formatError(amount.error, 'zh-CN');
 * //=> 'INVALID_AMOUNT（金额无效），位置 amount：expected a decimal string such as "1234.56"（收到 "12.3.4"）'
 * ```
 */
export function formatError(error: unknown, locale: Locale): string {
  if (!(LOCALES as readonly unknown[]).includes(locale))
    throw argumentError('locale', `one of ${LOCALES.join(', ')}`, locale);
  const e = isCrmRulesError(error) ? error : asCrmRulesError(error);
  const where = e.path.length > 0 ? ` at ${formatPath(e.path)}` : '';
  const head = `${e.code}${where}: ${e.detail}`;
  const got = /^ \(got ([\s\S]*)\)$/.exec(e.message.slice(head.length));
  if (typeof e.detail !== 'string' || !e.message.startsWith(head) || (head !== e.message && !got))
    // A message changed after construction (or an error of an older copy): keep it whole.
    return locale === 'en'
      ? e.message
      : render(errorMessageCode(e.code), locale, {
          where: '',
          detail: e.message,
          got: '',
        });
  return render(errorMessageCode(e.code), locale, {
    where: where === '' ? '' : render('errors.where', locale, { path: formatPath(e.path) }),
    detail: detailIn(e, locale),
    got: got === null ? '' : render('errors.got', locale, { value: got[1] ?? '' }),
  });
}

/**
 * Like {@link formatError}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeFormatError(new CrmRulesError('INVALID_DATE', 'not a date'), 'fr').success;
 * //=> false
 * ```
 */
export function safeFormatError(error: unknown, locale: Locale): SafeResult<string> {
  return attempt(() => formatError(error, locale));
}

function detailIn(error: CrmRulesError, locale: Locale): string {
  const issues = zodIssuesOf(error.cause);
  if (locale === 'en' || issues === undefined) return error.detail;
  // parseWith may put a misspelt key first (see `misspelt`): word that issue, not zod's first.
  const own = error.issues[0];
  const issue =
    own?.code === 'unrecognized_keys' && issues[0]?.code !== 'unrecognized_keys'
      ? { code: own.code, message: own.message, keys: [String(own.path[own.path.length - 1])] }
      : (issues[0] as (typeof issues)[number]);
  const first = zodIssueText(issue, locale);
  const more = error.issues.length - 1;
  if (more < 1) return first;
  return render(more === 1 ? 'errors.more.one' : 'errors.more.other', locale, {
    first,
    count: more,
  });
}

function render(code: string, locale: Locale, params: Record<string, TraceParam>): string {
  return renderStep({ code, params }, { locale, catalog: errorCatalog });
}
