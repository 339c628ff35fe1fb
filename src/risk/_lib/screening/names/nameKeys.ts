import type { PreparedName } from './prepareName';

/** Keys longer than this are looked up as they are, without one-deletion variants. */
export const MAX_VARIANT_LENGTH = 24;
/** Keys shorter than this are looked up as they are (their variants would match too much). */
export const MIN_VARIANT_LENGTH = 4;

/** Internal: a blocking key, and whether it is one of the name's tokens. */
export interface NameKey {
  readonly key: string;
  readonly token: boolean;
}

/**
 * Internal: the blocking keys of a name — its tokens, each pair of adjacent tokens written
 * together (`hua wei` → `huawei`, so a name written with or without a space still meets), and
 * the whole name without spaces when it has three tokens or more. Only tokens are also looked up
 * through their one-deletion variants.
 */
export function nameKeys(name: PreparedName): NameKey[] {
  const { tokens } = name;
  const keys = new Map<string, boolean>();
  for (const token of tokens) keys.set(token, true);
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const pair = (tokens[i] as string) + (tokens[i + 1] as string);
    if (!keys.has(pair)) keys.set(pair, false);
  }
  if (tokens.length >= 3 && !keys.has(name.compact)) keys.set(name.compact, false);
  return [...keys].map(([key, token]) => ({ key, token }));
}

/**
 * Internal: the one-deletion variants of a key (each character left out once), for keys of
 * `MIN_VARIANT_LENGTH` to `MAX_VARIANT_LENGTH` characters. Two keys within one edit (insertion,
 * deletion, substitution or adjacent transposition) share a variant or one is a variant of the
 * other — the symmetric-deletion idea of SymSpell.
 */
export function variantsOf(key: string): string[] {
  if (key.length < MIN_VARIANT_LENGTH || key.length > MAX_VARIANT_LENGTH) return [];
  const out: string[] = [];
  for (let i = 0; i < key.length; i += 1) {
    const variant = key.slice(0, i) + key.slice(i + 1);
    if (out[out.length - 1] !== variant) out.push(variant);
  }
  return out;
}
