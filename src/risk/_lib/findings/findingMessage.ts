import type { Labels, Locale, TraceParam } from '../../../explain';
import { renderStep } from '../../../explain';
import { lookupTemplate } from '../../../explain/lookupTemplate';
import type { TemplatePart } from '../../../explain/parseTemplate';
import { fallbackText, renderParts } from '../../../explain/renderParts';
import { riskCatalog } from '../../riskCatalog';
import { displayAmounts } from './displayAmounts';

/**
 * Internal: the sentence of a risk step or finding (`code` with `params`) in `locale`, from
 * {@link riskCatalog}, with amounts rounded for display (see `displayAmounts`); `rounded` tells
 * whether any was, `known` whether the catalog has the code. A code the catalog lacks or a missing param renders as `renderStep`'s visible
 * fallback.
 */
export function riskSentence(
  code: string,
  params: Readonly<Record<string, TraceParam>>,
  locale: Locale,
  labels?: Labels,
): { text: string; rounded: boolean; known: boolean } {
  const parts = lookupTemplate(riskCatalog, code, locale);
  if (parts === undefined)
    return { text: fallbackText(code, params), rounded: false, known: false };
  const shown = displayAmounts(parts, params);
  const text = renderStep(
    { code, params: shown.params },
    labels === undefined
      ? { locale, catalog: riskCatalog }
      : { locale, catalog: riskCatalog, labels },
  );
  return { text, rounded: shown.rounded, known: true };
}

/**
 * Internal: the English message of many findings of one template (looked up once by the
 * caller): {@link riskSentence} without the lookup; the fallback over the exact params.
 */
export function templateMessage(
  code: string,
  parts: readonly TemplatePart[],
  params: Readonly<Record<string, TraceParam>>,
): string {
  const { text, problems } = renderParts(parts, displayAmounts(parts, params).params);
  return problems.some((problem) => problem.reason === 'missing-param')
    ? fallbackText(code, params)
    : text;
}
