import * as z from 'zod';
import type { Locale } from './Locale';

const LabelText = z.string().min(1, { message: 'must not be empty' });

/**
 * Schema of a label per locale, `{ en?, 'zh-CN'? }` (strict: no other locale): what a fact, a
 * plan component or modifier, a grade or a grading rule is called in explanations. A locale
 * without a label shows the id.
 *
 * @example
 * ```ts
 * LocalizedLabel.parse({ en: 'Orders in the last 12 months', 'zh-CN': '近12个月订单数' })['zh-CN'];
 * //=> '近12个月订单数'
 * ```
 */
export const LocalizedLabel = z.strictObject({
  en: LabelText.optional(),
  'zh-CN': LabelText.optional(),
});
/** A label per locale (see {@link LocalizedLabel}). */
export type LocalizedLabel = z.infer<typeof LocalizedLabel>;

/**
 * Labels for rendering, by trace parameter name, then by the parameter's value (an id):
 * `{ fact: { ordersLast12Months: { 'zh-CN': '近12个月订单数' } }, component: { … } }`. Build them
 * with `factLabels`, `planLabels` or `gradePolicyLabels` and pass them to `renderTrace`.
 */
export type Labels = Readonly<Record<string, Readonly<Record<string, LocalizedLabel>>>>;

/**
 * Internal: the label of `value` as parameter `param` in a locale, or `undefined` when `labels`
 * has none (the renderer then shows the value itself). Prototype keys never resolve; never throws.
 *
 * @param labels - labels by parameter, then value
 * @param param - the parameter name (`fact`, `component`, …)
 * @param value - the parameter's value (an id)
 * @param locale - the locale rendered
 * @returns the label, or `undefined`
 * @example
 * ```ts
 * labelFor({ fact: { orders: { 'zh-CN': '订单数' } } }, 'fact', 'orders', 'zh-CN');
 * //=> '订单数'
 * ```
 */
export function labelFor(
  labels: Labels,
  param: string,
  value: unknown,
  locale: Locale,
): string | undefined {
  if (typeof labels !== 'object' || labels === null) return undefined;
  if (typeof value !== 'string' || !Object.hasOwn(labels, param)) return undefined;
  const byValue = labels[param];
  if (typeof byValue !== 'object' || byValue === null || !Object.hasOwn(byValue, value))
    return undefined;
  const label = byValue[value];
  if (typeof label !== 'object' || label === null || !Object.hasOwn(label, locale))
    return undefined;
  const text = label[locale];
  return typeof text === 'string' && text !== '' ? text : undefined;
}
