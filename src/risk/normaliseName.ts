import { attempt, type SafeResult } from '../errors';
import { type NormaliseNameOptions, nameRules } from './_lib/screening/names/nameRules';
import { checkName, normaliseTokens } from './_lib/screening/names/prepareName';

export type { NormaliseNameOptions } from './_lib/screening/names/nameRules';

/**
 * Normalises a party or list name for screening, in this order: the caller's `transliterate`
 * hook; Unicode NFKC (full-width and other compatibility forms become plain letters); case
 * folding (upper then lower case, so `ß` → `ss`); diacritics removed (NFD, the combining marks of
 * Latin, Greek, Cyrillic, Hebrew and Arabic stripped, NFC; kana voicing and Indic vowel signs
 * stay), and `ø æ œ ł đ ð þ ı` spelt out; apostrophes dropped (`O'Brien` → `obrien`); every
 * other character that is not a letter or digit becomes a space; runs of Han or kana are set
 * apart from Latin letters; runs of one-letter tokens are joined (`S.A.` → `sa`, `I B M` →
 * `ibm`); then legal-form words are removed — whole tokens or token sequences (`ltd`, `gmbh`,
 * `sa de cv`, `sdn bhd`, Cyrillic `ооо`), and in Han, kana and Hangul, substrings (`有限公司`,
 * `株式会社`, `주식회사`) — repeating until nothing changes. A name made only of legal-form words
 * keeps them. The tokens stay in order, joined by single spaces.
 *
 * Idempotent: `normaliseName(normaliseName(x)) === normaliseName(x)` (with a transliterator, when
 * it leaves normalised text as it is).
 *
 * @param name - the name as written (at most `INPUT_LIMITS.maxScreeningNameLength` characters)
 * @param options - `transliterate`, extra `legalForms`, `defaultLegalForms: false` to use only
 * those; the compiled table is cached per `legalForms` array (do not change the array later)
 * @returns the normalised name, tokens separated by single spaces
 * @throws CrmRulesError `INVALID_INPUT` at `['name']` for a non-string (or at
 * `['options', …]` for bad options; at `['name']` when the transliterator throws or returns a
 * non-string); `LIMIT_EXCEEDED` at `['name']` for a name too long
 * @example
 * ```ts
 * normaliseName('  Müller-Lüdenscheidt  GmbH & Co. KG ');
 * //=> 'muller ludenscheidt'
 * normaliseName('ＡＢＣ Trading S.A.R.L.');
 * //=> 'abc trading'
 * normaliseName('华为技术有限公司');
 * //=> '华为技术'
 * normaliseName('Sberbank', { transliterate: (s) => s.replace('Сбер', 'Sber') });
 * //=> 'sberbank'
 * ```
 */
export function normaliseName(name: string, options?: NormaliseNameOptions): string {
  const rules = nameRules(options, ['options']);
  return normaliseTokens(checkName(name, ['name']), rules, ['name']).join(' ');
}

/**
 * Like {@link normaliseName}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeNormaliseName(42 as unknown as string).error?.path;
 * //=> ['name']
 * ```
 */
export function safeNormaliseName(
  name: string,
  options?: NormaliseNameOptions,
): SafeResult<string> {
  return attempt(() => normaliseName(name, options));
}
