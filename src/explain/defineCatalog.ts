import { isUnsafeKey } from '../_lib/guards';
import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { LOCALES, type Locale } from './Locale';
import { type Placeholder, parseTemplate, type TemplatePart } from './parseTemplate';
import { isTraceCode } from './TraceStep';

/** The templates of one message, one per locale. */
export type MessageTemplates = { readonly [L in Locale]: string };

/** What {@link defineCatalog} takes: templates by trace code. */
export type CatalogEntries = Readonly<Record<string, MessageTemplates>>;

/** A validated, immutable message catalog (see {@link defineCatalog}). */
export interface MessageCatalog {
  /** Templates by trace code. */
  readonly messages: ReadonlyMap<string, MessageTemplates>;
}

const PARSED = new WeakMap<MessageTemplates, Readonly<Record<Locale, TemplatePart[]>>>();

/**
 * Builds a message catalog from templates by code. Every code must be a trace code, every
 * entry must have exactly the locales `en` and `zh-CN`, every template must parse (see
 * {@link parseTemplate}), and both locales must use the same placeholders with the same formats,
 * so no language silently drops a number.
 *
 * @param entries - `{ [code]: { en, 'zh-CN' } }`
 * @returns the catalog
 * @throws CrmRulesError `INVALID_INPUT` with path `[code]` or `[code, locale]` for a bad code,
 * a missing or extra locale, a malformed template or placeholders that differ; `UNSAFE_KEY` for a
 * placeholder named `__proto__`, `constructor` or `prototype`
 * @example
 * ```ts
 * const catalog = defineCatalog({
 *   'commission.rate': { en: 'rate {rate:percent}', 'zh-CN': '费率 {rate:percent}' },
 * });
 * catalog.messages.has('commission.rate');
 * //=> true
 * ```
 */
export function defineCatalog(entries: CatalogEntries): MessageCatalog {
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
    throw new CrmRulesError('INVALID_INPUT', 'expected an object of templates by code', {
      value: entries,
    });
  const messages = new Map<string, MessageTemplates>();
  for (const code of Object.keys(entries).sort()) {
    if (!isTraceCode(code))
      throw new CrmRulesError('INVALID_INPUT', 'expected a lower dot case code (area.step)', {
        path: [code],
        value: code,
      });
    const entry = entries[code] as unknown;
    messages.set(code, defineMessage(code, entry));
  }
  return Object.freeze({ messages });
}

/**
 * Like {@link defineCatalog}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeDefineCatalog(null).success;
 * //=> false
 * ```
 */
export function safeDefineCatalog(entries: CatalogEntries): SafeResult<MessageCatalog> {
  return attempt(() => defineCatalog(entries));
}

/** Internal: the parsed templates of a catalog message (parsed once, then cached). */
export function parsedTemplates(
  message: MessageTemplates,
): Readonly<Record<Locale, TemplatePart[]>> {
  let parsed = PARSED.get(message);
  if (parsed === undefined) {
    parsed = { en: parseTemplate(message.en), 'zh-CN': parseTemplate(message['zh-CN']) };
    PARSED.set(message, parsed);
  }
  return parsed;
}

function defineMessage(code: string, entry: unknown): MessageTemplates {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
    throw new CrmRulesError('INVALID_INPUT', 'expected { en, "zh-CN" } templates', {
      path: [code],
      value: entry,
    });
  for (const key of Object.keys(entry)) {
    if (!(LOCALES as readonly string[]).includes(key))
      throw new CrmRulesError('INVALID_INPUT', `unknown locale "${key}"`, {
        path: [code, key],
        value: key,
      });
  }
  const parsed = {} as Record<Locale, TemplatePart[]>;
  const templates = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    const template = Object.hasOwn(entry, locale)
      ? (entry as Record<string, unknown>)[locale]
      : undefined;
    if (typeof template !== 'string')
      throw new CrmRulesError('INVALID_INPUT', `missing the ${locale} template`, {
        path: [code, locale],
        value: template,
      });
    parsed[locale] = parseTemplate(template, [code, locale]);
    templates[locale] = template;
    for (const name of signature(parsed[locale]).names)
      if (isUnsafeKey(name))
        throw new CrmRulesError('UNSAFE_KEY', `placeholder name "${name}" is not allowed`, {
          path: [code, locale],
          value: template,
        });
  }
  const [first, ...others] = LOCALES;
  const expected = signature(parsed[first]).specs;
  for (const locale of others) {
    const actual = signature(parsed[locale]).specs;
    if (actual !== expected)
      throw new CrmRulesError(
        'INVALID_INPUT',
        `placeholders differ from ${first}: expected ${expected || 'none'}, found ${actual || 'none'}`,
        { path: [code, locale], value: templates[locale] },
      );
  }
  const message = Object.freeze(templates);
  PARSED.set(message, Object.freeze(parsed));
  return message;
}

function signature(parts: readonly TemplatePart[]): { specs: string; names: string[] } {
  const placeholders = parts.filter((part): part is Placeholder => part.kind === 'param');
  const specs = new Set(
    placeholders.map(
      (p) =>
        `{${p.name}${p.format === 'raw' ? '' : `:${p.format}`}${p.currencyParam === undefined ? '' : `:${p.currencyParam}`}}`,
    ),
  );
  const names = placeholders.flatMap((p) =>
    p.currencyParam === undefined ? [p.name] : [p.name, p.currencyParam],
  );
  return { specs: [...specs].sort().join(' '), names };
}
