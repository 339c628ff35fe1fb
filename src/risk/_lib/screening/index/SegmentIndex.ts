import { letterMask } from './LetterCounts';

/**
 * Internal: the spelling measure's partition index for one threshold t (Pass-Join, adapted to
 * adjacent transpositions). A list name y of length ℓ is cut into `segments[ℓ]` = k(ℓ) + 1
 * pieces, k(ℓ) = ⌊(1 − t) · ⌊ℓ ÷ t⌋⌋ the most edits any party of an admissible length may be
 * from it (see `segmentKeys` for the cut). Each piece but the first drops its first character:
 * what is left is the piece's *core*, and the index maps (ℓ, piece, core) → the names.
 * `vacuous[ℓ]` is 1 when a core would be empty: every name of that length is then a candidate.
 */
export interface SegmentIndex {
  readonly threshold: number;
  /** Per length ℓ: the number of pieces (0 when no name has that length). */
  readonly segments: Int32Array;
  readonly vacuous: Uint8Array;
  /**
   * An open-addressing table (linear probing, at most half full) of the keys (see
   * {@link segmentKey}; −1 marks a free cell) and, beside each, its slot in `starts`.
   */
  readonly keys: Int32Array;
  readonly slots: Int32Array;
  /** A bit per `key mod 2^20`, set for the keys present: most misses end here, in 128 KiB. */
  readonly present: Int32Array;
  /** Slot → the start of its names in `names` (one more at the end). */
  readonly starts: Int32Array;
  readonly names: Int32Array;
  /** Per posting: the name's character buckets (see `letterMask`), read beside the name. */
  readonly masks: Int32Array;
}

/** The rounding room of the filters (as in `findCandidates`). */
const SLACK = 1e-9;

/** Internal: the most edits (OSA) a pair of lengths ℓx, ℓy may be apart at threshold t. */
export function mostEdits(t: number, lx: number, ly: number): number {
  return Math.floor((1 - t) * Math.max(lx, ly) + SLACK);
}

/** Internal: the longest party length whose spelling similarity with a name of ℓ can reach t. */
export function longestPartner(t: number, length: number): number {
  return Math.floor((length + SLACK) / t);
}

/**
 * Internal: where piece i of `count` starts in a name of `length` characters: the first
 * `count − length mod count` pieces have ⌊length ÷ count⌋ characters, the others one more.
 */
export function pieceStart(length: number, count: number, i: number): number {
  const short = Math.floor(length / count);
  const shortPieces = count - (length % count);
  return i <= shortPieces ? i * short : shortPieces * short + (i - shortPieces) * (short + 1);
}

/**
 * Internal: the key of a core: a 30-bit FNV-1a hash (a small integer) of the length, the piece number and the
 * core's characters `text[from, to)`. Two different cores may share a key (then a name is a
 * candidate that need not be: it is scored and dropped); the same core always has the same key.
 */
export function segmentKey(length: number, piece: number, text: string, from: number, to: number) {
  let h = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  h = Math.imul(h ^ piece, 0x01000193);
  for (let at = from; at < to; at += 1) h = Math.imul(h ^ text.charCodeAt(at), 0x01000193);
  return h & 0x3fffffff;
}

/** Internal: the partition index of the names' texts without spaces (`compact[i]`) at t. */
export function buildSegmentIndex(compact: readonly string[], t: number): SegmentIndex {
  const longest = compact.reduce((most, text) => Math.max(most, text.length), 0);
  const segments = new Int32Array(longest + 1);
  const vacuous = new Uint8Array(longest + 1);
  for (const text of compact) {
    const length = text.length;
    if (segments[length] !== 0) continue;
    const count = mostEdits(t, length, longestPartner(t, length)) + 1;
    segments[length] = count;
    // Piece 0 keeps its characters; another piece of one character would leave an empty core.
    if (length === 0 || (count > 1 && Math.floor(length / count) < 2)) vacuous[length] = 1;
  }
  const keys: number[] = [];
  const owners: number[] = [];
  compact.forEach((text, name) => {
    const length = text.length;
    if (vacuous[length] === 1) return;
    const count = segments[length] as number;
    for (let i = 0; i < count; i += 1) {
      const from = pieceStart(length, count, i) + (i > 0 ? 1 : 0);
      keys.push(segmentKey(length, i, text, from, pieceStart(length, count, i + 1)));
      owners.push(name);
    }
  });
  const found = postings(keys, owners);
  const masks = Int32Array.from(found.names, (name) => letterMask(compact[name] as string));
  return { threshold: t, segments, vacuous, ...found, masks };
}

/** Internal: the slot of `key` in the index's table, or −1 when no core has that key. */
export function slotOf(index: SegmentIndex, key: number): number {
  const bit = key & (PRESENT_BITS - 1);
  if (((index.present[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
  const { keys, slots } = index;
  const mask = keys.length - 1;
  for (let cell = hashCell(key) & mask; ; cell = (cell + 1) & mask) {
    const found = keys[cell] as number;
    if (found === key) return slots[cell] as number;
    if (found === -1) return -1;
  }
}

const PRESENT_BITS = 1 << 20;

const hashCell = (key: number) => Math.imul(key, 0x9e3779b1) >>> 7;

/** Groups (key, name) pairs by key: names ascending within a key, each once. */
function postings(keys: readonly number[], owners: readonly number[]) {
  const order = Array.from(keys, (_, i) => i).sort(
    (a, b) =>
      (keys[a] as number) - (keys[b] as number) || (owners[a] as number) - (owners[b] as number),
  );
  let size = 2;
  while (size < keys.length * 2) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const present = new Int32Array(PRESENT_BITS >>> 5);
  const slots = new Int32Array(size);
  const starts: number[] = [];
  const names: number[] = [];
  let last = -1;
  for (const i of order) {
    const key = keys[i] as number;
    const name = owners[i] as number;
    if (key !== last) {
      let cell = hashCell(key) & (size - 1);
      while (table[cell] !== -1) cell = (cell + 1) & (size - 1);
      table[cell] = key;
      const bit = key & (PRESENT_BITS - 1);
      present[bit >>> 5] = (present[bit >>> 5] as number) | (1 << (bit & 31));
      slots[cell] = starts.length;
      starts.push(names.length);
      last = key;
    } else if (names[names.length - 1] === name) continue;
    names.push(name);
  }
  starts.push(names.length);
  return {
    keys: table,
    slots,
    present,
    starts: Int32Array.from(starts),
    names: Int32Array.from(names),
  };
}
