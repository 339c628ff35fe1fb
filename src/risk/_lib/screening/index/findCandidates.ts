import { spellingGrams } from '../names/nameGrams';
import type { PreparedName } from '../names/prepareName';
import { type GramIndex, partyElements } from './GramIndex';
import type { ScreeningIndex } from './ScreeningIndex';

/**
 * Internal: scratch state for {@link findCandidates} over one index, reused across parties: the
 * party that last took each name, and a buffer of element ids.
 */
export interface CandidateScratch {
  readonly stamp: Int32Array;
  /** Per name: the probe that last counted it, and how many common elements that probe found. */
  readonly seen: Int32Array;
  readonly hits: Int32Array;
  probes: number;
  readonly elements: number[];
  party: number;
}

/** Internal: fresh scratch state for an index. */
export function candidateScratch(index: ScreeningIndex): CandidateScratch {
  const n = index.names.length;
  return {
    stamp: new Int32Array(n),
    seen: new Int32Array(n),
    hits: new Int32Array(n),
    probes: 0,
    elements: [],
    party: 0,
  };
}

/**
 * Room for rounding: the conditions below are the exact ones loosened by this much, so a score
 * that floating point puts at the threshold is never filtered out.
 */
const SLACK = 1e-9;

/** The most padded trigrams one edit changes (an adjacent transposition: four). */
const PER_EDIT = 4;

/**
 * How many common elements the extended prefixes must show: a pair whose overlap reaches τ has
 * its c rarest common elements within the first n − τ + c elements of either side (at most
 * n − τ elements of a side are not common), for any c ≤ τ. Asking for 4 instead of 1 reads a
 * little more of each posting list and leaves far fewer names to score.
 */
const COMMON = 4;

/**
 * Internal: every list name whose match score with the party can reach `threshold` (and few
 * others), in ascending order. The score is the larger of the token-bigram Dice coefficient and
 * the spelling similarity (`scoreNames`), so a name is a candidate when it passes the filter of
 * either, and each filter is a necessary condition of its measure reaching the threshold
 * (derived in `docs/risk.md`, "Why the screen is complete"):
 *
 * - Dice ≥ t needs the trigram overlap o ≥ τ = t(|x| + |y|) ÷ 2, so |y| is within
 *   [t|x| ÷ (2 − t), (2 − t)|x| ÷ t] and τ ≥ τx = t|x| ÷ (2 − t);
 * - spelling ≥ t needs d ≤ k = ⌊(1 − t) · max(ℓx, ℓy)⌋ edits, so ℓy is within [tℓx, ℓx ÷ t],
 *   and as one edit changes at most 4 of the padded trigrams, an overlap of the spelling
 *   trigrams o ≥ τ = max(|x|, |y|) − 4k; when that bound is not positive for the longest y,
 *   every name of a fitting length is a candidate;
 * - then (prefix filtering, in the index's global order, the rarest first) the c rarest common
 *   elements lie within the party's first |x| − τx + c and the name's first |y| − τ + c
 *   elements: a name is a candidate when c of the party's looked-up elements sit there.
 *
 * A threshold of 0 admits every name; an empty party only names that are empty too.
 */
export function findCandidates(
  party: PreparedName,
  index: ScreeningIndex,
  threshold: number,
  scratch: CandidateScratch,
): number[] {
  scratch.party += 1;
  const out: number[] = [];
  if (threshold <= 0) return index.names.map((_, i) => i);
  if (party.weight === 0) {
    for (let at = index.lengthStarts[0] as number; at < (index.lengthStarts[1] as number); at += 1)
      out.push(index.byLength[at] as number);
    return out.sort((a, b) => a - b);
  }
  tokenCandidates(party, index, threshold, scratch, out);
  spellingCandidates(party, index, threshold, scratch, out);
  return out.sort((a, b) => a - b);
}

/** The token measure's filter: length, then prefix (see {@link findCandidates}). */
function tokenCandidates(
  party: PreparedName,
  index: ScreeningIndex,
  t: number,
  scratch: CandidateScratch,
  out: number[],
): void {
  const nx = party.grams.length;
  const lo = (t * nx) / (2 - t) - SLACK;
  const hi = Math.floor(((2 - t) * nx) / t + SLACK);
  const needed = (ny: number) => Math.max(1, Math.ceil((t * (nx + ny)) / 2 - SLACK));
  const least = Math.max(1, Math.ceil(lo));
  const c = Math.min(COMMON, least);
  const { sizes } = index.tokenIndex;
  probe(
    index.tokenIndex,
    party.grams,
    nx - least + c,
    hi - needed(hi) + c,
    c,
    scratch,
    out,
    (name, position) => {
      const ny = sizes[name] as number;
      return ny >= lo && ny <= hi && position < ny - needed(ny) + c;
    },
  );
}

/** The spelling measure's filter: length, then prefix or every name of a fitting length. */
function spellingCandidates(
  party: PreparedName,
  index: ScreeningIndex,
  t: number,
  scratch: CandidateScratch,
  out: number[],
): void {
  const lx = party.weight;
  const lo = Math.max(1, Math.ceil(t * lx - SLACK));
  const hi = Math.floor((lx + SLACK) / t);
  const edits = (ly: number) => Math.floor((1 - t) * Math.max(lx, ly) + SLACK);
  const mx = lx + 2;
  const kx = edits(hi);
  if (mx - PER_EDIT * kx <= 0) {
    const { lengthStarts, byLength } = index;
    const from = lengthStarts[Math.min(lo, lengthStarts.length - 1)] as number;
    const to = lengthStarts[Math.min(hi + 1, lengthStarts.length - 1)] as number;
    for (let at = from; at < to; at += 1) take(byLength[at] as number, scratch, out);
    return;
  }
  const { sizes } = index.spellingIndex;
  const grams = spellingGrams(party.compact);
  const c = Math.min(COMMON, mx - PER_EDIT * kx);
  const prefix = PER_EDIT * kx + c;
  probe(index.spellingIndex, grams, prefix, prefix, c, scratch, out, (name, position) => {
    const my = sizes[name] as number;
    const ly = my - 2;
    const needed = Math.max(mx, my) - PER_EDIT * edits(ly);
    return ly >= lo && ly <= hi && position < my - needed + c;
  });
}

/**
 * Looks up the party's first `prefix` elements (in the global order) and takes the names with at
 * least `c` postings that pass `admit` (each element is a name's once, so each counts once); a
 * posting list is read only up to position `limit`, past which `admit` refuses every name.
 */
function probe(
  index: GramIndex,
  grams: Float64Array,
  prefix: number,
  limit: number,
  c: number,
  scratch: CandidateScratch,
  out: number[],
  admit: (name: number, position: number) => boolean,
): void {
  const elements = partyElements(grams, index, scratch.elements);
  const { starts, names, positions } = index;
  const stop = Math.min(prefix, elements.length);
  scratch.probes += 1;
  const { seen, hits, probes } = scratch;
  for (let i = 0; i < stop; i += 1) {
    const id = elements[i] as number;
    if (id < 0) continue;
    const end = starts[id + 1] as number;
    for (let at = starts[id] as number; at < end; at += 1) {
      const position = positions[at] as number;
      if (position >= limit) break;
      const name = names[at] as number;
      if (scratch.stamp[name] === scratch.party || !admit(name, position)) continue;
      const count = seen[name] === probes ? (hits[name] as number) + 1 : 1;
      seen[name] = probes;
      hits[name] = count;
      if (count >= c) take(name, scratch, out);
    }
  }
}

function take(name: number, scratch: CandidateScratch, out: number[]): void {
  if (scratch.stamp[name] === scratch.party) return;
  scratch.stamp[name] = scratch.party;
  out.push(name);
}
