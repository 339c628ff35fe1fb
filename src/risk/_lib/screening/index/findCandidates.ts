import type { PreparedName } from '../names/prepareName';
import { type GramIndex, partyElements } from './GramIndex';
import { BUCKETS, countLetters, letterMask, withinCounts, withinMasks } from './LetterCounts';
import type { ScreeningIndex } from './ScreeningIndex';
import {
  buildSegmentIndex,
  longestPartner,
  mostEdits,
  pieceStart,
  type SegmentIndex,
  segmentKey,
  slotOf,
} from './SegmentIndex';

/**
 * Internal: scratch state for {@link findCandidates} over one index, reused across parties: the
 * party that last took each name, and a buffer of element ids.
 */
export interface CandidateScratch {
  readonly stamp: Int32Array;
  /**
   * Per name: the common elements the token probe found, as `counted` (at that probe) + count;
   * each probe raises `counted` by its c, so older values read as no count.
   */
  readonly counts: Int32Array;
  counted: number;
  readonly elements: number[];
  party: number;
  /** The party's character counts (see `LetterCounts`). */
  readonly letters: Int32Array;
  /** Per name: the party whose spelling filter last admitted it. */
  readonly spelling: Int32Array;
  /**
   * Per name: the party whose spelling filter last checked its character counts (a name's length
   * fixes k, so one check a party settles it, however many of its cores the party holds).
   */
  readonly lettersChecked: Int32Array;
  /** Whether the last party's candidates are every name its length allows, unfiltered. */
  everyName: boolean;
  /** Per name size: the positions of the name below which an element counts. */
  limits: Int32Array;
  /** Per name size: the positions of the party below which an element counts. */
  partyLimits: Int32Array;
}

/** Internal: fresh scratch state for an index. */
export function candidateScratch(index: ScreeningIndex): CandidateScratch {
  const n = index.names.length;
  return {
    stamp: new Int32Array(n),
    counts: new Int32Array(n),
    counted: 0,
    elements: [],
    party: 0,
    letters: new Int32Array(BUCKETS),
    spelling: new Int32Array(n),
    lettersChecked: new Int32Array(n),
    everyName: false,
    limits: new Int32Array(0),
    partyLimits: new Int32Array(0),
  };
}

/**
 * Room for rounding: the conditions below are the exact ones loosened by this much, so a score
 * that floating point puts at the threshold is never filtered out.
 */
const SLACK = 1e-9;

/**
 * How many common elements the extended prefixes must show: a pair whose overlap reaches τ has
 * its c rarest common elements within the first n − τ + c elements of either side (at most
 * n − τ elements of a side are not common), for any c ≤ τ. Asking for 5 instead of 1 reads a
 * little more of each posting list and leaves far fewer names to score (on the benchmark, 4 left
 * twice as many and 6 read a third more postings for half as many: both cost more).
 */
const COMMON = 5;

/**
 * Internal: every list name whose match score with the party can reach `threshold` (and few
 * others), in ascending order. The score is the larger of the token-trigram Dice coefficient and
 * the spelling similarity (`scoreNames`), so a name is a candidate when it passes the filter of
 * either, and each filter is a necessary condition of its measure reaching the threshold
 * (derived in `docs/risk.md`, "Why the screen is complete"):
 *
 * - tokens (prefix filter): Dice ≥ t needs the trigram overlap o ≥ τ = t(|x| + |y|) ÷ 2, so
 *   |y| is within [t|x| ÷ (2 − t), (2 − t)|x| ÷ t] and τ ≥ τx = t|x| ÷ (2 − t); the c rarest
 *   common elements (in the index's global order, the rarest first) lie within the party's first
 *   |x| − τ + c and the name's first |y| − τ + c elements: a name is a candidate when c elements
 *   sit there on both sides, τ taken at the name's size ({@link tokenCandidates});
 * - spelling (partition filter): spelling ≥ t needs d ≤ k = ⌊(1 − t) · max(ℓx, ℓy)⌋ edits, so
 *   ℓy is within [tℓx, ℓx ÷ t], and one of the k(ℓy) + 1 cores of y lies intact in x, at a
 *   shift the edits allow — the piece i found has exactly i edits before it, so |shift| ≤ i —
 *   ({@link spellingCandidates}), and the character counts allow k edits.
 *
 * The bound each relies on: Dice's overlap bound and the prefix principle (at most n − τ
 * elements of a side are not common); for spelling, that each edit of an optimal alignment,
 * charged to one piece, touches at most that piece's core — a transposition across a cut only
 * the next piece's first character, which no core holds — so k edits leave a core of k + 1
 * intact. Property tests compare the candidates with all pairs
 * (test/risk/_lib/screening/index/).
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
  scratch.everyName = threshold <= 0 || party.weight === 0;
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

/**
 * The token measure's filter: length, then prefix (see {@link findCandidates}), each name size
 * ny with its own overlap τ = ⌈t(|x| + ny) ÷ 2⌉ and so its own prefixes: the party's first
 * |x| − τ + c elements and the name's first ny − τ + c.
 */
export function tokenCandidates(
  party: PreparedName,
  index: ScreeningIndex,
  t: number,
  scratch: CandidateScratch,
  out: number[],
): void {
  const nx = party.grams.length;
  const lo = Math.max(0, Math.ceil((t * nx) / (2 - t) - SLACK));
  const hi = Math.floor(((2 - t) * nx) / t + SLACK);
  const needed = (ny: number) => Math.max(1, Math.ceil((t * (nx + ny)) / 2 - SLACK));
  const c = Math.min(COMMON, needed(lo));
  if (scratch.limits.length <= hi) {
    scratch.limits = new Int32Array(hi + 1);
    scratch.partyLimits = new Int32Array(hi + 1);
  }
  const { limits, partyLimits } = scratch;
  for (let ny = lo; ny <= hi; ny += 1) {
    limits[ny] = ny - needed(ny) + c;
    partyLimits[ny] = nx - needed(ny) + c;
  }
  probe(index.tokenIndex, party.grams, lo, hi, c, scratch, out);
}

/**
 * The spelling measure's filter: length, then the partition filter of {@link SegmentIndex}. For a
 * name y of length ℓy cut into m = k(ℓy) + 1 pieces, and a pair within k = ⌊(1 − t) · max(ℓx, ℓy)⌋
 * ≤ m − 1 edits (optimal string alignment), take one optimal alignment and charge each edit to a
 * piece: a substitution or deletion of y's character to the piece holding it, an insertion between
 * two of y's characters to the piece holding the left one, a transposition of y's characters j and
 * j + 1 to the piece holding j. An edit so charged touches the core of no other piece — a
 * transposition across a cut touches the next piece's first character, which its core leaves out
 * — so at most k < m pieces are charged. With e_j the edits charged to piece j and
 * h(i) = e_0 + … + e_{i−1} − i: h(0) = 0, h(k + 1) < 0 and h falls by at most one a step, so at
 * the first i where h(i + 1) < 0, h(i) = 0 and e_i = 0 (multi-match-aware selection, as in
 * Pass-Join): piece i is charged nothing, exactly i edits come before it and at most k − i after.
 * Its core C = y[a, b) appears in x as x[a + δ, b + δ), δ (insertions less deletions before a)
 * within [−i, i], |ℓx − ℓy − δ| ≤ k − i and |δ| + |ℓx − ℓy − δ| ≤ k. The party looks up, for
 * every admissible ℓy, piece i ≤ k and such δ, its own characters there; a name whose core it
 * finds is a candidate.
 */
export function spellingCandidates(
  party: PreparedName,
  index: ScreeningIndex,
  t: number,
  scratch: CandidateScratch,
  out: number[],
): void {
  const pieces = segmentIndexAt(index, t);
  const text = party.compact;
  const lx = text.length;
  const lo = Math.max(1, Math.ceil(t * lx - SLACK));
  const hi = Math.min(longestPartner(t, lx), pieces.segments.length - 1);
  const { lengthStarts, byLength } = index;
  const letters = countLetters(text, scratch.letters);
  const mask = letterMask(text);
  for (let ly = lo; ly <= hi; ly += 1) {
    const count = pieces.segments[ly] as number;
    if (count === 0) continue;
    const k = mostEdits(t, lx, ly);
    const gap = lx - ly;
    if (Math.abs(gap) > k) continue;
    if (pieces.vacuous[ly] === 1) {
      const to = lengthStarts[ly + 1] as number;
      for (let at = lengthStarts[ly] as number; at < to; at += 1) {
        const name = byLength[at] as number;
        const nameMask = index.masks[name] as number;
        if (withinMasks(nameMask, mask, k))
          spelled(name, index, letters, nameMask | mask, k, scratch, out);
      }
      continue;
    }
    const spare = (k - Math.abs(gap)) >> 1;
    for (let i = 0; i < count && i <= k; i += 1) {
      const from = pieceStart(ly, count, i) + (i > 0 ? 1 : 0);
      const size = pieceStart(ly, count, i + 1) - from;
      const first = Math.max(Math.min(0, gap) - spare, gap - (k - i), -i, -from);
      const last = Math.min(Math.max(0, gap) + spare, gap + (k - i), i, lx - size - from);
      for (let shift = first; shift <= last; shift += 1) {
        const slot = slotOf(pieces, segmentKey(ly, i, text, from + shift, from + shift + size));
        if (slot < 0) continue;
        const end = pieces.starts[slot + 1] as number;
        for (let p = pieces.starts[slot] as number; p < end; p += 1) {
          const nameMask = pieces.masks[p] as number;
          if (withinMasks(nameMask, mask, k))
            spelled(pieces.names[p] as number, index, letters, nameMask | mask, k, scratch, out);
        }
      }
    }
  }
}

/**
 * Takes a name the partition filter found (and its buckets allowed) if its character counts
 * allow k edits, checked once a party.
 */
function spelled(
  name: number,
  index: ScreeningIndex,
  letters: Int32Array,
  buckets: number,
  k: number,
  scratch: CandidateScratch,
  out: number[],
): void {
  if (scratch.lettersChecked[name] === scratch.party) return;
  scratch.lettersChecked[name] = scratch.party;
  if (!withinCounts(index.letters, name, letters, buckets, k)) return;
  scratch.spelling[name] = scratch.party;
  take(name, scratch, out);
}

/**
 * Internal: whether the last {@link findCandidates} call's spelling filter admitted `name` (or
 * admitted every name): when not, the pair's spelling similarity is below the threshold and
 * need not be computed.
 */
export function spellingAdmits(scratch: CandidateScratch, name: number): boolean {
  return scratch.everyName || scratch.spelling[name] === scratch.party;
}

/** The index's partition index at t, built on first use and kept for a few thresholds. */
function segmentIndexAt(index: ScreeningIndex, t: number): SegmentIndex {
  const known = index.pieces.get(t);
  if (known !== undefined) return known;
  if (index.pieces.size >= 8) index.pieces.clear();
  const built = buildSegmentIndex(
    index.names.map((name) => name.prepared.compact),
    t,
  );
  index.pieces.set(t, built);
  return built;
}

/**
 * Looks up the party's elements (in the global order) and takes the names with at least `c`
 * counted postings: an element at the party's position i counts for a name of size ny in
 * [lo, hi] at position p when i < `partyLimits[ny]` and p < `limits[ny]` (each element is a
 * name's once, so each counts once). Party limits fall as sizes grow, so a posting list is read
 * by size from `lo` until the party's position is past the size's limit, and each run of one size
 * by position until the name's limit.
 */
function probe(
  index: GramIndex,
  grams: Float64Array,
  lo: number,
  hi: number,
  c: number,
  scratch: CandidateScratch,
  out: number[],
): void {
  const elements = partyElements(grams, index, scratch.elements);
  const { runs, runSizes, runStarts, names, positions } = index;
  const { counts, limits, partyLimits } = scratch;
  const stop = Math.min(partyLimits[lo] as number, elements.length);
  // A name's count this party is `counts[name] − base` when `counts[name]` is above `base`.
  const base = scratch.counted;
  scratch.counted += c;
  for (let i = 0; i < stop; i += 1) {
    const id = elements[i] as number;
    if (id < 0) continue;
    const last = runs[id + 1] as number;
    for (let run = firstRun(runSizes, runs[id] as number, last, lo); run < last; run += 1) {
      const ny = runSizes[run] as number;
      if (ny > hi || i >= (partyLimits[ny] as number)) break;
      const limit = limits[ny] as number;
      const end = runStarts[run + 1] as number;
      for (let at = runStarts[run] as number; at < end; at += 1) {
        if ((positions[at] as number) >= limit) break;
        const name = names[at] as number;
        const before = counts[name] as number;
        const count = before > base ? before - base + 1 : 1;
        if (count > c) continue;
        counts[name] = base + count;
        if (count === c) take(name, scratch, out);
      }
    }
  }
}

/** The first run in [from, to) whose size is at least `size` (binary search), or `to`. */
function firstRun(runSizes: Int32Array, from: number, to: number, size: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((runSizes[mid] as number) < size) low = mid + 1;
    else high = mid;
  }
  return low;
}

function take(name: number, scratch: CandidateScratch, out: number[]): void {
  if (scratch.stamp[name] === scratch.party) return;
  scratch.stamp[name] = scratch.party;
  out.push(name);
}
