const EMPTY = 0;
// Past this many probes for one id (hashes made to collide), the table hands every lookup to a
// Map, whose hash is seeded, so no input makes it quadratic.
const MAX_PROBES = 48;

/**
 * Slots of string ids, first seen first (0, 1, 2, …): an open-addressing hash table in typed
 * arrays that keeps each id's characters in one pooled array. A lookup reads the id it is given
 * and compact arrays, never the stored key strings, which a `Map` compares with and which lie
 * scattered over a large heap (a cache and TLB miss each). Equal ids — the same characters —
 * always get the same slot; the hash only decides where to look.
 */
export class IdSlots {
  /** The ids by slot; empty when made with `keepIds` false (the pool still holds them). */
  readonly ids: string[] = [];
  /** How many ids have a slot. */
  size = 0;
  private table = new Int32Array(1024);
  private hashes = new Int32Array(256);
  private starts = new Int32Array(257);
  private pool = new Uint16Array(4096);
  private fallback: Map<string, number> | undefined;

  /**
   * @param maxProbes - probes for one id before the table turns to a Map (lower in tests)
   * @param keepIds - whether `ids` lists the ids (not needed when the caller keeps them)
   */
  constructor(
    private readonly maxProbes = MAX_PROBES,
    private readonly keepIds = true,
  ) {}

  /** The slot of `id`, a new one if it has none. */
  slotOf(id: string): number {
    const hash = hashOf(id);
    const found = this.findHashed(id, hash);
    return found >= 0 ? found : this.insert(id, hash);
  }

  /** The slot of `id`, or −1 if it has none. */
  find(id: string): number {
    return this.findHashed(id, hashOf(id));
  }

  /**
   * Makes room for `count` ids in all (the table, the hashes and the offsets), so that adding
   * them does not grow and re-place the table step by step. Slots are unchanged.
   */
  reserve(count: number): void {
    if (this.fallback !== undefined || !(count > this.hashes.length - 1)) return;
    this.hashes = grown(this.hashes, count + 1);
    this.starts = grown(this.starts, count + 2);
    let size = this.table.length;
    while (size < 4 * count) size *= 2;
    if (size > this.table.length) this.rehash(size);
  }

  private findHashed(id: string, hash: number): number {
    if (this.fallback !== undefined) return this.fallback.get(id) ?? -1;
    const mask = this.table.length - 1;
    for (let at = hash & mask, probes = 0; probes < this.maxProbes; probes += 1) {
      const entry = this.table[at] as number;
      if (entry === EMPTY) return -1;
      if (this.hashes[entry - 1] === hash && this.matches(entry - 1, id)) return entry - 1;
      at = (at + 1) & mask;
    }
    this.fallback = new Map(
      Array.from({ length: this.size }, (_, slot) => [this.idAt(slot), slot]),
    );
    return this.fallback.get(id) ?? -1;
  }

  private matches(slot: number, id: string): boolean {
    const start = this.starts[slot] as number;
    const length = id.length;
    if ((this.starts[slot + 1] as number) - start !== length) return false;
    const pool = this.pool;
    for (let i = 0; i < length; i += 1) if (pool[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private insert(id: string, hash: number): number {
    const slot = this.size;
    this.size = slot + 1;
    if (this.keepIds) this.ids.push(id);
    if (this.fallback !== undefined) {
      this.fallback.set(id, slot);
      return slot;
    }
    if (slot + 1 >= this.hashes.length) {
      this.hashes = grown(this.hashes, this.hashes.length * 2);
      this.starts = grown(this.starts, this.hashes.length + 1);
    }
    const start = this.starts[slot] as number;
    if (start + id.length > this.pool.length)
      this.pool = grown(this.pool, Math.max(this.pool.length * 2, start + id.length));
    for (let i = 0; i < id.length; i += 1) this.pool[start + i] = id.charCodeAt(i);
    this.starts[slot + 1] = start + id.length;
    this.hashes[slot] = hash;
    // At most a quarter full: short probe runs.
    if (4 * (slot + 1) > this.table.length) this.rehash(this.table.length * 2);
    else this.place(slot);
    return slot;
  }

  /** A table of `size` places with every slot placed anew. */
  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let s = 0; s < this.size; s += 1) this.place(s);
  }

  /** The id of `slot`, read back from the pool (the fallback's keys). */
  private idAt(slot: number): string {
    let id = '';
    const end = this.starts[slot + 1] as number;
    for (let i = this.starts[slot] as number; i < end; i += 1)
      id += String.fromCharCode(this.pool[i] as number);
    return id;
  }

  /** Puts `slot` in the first free place of its probe sequence. */
  private place(slot: number): void {
    const mask = this.table.length - 1;
    let at = (this.hashes[slot] as number) & mask;
    while (this.table[at] !== EMPTY) at = (at + 1) & mask;
    this.table[at] = slot + 1;
  }
}

/** FNV-1a over the UTF-16 code units, folded with the length. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 ^ id.length;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

function grown<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}
