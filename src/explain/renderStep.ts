import { attempt, type SafeResult } from '../errors';
import { requireArray, requireFields, requireObject } from '../errors/_lib/argumentGuards';
import type { MessageCatalog } from './defineCatalog';
import type { Locale } from './Locale';
import { type Labels, labelFor } from './LocalizedLabel';
import { lookupTemplate } from './lookupTemplate';
import { fallbackText, renderParts } from './renderParts';
import type { TraceStep } from './TraceStep';

/** Options of {@link renderStep} and {@link renderTrace}. */
export interface RenderOptions {
  /** The language to render in. */
  readonly locale: Locale;
  /** The messages to render with (see {@link defineCatalog}, {@link mergeCatalogs}). */
  readonly catalog: MessageCatalog;
  /**
   * Labels per locale for ids: a raw placeholder `{fact}` whose value has a label under
   * `labels.fact` in the locale shows the label instead (see {@link Labels}); otherwise the id.
   */
  readonly labels?: Labels;
}

/**
 * Renders one trace step as a sentence in a locale. Never throws and never drops a step: a code
 * the catalog lacks, or a step missing a parameter its template reads, renders as the visible
 * fallback `code {"param":…}` (find such steps with {@link findUnrenderable}); a parameter that
 * does not fit its format (`{x:percent}` given `"abc"`) is shown raw; `null` shows as `—`. With
 * `labels`, an id in a raw placeholder (a fact, a component, a grade) shows as its label in the
 * locale, when it has one.
 *
 * @param step - the step
 * @param options - `locale` and `catalog`
 * @returns the sentence
 * @example
 * ```ts
 * renderStep(
 *   { code: 'rules.leaf.in', params: { fact: 'product.category', expected: '[A, B]', actual: 'C', outcome: false } },
 *   { locale: 'zh-CN', catalog: coreCatalog },
 * );
 * //=> 'product.category 属于 [A, B] ✗（实际为 C）'
 * renderStep(
 *   { code: 'rules.leaf.gte', params: { fact: 'ordersLast12Months', expected: '12', actual: '15', outcome: true } },
 *   { locale: 'zh-CN', catalog: coreCatalog, labels: { fact: { ordersLast12Months: { 'zh-CN': '近12个月订单数' } } } },
 * );
 * //=> '近12个月订单数 大于或等于 12 ✓（实际为 15）'
 * ```
 */
export function renderStep(step: TraceStep, options: RenderOptions): string {
  requireFields(step, 'step', { code: 'string' }, 'a trace step { code, params }');
  requireFields(
    options,
    'options',
    { locale: 'string', catalog: 'object' },
    'render options { locale, catalog }',
  );
  const labels = options.labels;
  if (labels !== undefined) requireObject(labels, 'options.labels');
  const parts = lookupTemplate(options.catalog, step.code, options.locale);
  if (parts === undefined) return fallbackText(step.code, step.params);
  const { text, problems } = renderParts(
    parts,
    step.params,
    labels === undefined
      ? undefined
      : (param, value) => labelFor(labels, param, value, options.locale),
  );
  return problems.some((problem) => problem.reason === 'missing-param')
    ? fallbackText(step.code, step.params)
    : text;
}

/**
 * Like {@link renderStep}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeRenderStep(null, null).success;
 * //=> false
 * ```
 */
export function safeRenderStep(step: TraceStep, options: RenderOptions): SafeResult<string> {
  return attempt(() => renderStep(step, options));
}

/** Options of {@link renderTrace}. */
export interface RenderTraceOptions extends RenderOptions {
  /**
   * Indent each line by this string repeated by the step's `depth` param (a non-negative
   * integer, as the rules module emits); no indentation when absent.
   */
  readonly indent?: string;
}

/**
 * Renders a whole trace, one line per step, in order (see {@link renderStep}).
 *
 * @param steps - the trace
 * @param options - `locale`, `catalog` and an optional `indent` for nested steps
 * @returns one sentence per step
 * @example
 * ```ts
 * renderTrace(
 *   [
 *     { code: 'rules.all', params: { outcome: true, met: 1, total: 1, depth: 0 } },
 *     { code: 'rules.leaf.eq', params: { fact: 'grade', expected: 'key', actual: 'key', outcome: true, depth: 1 } },
 *   ],
 *   { locale: 'en', catalog: coreCatalog, indent: '  ' },
 * );
 * //=> ['all of the following ✓ (1 of 1 met)', '  grade = key ✓ (was key)']
 * ```
 */
export function renderTrace(steps: readonly TraceStep[], options: RenderTraceOptions): string[] {
  requireArray(steps, 'steps');
  requireFields(
    options,
    'options',
    { locale: 'string', catalog: 'object' },
    'render options { locale, catalog }',
  );
  return steps.map((step) => {
    const line = renderStep(step, options);
    if (options.indent === undefined) return line;
    const depth = Object.hasOwn(step.params, 'depth') ? step.params.depth : undefined;
    const times = typeof depth === 'number' && Number.isSafeInteger(depth) && depth > 0 ? depth : 0;
    return options.indent.repeat(Math.min(times, 64)) + line;
  });
}

/**
 * Like {@link renderTrace}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeRenderTrace(null, null).success;
 * //=> false
 * ```
 */
export function safeRenderTrace(
  steps: readonly TraceStep[],
  options: RenderTraceOptions,
): SafeResult<string[]> {
  return attempt(() => renderTrace(steps, options));
}
