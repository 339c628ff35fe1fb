import { editSimilarity } from './editSimilarity';
import { jaroWinkler } from './jaroWinkler';
import type { PreparedName } from './prepareName';

/** Internal: a match score and the two measures it is the larger of. */
export interface NameScore {
  readonly score: number;
  /** The soft token-set similarity. */
  readonly tokens: number;
  /**
   * The spelling similarity of the names without spaces; `undefined` when it was not needed (it
   * could not beat the token measure, or was cut short below it and the floor).
   */
  readonly spelling: number | undefined;
}

let similarity = new Float64Array(64);

/**
 * Internal: the match score of two prepared names (see `matchScore` for the formula). Scores of
 * `floor` or more are exact; below `floor` the spelling measure may be cut short, so a lower
 * value may be returned (never one at or above `floor` that is not the score).
 */
export function scoreNames(x: PreparedName, y: PreparedName, floor = 0): NameScore {
  if (x.text === y.text) return { score: 1, tokens: 1, spelling: 1 };
  // One order for the pair, so the score is symmetric to the last bit.
  const [a, b] = x.text < y.text ? [x, y] : [y, x];
  if (a.weight === 0 || b.weight === 0) return { score: 0, tokens: 0, spelling: undefined };
  const tokens = tokenSimilarity(a.tokens, b.tokens, a.weight + b.weight);
  const target = Math.max(tokens, floor);
  const longest = Math.max(a.weight, b.weight);
  // The spelling measure cannot beat 1 − |Δlength| ÷ longest: skip it when that cannot reach the target.
  if (1 - Math.abs(a.weight - b.weight) / longest < target)
    return { score: tokens, tokens, spelling: undefined };
  const spelling = editSimilarity(a.compact, b.compact, target);
  return spelling < target
    ? { score: tokens, tokens, spelling: undefined }
    : { score: Math.max(tokens, spelling), tokens, spelling };
}

/**
 * `(Σ_a |a| · max_b jw(a, b) + Σ_b |b| · max_a jw(a, b)) ÷ (Σ_a |a| + Σ_b |b|)`: each token of
 * either name is matched to its most similar token of the other, weighted by its length.
 */
function tokenSimilarity(
  as: readonly string[],
  bs: readonly string[],
  totalWeight: number,
): number {
  const na = as.length;
  const nb = bs.length;
  if (similarity.length < na * nb) similarity = new Float64Array(na * nb * 2);
  for (let i = 0; i < na; i += 1)
    for (let j = 0; j < nb; j += 1)
      similarity[i * nb + j] = jaroWinkler(as[i] as string, bs[j] as string);
  let sumA = 0;
  for (let i = 0; i < na; i += 1) {
    let best = 0;
    for (let j = 0; j < nb; j += 1) best = Math.max(best, similarity[i * nb + j] as number);
    sumA += (as[i] as string).length * best;
  }
  let sumB = 0;
  for (let j = 0; j < nb; j += 1) {
    let best = 0;
    for (let i = 0; i < na; i += 1) best = Math.max(best, similarity[i * nb + j] as number);
    sumB += (bs[j] as string).length * best;
  }
  return Math.min(1, (sumA + sumB) / totalWeight);
}
