import { type MessageCatalog, parsedTemplates } from './defineCatalog';
import type { Locale } from './Locale';
import type { TemplatePart } from './parseTemplate';

/**
 * Internal: the parsed template of a code in a locale, or `undefined` when the catalog has no
 * such code or its template does not parse (a hand-built catalog); never throws.
 */
export function lookupTemplate(
  catalog: MessageCatalog,
  code: string,
  locale: Locale,
): readonly TemplatePart[] | undefined {
  const message = catalog.messages.get(code);
  if (message === undefined) return undefined;
  try {
    return parsedTemplates(message)[locale];
  } catch {
    return undefined;
  }
}
