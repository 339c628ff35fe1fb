import { escapeHtml } from './escapeHtml';

/** Internal: attributes of an element; `undefined` values are left out. */
export type Attributes = Readonly<Record<string, string | number | undefined>>;

/**
 * Internal: `<name attr="…">children</name>` with every attribute value escaped; the children are
 * markup already (escape text with `escapeHtml` or `textElement`). `void` elements take none.
 */
export function element(
  name: string,
  attributes: Attributes,
  children: readonly string[] = [],
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`)
    .join('');
  return `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** Internal: an element holding plain `text`, escaped. */
export function textElement(name: string, attributes: Attributes, text: string): string {
  return element(name, attributes, [escapeHtml(text)]);
}
