/**
 * Combining marks removed as diacritics after canonical decomposition: the combining diacritical
 * blocks used by Latin, Greek and Cyrillic, Hebrew points and Arabic harakat. Other marks stay,
 * because they are letters' parts there: kana voicing (`ガ` keeps its dakuten) and the vowel signs
 * of Indic scripts.
 */
const DIACRITICS =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05c7\u064b-\u065f\u0670]/g;

/** Letters with no canonical decomposition, spelt in plain Latin letters. */
const LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ŋ: 'n',
  ħ: 'h',
  ŧ: 't',
  ĸ: 'k',
  ς: 'σ',
};
const SPECIAL = /[øæœłđðþıŋħŧĸς]/g;

/** Apostrophes join what they separate (`O'Brien` → `obrien`). */
const APOSTROPHES = /['’ʼ‘`]/g;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Anything but letters, marks and digits separates tokens. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/** A run of Han or kana: a token of its own, apart from Latin letters or digits beside it. */
const HAN_KANA = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]+/gu;

/**
 * Internal: the character stage of name normalisation — Unicode NFKC (compatibility forms such as
 * full-width letters become plain ones), case folding (upper then lower case, so `ß` → `ss`),
 * diacritics removed (NFD, then the marks above stripped, then NFC to recompose Hangul and kana),
 * letters without a decomposition spelt out (`ø` → `o`), apostrophes removed and every other
 * non-letter, non-digit character turned into a space; runs of Han or kana set apart by spaces.
 * The result has single spaces between tokens and none at either end.
 */
export function foldText(text: string): string {
  // Printable ASCII: the Unicode steps change nothing but the case.
  if (PRINTABLE_ASCII.test(text))
    return text.toLowerCase().replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
  return foldUnicode(text);
}

/** Internal: {@link foldText} without the ASCII shortcut (tests compare the two). */
export function foldUnicode(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(SPECIAL, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFC')
    .replace(APOSTROPHES, '')
    .replace(HAN_KANA, ' $& ')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** True when `text` holds a Han, kana or Hangul character (a script written without spaces). */
export function hasCjk(text: string): boolean {
  return /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u.test(text);
}
