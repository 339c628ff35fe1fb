/** Characters are counted in this many buckets (code mod 32: a–z fall in 26 different ones). */
export const BUCKETS = 32;

/**
 * Internal: the names' character counts, `BUCKETS` a name, in bucket `code mod 32` (counts
 * capped at 65,535; names are at most 1,000 characters).
 */
export function buildLetterCounts(texts: readonly string[]): Uint16Array {
  const out = new Uint16Array(texts.length * BUCKETS);
  texts.forEach((text, name) => {
    for (let at = 0; at < text.length; at += 1) {
      const bucket = name * BUCKETS + (text.charCodeAt(at) & (BUCKETS - 1));
      out[bucket] = (out[bucket] as number) + 1;
    }
  });
  return out;
}

/** Internal: the buckets a text has characters in, one bit each. */
export function letterMask(text: string): number {
  let mask = 0;
  for (let at = 0; at < text.length; at += 1) mask |= 1 << (text.charCodeAt(at) & (BUCKETS - 1));
  return mask;
}

/** The number of bits set in a 32-bit integer. */
export function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** Internal: a party's character counts into `out` (`BUCKETS` long). */
export function countLetters(text: string, out: Int32Array): Int32Array {
  out.fill(0);
  for (let at = 0; at < text.length; at += 1) {
    const bucket = text.charCodeAt(at) & (BUCKETS - 1);
    out[bucket] = (out[bucket] as number) + 1;
  }
  return out;
}

/**
 * Internal: whether the count bound lets name `name` be within `edits` edits (optimal string
 * alignment) of the party. With D = the party's counts less the name's, P the sum of D's positive
 * and N of its negative parts: a substitution lowers P and N by at most one each, an insertion or
 * a deletion one of them by at most one, a transposition neither, so the distance is at least
 * max(P, N). Bucketing only merges differences, which cannot raise P or N, so the bound holds.
 * `buckets` holds at least the buckets either side has characters in (the union of their masks,
 * see {@link letterMask}). Check {@link withinMasks} first: the same bound on the buckets only
 * one side has.
 */
export function withinCounts(
  counts: Uint16Array,
  name: number,
  party: Int32Array,
  buckets: number,
  edits: number,
): boolean {
  let more = 0;
  let less = 0;
  const base = name * BUCKETS;
  // Only the buckets either side has characters in (`buckets`) can differ; stop past `edits`.
  for (let bits = buckets; bits !== 0; ) {
    const low = bits & -bits;
    bits ^= low;
    const bucket = 31 - Math.clz32(low);
    const d = (party[bucket] as number) - (counts[base + bucket] as number);
    if (d > 0) {
      more += d;
      if (more > edits) return false;
    } else {
      less -= d;
      if (less > edits) return false;
    }
  }
  return true;
}

/**
 * Internal: the count bound of {@link withinCounts} read off the masks of `letterMask`, cheaply:
 * each bucket only one side has characters in adds at least one to P or to N.
 */
export function withinMasks(nameMask: number, partyMask: number, edits: number): boolean {
  return bitCount(partyMask & ~nameMask) <= edits && bitCount(nameMask & ~partyMask) <= edits;
}
