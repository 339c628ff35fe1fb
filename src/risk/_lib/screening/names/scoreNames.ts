import { editSimilarity } from './editSimilarity';
import { gramOverlap, gramOverlapAtLeast } from './nameGrams';
import type { PreparedName } from './prepareName';

/** Internal: a match score and the two measures it is the larger of. */
export interface NameScore {
  readonly score: number;
  /** The token-trigram Dice coefficient. */
  readonly tokens: number;
  /**
   * The spelling similarity of the names without spaces; `undefined` when it was not needed (it
   * could not beat the token measure, or was cut short below it and the floor).
   */
  readonly spelling: number | undefined;
}

const NOTHING: NameScore = Object.freeze({ score: 0, tokens: 0, spelling: undefined });

/**
 * Internal: the match score of two prepared names (see `matchScore` for the formula). Scores of
 * `floor` or more are exact; below `floor` the spelling measure may be cut short, so a lower
 * value may be returned (never one at or above `floor` that is not the score). `spelling` false
 * tells that the spelling similarity is known to be below `floor` (the index's filter refused
 * the pair), so it is not computed, and the token overlap stops as soon as it cannot reach
 * `floor` (a pair below it may then read as 0).
 */
export function scoreNames(
  x: PreparedName,
  y: PreparedName,
  floor = 0,
  spelling = true,
): NameScore {
  if (x.text === y.text) return { score: 1, tokens: 1, spelling: 1 };
  // One order for the pair, so the score is symmetric to the last bit.
  const [a, b] = x.text < y.text ? [x, y] : [y, x];
  if (a.weight === 0 || b.weight === 0) return NOTHING;
  const total = a.grams.length + b.grams.length;
  // Without the spelling measure, the tokens must reach the floor: stop once they cannot.
  const common = gramOverlapAtLeast(a.grams, b.grams, spelling ? 0 : (floor * total) / 2 - 1e-9);
  if (common < 0) return NOTHING;
  const tokens = (2 * common) / total;
  const target = Math.max(tokens, floor);
  const longest = Math.max(a.weight, b.weight);
  // The spelling measure cannot beat 1 − |Δlength| ÷ longest: skip it when that cannot reach the target.
  if (!spelling || 1 - Math.abs(a.weight - b.weight) / longest < target)
    return { score: tokens, tokens, spelling: undefined };
  const measured = editSimilarity(a.compact, b.compact, target);
  return measured < target
    ? { score: tokens, tokens, spelling: undefined }
    : { score: Math.max(tokens, measured), tokens, spelling: measured };
}

/**
 * Internal: the Dice coefficient of the names' token trigrams, `2·|G(a) ∩ G(b)| ÷ (|G(a)| + |G(b)|)`
 * over the multisets of `tokenGrams`: each token padded with two marks at both ends and cut into
 * runs of three characters, so the tokens' order does not matter and a typo costs three or four
 * trigrams.
 */
export function tokenDice(a: PreparedName, b: PreparedName): number {
  const total = a.grams.length + b.grams.length;
  return total === 0 ? 0 : (2 * gramOverlap(a.grams, b.grams)) / total;
}
