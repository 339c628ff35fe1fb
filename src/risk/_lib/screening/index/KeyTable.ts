import { MAX_VARIANT_LENGTH, MIN_VARIANT_LENGTH } from '../names/nameKeys';

/**
 * Internal: the blocking keys of a list and the one-deletion variants of its token keys, in one
 * open-addressing hash table of integers. A string looked up is a text with at most one
 * character cut out (`cut`, or −1 for none), hashed and compared in place, so looking up a party
 * token's variants builds no strings. An entry is a key id and the position cut out of that key's
 * text (−1: the key as it is); a lookup finds the keys whose text, or one of whose variants, is
 * the string looked up — what a map from every key and every variant to its keys would give.
 */
export interface KeyTable {
  /** Key id → its text. */
  readonly texts: readonly string[];
  /**
   * `SLOT` integers a slot, linear probing: the string's hash, its key id + 1 (0: an empty slot)
   * and the position cut; one slot is read in one cache line, the text only on a hash match.
   */
  readonly slots: Int32Array;
  readonly mask: number;
  /**
   * A one-hash Bloom filter over the entries' hashes, about 8 bits an entry: small enough to stay
   * in cache, it answers most lookups of strings that are no entry (most variants of a party's
   * token) without touching the table. A clear bit proves the hash is no entry's.
   */
  readonly filter: Int32Array;
  readonly filterShift: number;
}

const SLOT = 3;

/** Internal: whether a key of this length is also entered through its one-deletion variants. */
export function hasVariants(length: number): boolean {
  return length >= MIN_VARIANT_LENGTH && length <= MAX_VARIANT_LENGTH;
}

/**
 * Internal: the positions whose deletion gives a distinct variant of `text` (deleting either of
 * two equal neighbours gives the same string, so only the first is kept), none outside the
 * variant lengths.
 */
export function variantCuts(text: string): number[] {
  const cuts: number[] = [];
  if (!hasVariants(text.length)) return cuts;
  for (let i = 0; i < text.length; i += 1)
    if (i === 0 || text.charCodeAt(i) !== text.charCodeAt(i - 1)) cuts.push(i);
  return cuts;
}

/** Internal: the table of keys `texts`, those with `withVariants[id]` also through their variants. */
export function buildKeyTable(
  texts: readonly string[],
  withVariants: readonly boolean[],
): KeyTable {
  const cutLists = texts.map((text, id) => (withVariants[id] === true ? variantCuts(text) : []));
  const size = texts.length + cutLists.reduce((sum, cuts) => sum + cuts.length, 0);
  let capacity = 16;
  while (capacity < size * 2) capacity *= 2;
  const slots = new Int32Array(capacity * SLOT);
  const mask = capacity - 1;
  let filterBits = 1 << 10;
  while (filterBits < size * 8 && filterBits < 1 << 30) filterBits *= 2;
  const filter = new Int32Array(filterBits >>> 5);
  const filterShift = 32 - Math.log2(filterBits);
  const add = (id: number, cut: number, hash: number) => {
    const bit = filterBit(hash, filterShift);
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
    let slot = hash & mask;
    while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * SLOT] = hash;
    slots[slot * SLOT + 1] = id + 1;
    slots[slot * SLOT + 2] = cut;
  };
  const hashes: number[] = [];
  texts.forEach((text, id) => {
    add(id, -1, hashOf(text));
    const cuts = cutLists[id] as number[];
    if (cuts.length > 0) variantHashes(text, hashes);
    for (const cut of cuts) add(id, cut, hashes[cut] as number);
  });
  return { texts, slots, mask, filter, filterShift };
}

/**
 * Internal: appends to `out` the ids of the keys that are `text` with position `cut` left out
 * (−1: the whole text), or have it as a variant; `hash` is that string's {@link hashOf} (cut −1)
 * or {@link variantHashes} (cut ≥ 0); a key may come more than once. Returns whether
 * any was found.
 */
export function findKeys(
  table: KeyTable,
  text: string,
  cut: number,
  hash: number,
  out: number[],
): boolean {
  const { slots, mask, texts } = table;
  const bit = filterBit(hash, table.filterShift);
  if (((table.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return false;
  let found = false;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT;
    const id = (slots[at + 1] as number) - 1;
    if (id < 0) return found;
    if (slots[at] !== hash) continue;
    if (!sameString(texts[id] as string, slots[at + 2] as number, text, cut)) continue;
    out.push(id);
    found = true;
  }
}

const BASE = 0x01000193;
let powers = new Int32Array(64);

/**
 * Internal: the hash of a whole text: the polynomial `Σ c_k · B^(n−1−k)` over its UTF-16 code
 * units, modulo 2³², then mixed.
 */
export function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
  return mix(hash);
}

/**
 * Internal: into `out[i]`, the {@link hashOf} of `text` with position i cut out, for every i, in
 * O(n): with P_i the polynomial of the first i units and S_i that of the units from i on (powers
 * counted from the end), the text without unit i is `P_i · B^(n−1−i) + S_(i+1)`.
 */
export function variantHashes(text: string, out: number[]): void {
  const n = text.length;
  out.length = n;
  // out[i] first holds S_(i+1) and powers[i] B^(n−1−i), then out[i] the variant's hash.
  let suffix = 0;
  let power = 1;
  if (powers.length < n) powers = new Int32Array(n * 2);
  for (let i = n - 1; i >= 0; i -= 1) {
    out[i] = suffix;
    powers[i] = power;
    suffix = (suffix + Math.imul(text.charCodeAt(i), power)) | 0;
    power = Math.imul(power, BASE);
  }
  let prefix = 0;
  for (let i = 0; i < n; i += 1) {
    out[i] = mix((Math.imul(prefix, powers[i] as number) + (out[i] as number)) | 0);
    prefix = (Math.imul(prefix, BASE) + text.charCodeAt(i)) | 0;
  }
}

/** The filter bit of a hash: its top bits after another multiplication (not the table's low bits). */
function filterBit(hash: number, shift: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> shift;
}

/** A finaliser spreading the polynomial's bits to the low ones the table masks with. */
function mix(value: number): number {
  let hash = value ^ (value >>> 16);
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** Whether `a` without position `cutA` is `b` without position `cutB` (−1: nothing cut). */
function sameString(a: string, cutA: number, b: string, cutB: number): boolean {
  const length = a.length - (cutA >= 0 ? 1 : 0);
  if (length !== b.length - (cutB >= 0 ? 1 : 0)) return false;
  let i = 0;
  let j = 0;
  for (let n = 0; n < length; n += 1) {
    if (i === cutA) i += 1;
    if (j === cutB) j += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i += 1;
    j += 1;
  }
  return true;
}
