import { attempt, parseWith, type SafeResult } from '../errors';
import { requireObject } from '../errors/_lib/argumentGuards';
import { type Labels, Locale } from '../explain';
import { riskSentence } from './_lib/findings/findingMessage';
import { Finding } from './Finding';

/** Options of {@link renderFinding}. */
export interface RenderFindingOptions {
  /** The language: `'en'` or `'zh-CN'`. */
  readonly locale: Locale;
  /** Labels per locale for ids shown raw (see `Labels` in `crm-rules`). */
  readonly labels?: Labels;
}

/** A finding as a reader sees it (see {@link renderFinding}). */
export interface RenderedFinding {
  /** The finding's sentence, from its code and evidence. */
  readonly message: string;
  /**
   * Its trace, one line a step; when an amount was rounded for display, a last line states the
   * rounding (`risk.display.rounding`).
   */
  readonly trace: readonly string[];
  /** Whether any amount shown was rounded for display. */
  readonly rounded: boolean;
}

/**
 * Renders a risk finding for a reader, in `en` or `zh-CN`, from {@link riskCatalog}: its
 * message (from its code and evidence) and its trace. Amounts are shown at their currency's
 * minor unit, rounded half-up (halves away from zero) — the library's display rounding, as
 * `formatMoney` — and a trace that rounded anything ends with a line that says so. The finding
 * itself is not changed: its evidence and trace keep every digit (an FX-converted exposure of
 * `5683205.7760496` CNY reads `5,683,205.78 CNY`). A code the catalog lacks shows the finding's
 * own message; a trace step the catalog lacks, its visible fallback.
 *
 * @param finding - a finding of any risk check ({@link Finding})
 * @param options - `locale` and optional `labels`
 * @returns the message, the trace lines and whether an amount was rounded
 * @throws CrmRulesError `INVALID_INPUT` at `['finding', …]` for a malformed finding, at
 * `['options', 'locale']` for a locale other than `en` and `zh-CN`
 * @example
 * ```ts
 * const finding = {
 *   code: 'credit.limit.exceeded', severity: 'block', subject: { kind: 'customer', id: 'C-1' },
 *   evidence: { currency: 'CNY', exposure: '5683205.7760496', limit: '4505736.00', excess: '1177469.7760496', blockAtPercent: '100' },
 *   message: 'exposure 5,683,205.78 CNY is above 100% of the credit limit 4,505,736.00 CNY (over the limit by 1,177,469.78 CNY)',
 * } as const;
 * renderFinding(finding, { locale: 'zh-CN' }).message;
 * //=> '信用敞口 5,683,205.78 CNY 超过信用额度 4,505,736.00 CNY 的 100%（超出额度 1,177,469.78 CNY）'
 * renderFinding(finding, { locale: 'en' }).trace;
 * //=> ["amounts shown rounded half-up (halves away from zero) to the currency's minor unit; the evidence keeps every digit"]
 * ```
 */
export function renderFinding(finding: Finding, options: RenderFindingOptions): RenderedFinding {
  const checked = parseWith(Finding, finding, { path: ['finding'] });
  requireObject(options, 'options');
  const locale = parseWith(Locale, options.locale, { path: ['options', 'locale'] });
  if (options.labels !== undefined) requireObject(options.labels, 'options.labels');
  const labels = options.labels;
  const head = riskSentence(checked.code, checked.evidence, locale, labels);
  const known = head.known;
  let rounded = known && head.rounded;
  const trace = (checked.trace ?? []).map((step) => {
    const line = riskSentence(step.code, step.params, locale, labels);
    rounded ||= line.rounded;
    return line.text;
  });
  if (rounded) trace.push(riskSentence('risk.display.rounding', {}, locale).text);
  return { message: known ? head.text : checked.message, trace, rounded };
}

/**
 * Like {@link renderFinding}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeRenderFinding(null, { locale: 'en' }).success;
 * //=> false
 * ```
 */
export function safeRenderFinding(
  finding: Finding,
  options: RenderFindingOptions,
): SafeResult<RenderedFinding> {
  return attempt(() => renderFinding(finding, options));
}
