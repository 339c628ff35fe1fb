// Past this many probes for one id (hashes made to collide), the table hands every lookup to a
// Map, whose hash is seeded, so no input makes it quadratic.
const MAX_PROBES = 48;

/**
 * Slots of string ids, first seen first (0, 1, 2, …), for ids the caller keeps itself (an
 * invoice's id in the invoice it holds at the same slot): an open-addressing hash table of
 * `[hash, slot + 1]` pairs in one typed array, at most half full. A lookup compares hashes in the
 * pairs, which lie side by side (a probe run is one cache line); only on equal hashes does it
 * read the caller's id (`keyOf`) and compare the characters. Unlike {@link IdSlots} it keeps no
 * copy of the ids: a table of a million ids is 16 MB and nothing else.
 *
 * `keyOf(slot)` must give the id of every slot below `size` when `slotOf` or `find` is called.
 */
export class KeyedSlots {
  /** How many ids have a slot. */
  size = 0;
  private pairs = new Int32Array(2 * 1024);
  private fallback: Map<string, number> | undefined;

  /**
   * @param keyOf - the id of a slot, as the caller keeps it
   * @param maxProbes - probes for one id before the table turns to a Map (lower in tests)
   */
  constructor(
    private readonly keyOf: (slot: number) => string,
    private readonly maxProbes = MAX_PROBES,
  ) {}

  /** The slot of `id`, a new one (`size` before the call) if it has none. */
  slotOf(id: string): number {
    const hash = hashOf(id);
    const found = this.findHashed(id, hash);
    if (found >= 0) return found;
    const slot = this.size;
    this.size = slot + 1;
    if (this.fallback !== undefined) this.fallback.set(id, slot);
    else if (4 * (slot + 1) > this.pairs.length) this.rehash(this.pairs.length, hash, slot);
    else this.place(hash, slot);
    return slot;
  }

  /** The slot of `id`, or −1 if it has none. */
  find(id: string): number {
    return this.findHashed(id, hashOf(id));
  }

  /** Makes room for `count` ids in all, so that adding them does not re-place the table. */
  reserve(count: number): void {
    if (this.fallback !== undefined) return;
    let places = this.pairs.length >> 1;
    while (places < 2 * count) places *= 2;
    if (2 * places > this.pairs.length) this.rehash(places, 0, -1);
  }

  private findHashed(id: string, hash: number): number {
    if (this.fallback !== undefined) return this.fallback.get(id) ?? -1;
    const pairs = this.pairs;
    const mask = (pairs.length >> 1) - 1;
    for (let at = hash & mask, probes = 0; probes < this.maxProbes; probes += 1) {
      const entry = pairs[2 * at + 1] as number;
      if (entry === 0) return -1;
      if (pairs[2 * at] === hash && this.keyOf(entry - 1) === id) return entry - 1;
      at = (at + 1) & mask;
    }
    this.fallback = new Map(
      Array.from({ length: this.size }, (_, slot) => [this.keyOf(slot), slot]),
    );
    return this.fallback.get(id) ?? -1;
  }

  /** A table of `places` pairs with every slot placed anew, then `slot` (when ≥ 0) at `hash`. */
  private rehash(places: number, hash: number, slot: number): void {
    const old = this.pairs;
    this.pairs = new Int32Array(2 * places);
    for (let i = 1; i < old.length; i += 2) {
      const entry = old[i] as number;
      if (entry !== 0) this.place(old[i - 1] as number, entry - 1);
    }
    if (slot >= 0) this.place(hash, slot);
  }

  /** Puts `slot` in the first free place of its probe sequence. */
  private place(hash: number, slot: number): void {
    const pairs = this.pairs;
    const mask = (pairs.length >> 1) - 1;
    let at = hash & mask;
    while (pairs[2 * at + 1] !== 0) at = (at + 1) & mask;
    pairs[2 * at] = hash;
    pairs[2 * at + 1] = slot + 1;
  }
}

/** FNV-1a over the UTF-16 code units, folded with the length (as {@link IdSlots} hashes). */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 ^ id.length;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}
