import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { argumentError } from '../errors/_lib/argumentGuards';
import type { MessageCatalog, MessageTemplates } from './defineCatalog';
import { LOCALES } from './Locale';

/**
 * Combines catalogs into one (the core catalog with an area's own, say). A code may appear in
 * several catalogs only with identical templates.
 *
 * @param catalogs - catalogs built by {@link defineCatalog}
 * @returns one catalog holding every message
 * @throws CrmRulesError `INVALID_INPUT` with path `[code]` when one code has different templates
 * @example
 * ```ts
 * const a = defineCatalog({ 'a.one': { en: 'one', 'zh-CN': '一' } });
 * const b = defineCatalog({ 'b.two': { en: 'two', 'zh-CN': '二' } });
 * [...mergeCatalogs(a, b).messages.keys()];
 * //=> ['a.one', 'b.two']
 * ```
 */
export function mergeCatalogs(...catalogs: readonly MessageCatalog[]): MessageCatalog {
  for (const catalog of catalogs)
    if (!((catalog as Partial<MessageCatalog> | null)?.messages instanceof Map))
      throw argumentError('catalogs', 'message catalogs (use defineCatalog)', catalog);
  const merged = new Map<string, MessageTemplates>();
  catalogs.forEach((catalog, index) => {
    for (const [code, message] of catalog.messages) {
      const existing = merged.get(code);
      if (existing === undefined) merged.set(code, message);
      else if (LOCALES.some((locale) => existing[locale] !== message[locale]))
        throw new CrmRulesError(
          'INVALID_INPUT',
          `code ${code} is defined twice with different text (catalog ${index})`,
          { path: [code], value: { existing, incoming: message } },
        );
    }
  });
  const sorted = new Map([...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return Object.freeze({ messages: sorted });
}

/**
 * Like {@link mergeCatalogs}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeMergeCatalogs(null).success;
 * //=> false
 * ```
 */
export function safeMergeCatalogs(
  ...catalogs: readonly MessageCatalog[]
): SafeResult<MessageCatalog> {
  return attempt(() => mergeCatalogs(...catalogs));
}
