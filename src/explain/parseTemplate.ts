import { attempt, CrmRulesError, type ErrorPath, type SafeResult } from '../errors';
import { requireArray, requirePath, requireString } from '../errors/_lib/argumentGuards';

/**
 * How a placeholder shows its parameter. `raw`: as is (`null` as `—`). `number`: a decimal with
 * grouped thousands. `percent`: a rate as a percentage (`0.04` → `4%`). `money`: a decimal
 * amount with grouped thousands and the currency named by another parameter. `check`: a boolean
 * as `✓` or `✗`.
 */
export type PlaceholderFormat = 'raw' | 'number' | 'percent' | 'money' | 'check';

/** One `{param}` or `{param:format}` placeholder of a template. */
export interface Placeholder {
  readonly kind: 'param';
  /** The parameter shown. */
  readonly name: string;
  readonly format: PlaceholderFormat;
  /** For `money`: the parameter holding the ISO 4217 code. */
  readonly currencyParam?: string;
}

/** A parsed template: literal text and placeholders in order. */
export type TemplatePart = { readonly kind: 'text'; readonly text: string } | Placeholder;

const NAME = '[A-Za-z][A-Za-z0-9_]*';
const PLACEHOLDER = new RegExp(`^(${NAME})(?::(raw|number|percent|check|money:(${NAME})))?$`);

/**
 * Parses a message template. Placeholders are `{name}` (raw), `{name:number}`,
 * `{name:percent}`, `{name:check}` and `{name:money:currencyParam}`; `{{` and `}}` stand for
 * literal braces. Anything else in braces is an error, so a typo never reaches a reader.
 *
 * @param template - the template text
 * @param path - where the template sits in the caller's input, for errors
 * @returns the literal and placeholder parts, in order
 * @throws CrmRulesError `INVALID_INPUT` for an unclosed, empty or unknown placeholder
 * @example
 * ```ts
 * parseTemplate('{rate:percent} of {base:money:currency}').map((part) => part.kind);
 * //=> ['param', 'text', 'param']
 * ```
 */
export function parseTemplate(template: string, path: ErrorPath = []): TemplatePart[] {
  requireString(template, 'template');
  requirePath(path);
  const parts: TemplatePart[] = [];
  let text = '';
  let index = 0;
  const fail = (detail: string): never => {
    throw new CrmRulesError('INVALID_INPUT', `${detail} at offset ${index}`, {
      path,
      value: template,
    });
  };
  while (index < template.length) {
    const char = template[index] as string;
    const next = template[index + 1];
    if ((char === '{' && next === '{') || (char === '}' && next === '}')) {
      text += char;
      index += 2;
    } else if (char === '}') {
      fail('unmatched "}" (write "}}" for a literal brace)');
    } else if (char === '{') {
      const end = template.indexOf('}', index);
      if (end < 0) fail('unclosed "{"');
      const match = PLACEHOLDER.exec(template.slice(index + 1, end));
      if (match === null) fail('expected {name}, {name:number|percent|check} or {name:money:cur}');
      const [, name = '', spec, currencyParam] = match as RegExpExecArray;
      if (text !== '') parts.push({ kind: 'text', text });
      text = '';
      const format = (spec?.startsWith('money:') ? 'money' : (spec ?? 'raw')) as PlaceholderFormat;
      parts.push(
        currencyParam === undefined
          ? { kind: 'param', name, format }
          : { kind: 'param', name, format, currencyParam },
      );
      index = end + 1;
    } else {
      text += char;
      index += 1;
    }
  }
  if (text !== '') parts.push({ kind: 'text', text });
  return parts;
}

/**
 * Like {@link parseTemplate}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeParseTemplate(null).success;
 * //=> false
 * ```
 */
export function safeParseTemplate(
  template: string,
  path: ErrorPath = [],
): SafeResult<TemplatePart[]> {
  return attempt(() => parseTemplate(template, path));
}

/**
 * The parameters a template reads, sorted and without repeats (a money placeholder reads its
 * amount and its currency parameter).
 *
 * @param parts - a parsed template
 * @returns the parameter names
 * @example
 * ```ts
 * templateParams(parseTemplate('{amount:money:currency} at {rate:percent}'));
 * //=> ['amount', 'currency', 'rate']
 * ```
 */
export function templateParams(parts: readonly TemplatePart[]): string[] {
  requireArray(parts, 'parts');
  const names = new Set<string>();
  for (const part of parts) {
    if (part.kind !== 'param') continue;
    names.add(part.name);
    if (part.currencyParam !== undefined) names.add(part.currencyParam);
  }
  return [...names].sort();
}
