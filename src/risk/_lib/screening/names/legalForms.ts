import { foldText, hasCjk } from './foldText';
import { LEGAL_FORM_WORDS } from './legalFormWords';

/** Internal: a legal-form table ready to apply (see {@link compileLegalForms}). */
export interface LegalForms {
  /** Token sequences by their first token, longest first. */
  readonly sequences: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Forms in scripts written without spaces, removed as substrings, longest first. */
  readonly substrings: readonly string[];
}

const SINGLE_LETTER = /^\p{L}$/u;
const ASCII_TOKEN = /^[\x20-\x7e]*$/;

/**
 * Internal: joins each run of two or more one-letter tokens into one token (`s a` → `sa`,
 * `i b m` → `ibm`), so dotted abbreviations read the same with or without their dots.
 */
export function joinLetters(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  let runLength = 0;
  const flush = () => {
    if (runLength > 0) out.push(run);
    run = '';
    runLength = 0;
  };
  for (const token of tokens) {
    // One letter is one code point: at most two UTF-16 units, so longer tokens skip the test.
    if (token.length <= 2 && SINGLE_LETTER.test(token)) {
      run += token;
      runLength += 1;
    } else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out;
}

/** Internal: the tokens of folded text, single letters joined. */
export function tokensOf(folded: string): string[] {
  return folded === '' ? [] : joinLetters(folded.split(' '));
}

/** Internal: compiles written legal forms (normalised like names) into a {@link LegalForms}. */
export function compileLegalForms(words: readonly string[]): LegalForms {
  const sequences = new Map<string, string[][]>();
  const substrings = new Set<string>();
  for (const word of words) {
    const tokens = tokensOf(foldText(word));
    const [first] = tokens;
    if (first === undefined) continue;
    if (tokens.length === 1 && hasCjk(first)) {
      substrings.add(first);
      continue;
    }
    const list = sequences.get(first) ?? [];
    if (!list.some((known) => known.join(' ') === tokens.join(' '))) list.push(tokens);
    sequences.set(first, list);
  }
  for (const list of sequences.values()) list.sort((a, b) => b.length - a.length);
  return {
    sequences,
    substrings: [...substrings].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
  };
}

let defaults: LegalForms | undefined;

/** Internal: the compiled default table (compiled once). */
export function defaultLegalForms(): LegalForms {
  defaults ??= compileLegalForms(LEGAL_FORM_WORDS);
  return defaults;
}

/**
 * Internal: one pass of legal-form removal — substrings out of tokens in spaceless scripts
 * (leaving a split), then whole-token sequences, longest first at each position.
 */
export function removeLegalForms(tokens: readonly string[], forms: LegalForms): string[] {
  const split: string[] = [];
  for (const token of tokens) {
    // Han, kana and Hangul are outside ASCII: an ASCII token holds no substring form; a token
    // without a space is its own only part.
    const plain = forms.substrings.length === 0 || ASCII_TOKEN.test(token) || !hasCjk(token);
    if (plain && !token.includes(' ')) {
      if (token !== '') split.push(token);
      continue;
    }
    let rest = token;
    if (!plain)
      for (const form of forms.substrings)
        if (rest.includes(form)) rest = rest.split(form).join(' ');
    for (const part of rest.split(' ')) if (part !== '') split.push(part);
  }
  const out: string[] = [];
  for (let at = 0; at < split.length; ) {
    const candidates = forms.sequences.get(split[at] as string);
    const match = candidates?.find((form) => form.every((t, i) => split[at + i] === t));
    if (match === undefined) out.push(split[at] as string);
    at += match === undefined ? 1 : match.length;
  }
  return out;
}
