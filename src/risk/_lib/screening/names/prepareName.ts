import { CrmRulesError, type ErrorPath, INPUT_LIMITS } from '../../../../errors';
import { foldText } from './foldText';
import { joinLetters, removeLegalForms, tokensOf } from './legalForms';
import { tokenGrams } from './nameGrams';
import type { NameRules } from './nameRules';

/** Internal: a normalised name ready to score. */
export interface PreparedName {
  /** The tokens joined by single spaces: what `normaliseName` returns. */
  readonly text: string;
  readonly tokens: readonly string[];
  /** The tokens joined without spaces (spacing differences vanish). */
  readonly compact: string;
  /** Σ token lengths (= compact.length). */
  readonly weight: number;
  /** The token trigrams, ascending (see `tokenGrams`): `weight + 2 · tokens.length` of them. */
  readonly grams: Float64Array;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Internal: checks a name's type and length (`maxScreeningNameLength`). */
export function checkName(name: unknown, path: ErrorPath): string {
  if (typeof name !== 'string')
    throw new CrmRulesError('INVALID_INPUT', 'expected a name as a string', { path, value: name });
  if (name.length > INPUT_LIMITS.maxScreeningNameLength)
    throw new CrmRulesError(
      'LIMIT_EXCEEDED',
      `a name longer than ${INPUT_LIMITS.maxScreeningNameLength} characters (maxScreeningNameLength)`,
      { path, value: name.length },
    );
  return name;
}

/**
 * Internal: the normalised tokens of a checked name. The stages repeat until nothing changes, so
 * the result is a fixed point and normalising it again gives it back.
 */
export function normaliseTokens(name: string, rules: NameRules, path: ErrorPath): string[] {
  let tokens = stage(transliterated(name, rules, path), rules);
  // ASCII tokens are a fixed point of the character stage; other scripts are re-checked.
  for (let round = 0; round < 4 && !tokens.every((token) => ASCII.test(token)); round += 1) {
    const again = stage(tokens.join(' '), rules);
    if (sameTokens(again, tokens)) break;
    tokens = again;
  }
  return tokens;
}

/** Internal: {@link normaliseTokens} as a {@link PreparedName}. */
export function prepareName(name: string, rules: NameRules, path: ErrorPath): PreparedName {
  const tokens = normaliseTokens(name, rules, path);
  const compact = tokens.join('');
  return {
    text: tokens.join(' '),
    tokens,
    compact,
    weight: compact.length,
    grams: tokenGrams(tokens),
  };
}

function stage(text: string, rules: NameRules): string[] {
  const before = tokensOf(foldText(text));
  let tokens = before;
  for (let round = 0; round < 8; round += 1) {
    const next = joinLetters(removeLegalForms(tokens, rules.forms));
    if (sameTokens(next, tokens)) break;
    tokens = next;
  }
  // A name made only of legal-form words keeps them: it has nothing else to be matched on.
  return tokens.length === 0 ? before : tokens;
}

/**
 * Whether two token lists join to the same text: tokens hold no spaces (they are split on them),
 * so that is the same tokens in the same order, compared without joining.
 */
function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function transliterated(name: string, rules: NameRules, path: ErrorPath): string {
  if (rules.transliterate === undefined) return name;
  let out: unknown;
  try {
    out = rules.transliterate(name);
  } catch (error) {
    throw new CrmRulesError('INVALID_INPUT', 'the transliterator threw', {
      path,
      value: name,
      cause: error,
    });
  }
  return checkName(out, path);
}
