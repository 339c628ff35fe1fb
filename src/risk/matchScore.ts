import { attempt, type SafeResult } from '../errors';
import { type NormaliseNameOptions, nameRules } from './_lib/screening/names/nameRules';
import { checkName, prepareName } from './_lib/screening/names/prepareName';
import { scoreNames } from './_lib/screening/names/scoreNames';

/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same normalised name, or the
 * same tokens in another order). Both names are first normalised ({@link normaliseName}, with
 * `options`). The score is the larger of two measures:
 *
 * - **tokens** (order and typos): `(Σ_a |a| · max_b jw(a, b) + Σ_b |b| · max_a jw(a, b)) ÷
 *   (Σ_a |a| + Σ_b |b|)` over the tokens a of one name and b of the other, where jw is the
 *   Jaro–Winkler similarity (prefix scale 0.1, up to 4 characters, applied above 0.7) and |a| a
 *   token's length: each token is matched to its most alike token of the other name, weighted by
 *   its length, so swapped tokens score 1 and a typo costs little;
 * - **spelling** (spacing): `1 − d ÷ max(|A|, |B|)` over the names written without spaces, d
 *   their optimal-string-alignment (Damerau–Levenshtein) distance, so `Hua Wei` and `Huawei`
 *   score 1.
 *
 * Symmetric to the last bit (the pair is put in a fixed order first), always in [0, 1],
 * deterministic, pure JavaScript. Lengths count UTF-16 code units.
 *
 * @param a - one name (at most `INPUT_LIMITS.maxScreeningNameLength` characters)
 * @param b - the other name
 * @param options - normalisation options, as {@link normaliseName}'s
 * @returns the score in [0, 1]
 * @throws CrmRulesError `INVALID_INPUT` at `['a']` or `['b']` for a non-string; `LIMIT_EXCEEDED`
 * for a name too long
 * @example
 * ```ts
 * matchScore('Acme Trading Ltd', 'ACME TRADING LIMITED');
 * //=> 1
 * matchScore('Trading Acme', 'Acme Trading');
 * //=> 1
 * matchScore('Hua Wei Technologies', 'Huawei Technologies Co., Ltd.');
 * //=> 1
 * matchScore('Acme Trading', 'Acme Tradnig') > 0.95;
 * //=> true
 * matchScore('Acme Trading', 'Zenith Shipping') < 0.6;
 * //=> true
 * ```
 */
export function matchScore(a: string, b: string, options?: NormaliseNameOptions): number {
  const rules = nameRules(options, ['options']);
  const x = prepareName(checkName(a, ['a']), rules, ['a']);
  const y = prepareName(checkName(b, ['b']), rules, ['b']);
  return scoreNames(x, y).score;
}

/**
 * Like {@link matchScore}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeMatchScore('Acme', null as unknown as string).error?.path;
 * //=> ['b']
 * ```
 */
export function safeMatchScore(
  a: string,
  b: string,
  options?: NormaliseNameOptions,
): SafeResult<number> {
  return attempt(() => matchScore(a, b, options));
}
