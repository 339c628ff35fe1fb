import { attempt, type SafeResult } from '../errors';
import { type NormaliseNameOptions, nameRules } from './_lib/screening/names/nameRules';
import { checkName, prepareName } from './_lib/screening/names/prepareName';
import { scoreNames } from './_lib/screening/names/scoreNames';

/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same normalised name, or the
 * same tokens in another order). Both names are first normalised ({@link normaliseName}, with
 * `options`). The score is the larger of two measures:
 *
 * - **tokens** (order and typos): the Dice coefficient `2·|G(A) ∩ G(B)| ÷ (|G(A)| + |G(B)|)` of
 *   the names' token trigrams — each token padded with two boundary marks at both ends and cut
 *   into its overlapping runs of three characters (`ali` → `··a ·al ali li· i··`), counted as a
 *   multiset — so swapped tokens score 1 and a typo costs three or four trigrams;
 * - **spelling** (spacing and typos): `1 − d ÷ max(|A|, |B|)` over the names written without
 *   spaces, d their optimal-string-alignment (Damerau–Levenshtein) distance, so `Hua Wei` and
 *   `Huawei` score 1.
 *
 * Both have a necessary condition that an index can check without scoring every pair, which is
 * what lets {@link screenParties} find every list name scoring at least its threshold.
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
 * matchScore('Acme Trading', 'Acme Tradnig'); // one transposition in 11 letters
 * //=> 0.9090909090909091
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
