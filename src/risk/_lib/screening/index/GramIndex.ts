/**
 * Internal: an inverted index of trigram multisets for prefix filtering. A multiset's elements are
 * `(trigram, occurrence)` pairs — the second `ab` of a name is another element than its first —
 * so a multiset intersection is a set intersection of elements. Elements get ids in one global
 * order, the rarest first (fewest names hold them; ties by trigram, then occurrence); each name's
 * elements, sorted by id, have positions 0, 1, …; an element's posting list holds the names that
 * have it with its position there, grouped in *runs* by name size (the number of elements),
 * sizes ascending, and within a run by position, then name — so a probe reads only the sizes a
 * party can match, and in each only the positions the prefix filter allows.
 */
export interface GramIndex {
  /** Trigram code → its number among the trigrams of the list. */
  readonly grams: ReadonlyMap<number, number>;
  /**
   * The same as an open-addressing table (linear probing, at most half full): trigram codes
   * (−1 marks a free cell; codes are ≥ 0) and their numbers, for the party's lookups.
   */
  readonly gramCodes: Float64Array;
  readonly gramNumbers: Int32Array;
  /**
   * Element ids by trigram: those of trigram number g's occurrences 0, 1, … are
   * `occurrenceIds[occurrenceStarts[g] …]` (one more start at the end).
   */
  readonly occurrenceStarts: Int32Array;
  readonly occurrenceIds: Int32Array;
  /** Per name: how many elements (trigrams) it has. */
  readonly sizes: Int32Array;
  /** Element id → its first run in `runSizes` and `runStarts` (one more at the end). */
  readonly runs: Int32Array;
  /** Per run: the size of its names. */
  readonly runSizes: Int32Array;
  /** Per run: the start of its postings in `names` and `positions` (one more at the end). */
  readonly runStarts: Int32Array;
  /** Per posting: the name, and the element's position in it. */
  readonly names: Int32Array;
  readonly positions: Int32Array;
}

/** Occurrences of one trigram in a name are counted below this (names are ≤ 1,000 characters). */
const OCCURRENCES = 1024;

/**
 * Internal: the element keys of an ascending trigram list (equal trigrams are neighbours), −1 for
 * a trigram `numbers` does not know (when `add` is false).
 */
export function elementKeys(
  grams: Float64Array,
  numbers: Map<number, number>,
  add: boolean,
  out: number[],
): number[] {
  out.length = 0;
  let occurrence = 0;
  for (let i = 0; i < grams.length; i += 1) {
    const gram = grams[i] as number;
    occurrence = i > 0 && grams[i - 1] === gram ? occurrence + 1 : 0;
    let number = numbers.get(gram);
    if (number === undefined && add) {
      number = numbers.size;
      numbers.set(gram, number);
    }
    out.push(
      number === undefined ? -1 : number * OCCURRENCES + Math.min(occurrence, OCCURRENCES - 1),
    );
  }
  return out;
}

/** Internal: the index of the names' trigram lists (`grams[i]` is name i's, ascending). */
export function buildGramIndex(grams: readonly Float64Array[]): GramIndex {
  const counts = new Map<number, number>();
  const numbers = new Map<number, number>();
  const keys: number[] = [];
  for (const list of grams)
    for (const key of elementKeys(list, numbers, true, keys))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  const order = [...counts.keys()].sort(
    (a, b) => (counts.get(a) as number) - (counts.get(b) as number) || a - b,
  );
  const ids = new Map<number, number>();
  const starts = new Int32Array(order.length + 1);
  order.forEach((key, id) => {
    ids.set(key, id);
    starts[id + 1] = (starts[id] as number) + (counts.get(key) as number);
  });
  const n = grams.length;
  const sizes = Int32Array.from(grams, (list) => list.length);
  // Postings filled name by name in (size, name) order, so each element's are by size, then name.
  const names = new Int32Array(starts[order.length] as number);
  const positions = new Int32Array(names.length);
  const fill = starts.slice(0, order.length);
  for (const name of bySize(sizes)) {
    const elements = Int32Array.from(
      elementKeys(grams[name] as Float64Array, numbers, false, keys),
      (key) => ids.get(key) as number,
    ).sort();
    elements.forEach((id, position) => {
      const at = fill[id] as number;
      names[at] = name;
      positions[at] = position;
      fill[id] = at + 1;
    });
  }
  return {
    grams: numbers,
    ...gramTable(numbers),
    ...occurrenceTable(ids, numbers.size),
    sizes,
    ...sizeRuns(starts, names, positions, sizes, n),
    names,
    positions,
  };
}

/** The element ids by trigram number and occurrence (every trigram's occurrences start at 0). */
function occurrenceTable(ids: ReadonlyMap<number, number>, grams: number) {
  const occurrenceStarts = new Int32Array(grams + 1);
  for (const key of ids.keys()) {
    const gram = Math.floor(key / OCCURRENCES);
    occurrenceStarts[gram + 1] = (occurrenceStarts[gram + 1] as number) + 1;
  }
  for (let gram = 0; gram < grams; gram += 1)
    occurrenceStarts[gram + 1] =
      (occurrenceStarts[gram + 1] as number) + (occurrenceStarts[gram] as number);
  const occurrenceIds = new Int32Array(ids.size);
  for (const [key, id] of ids)
    occurrenceIds[
      (occurrenceStarts[Math.floor(key / OCCURRENCES)] as number) + (key % OCCURRENCES)
    ] = id;
  return { occurrenceStarts, occurrenceIds };
}

/** The names in (size, name) order. */
function bySize(sizes: Int32Array): Int32Array {
  const order = Int32Array.from(sizes, (_, name) => name);
  return order.sort((a, b) => (sizes[a] as number) - (sizes[b] as number) || a - b);
}

/**
 * Cuts each element's postings (by size, then name) into runs of one size and sorts each run by
 * position, then name (`position × n + name`, exact in a double: positions are below 3,000).
 */
function sizeRuns(
  starts: Int32Array,
  names: Int32Array,
  positions: Int32Array,
  sizes: Int32Array,
  n: number,
) {
  const runs = new Int32Array(starts.length);
  const runSizes: number[] = [];
  const runStarts: number[] = [];
  const keys = new Float64Array(names.length);
  for (let id = 0; id + 1 < starts.length; id += 1) {
    runs[id] = runSizes.length;
    const end = starts[id + 1] as number;
    for (let from = starts[id] as number; from < end; ) {
      const size = sizes[names[from] as number] as number;
      let to = from;
      while (to < end && sizes[names[to] as number] === size) {
        keys[to] = (positions[to] as number) * n + (names[to] as number);
        to += 1;
      }
      const run = keys.subarray(from, to).sort();
      run.forEach((key, i) => {
        names[from + i] = key % n;
        positions[from + i] = Math.floor(key / n);
      });
      runSizes.push(size);
      runStarts.push(from);
      from = to;
    }
  }
  runs[starts.length - 1] = runSizes.length;
  runStarts.push(names.length);
  return { runs, runSizes: Int32Array.from(runSizes), runStarts: Int32Array.from(runStarts) };
}

/**
 * Internal: a party's trigram list as element ids in the global order, into `out`; elements no
 * list name has come first as −1 (they are in no posting list and can be in no intersection).
 */
export function partyElements(grams: Float64Array, index: GramIndex, out: number[]): number[] {
  const { occurrenceStarts, occurrenceIds } = index;
  out.length = 0;
  let occurrence = 0;
  for (let i = 0; i < grams.length; i += 1) {
    const gram = grams[i] as number;
    occurrence = i > 0 && grams[i - 1] === gram ? occurrence + 1 : 0;
    const number = gramNumber(index, gram);
    const at =
      number < 0
        ? -1
        : (occurrenceStarts[number] as number) + Math.min(occurrence, OCCURRENCES - 1);
    out.push(
      at >= 0 && at < (occurrenceStarts[number + 1] as number) ? (occurrenceIds[at] as number) : -1,
    );
  }
  if (out.length > 64) return out.sort((a, b) => a - b);
  // Insertion sort: most parties have a few tens of elements.
  for (let i = 1; i < out.length; i += 1) {
    const id = out[i] as number;
    let j = i - 1;
    while (j >= 0 && (out[j] as number) > id) {
      out[j + 1] = out[j] as number;
      j -= 1;
    }
    out[j + 1] = id;
  }
  return out;
}

/** A trigram code's cell: a hash of its high and low 24 bits (codes are below 2^48). */
const cellOf = (gram: number, mask: number) =>
  (Math.imul(
    Math.imul(Math.floor(gram / 16_777_216), 0x9e3779b1) ^ (gram % 16_777_216),
    0x85ebca6b,
  ) >>>
    0) &
  mask;

function gramTable(numbers: ReadonlyMap<number, number>) {
  let size = 2;
  while (size < numbers.size * 2) size *= 2;
  const gramCodes = new Float64Array(size).fill(-1);
  const gramNumbers = new Int32Array(size);
  for (const [gram, number] of numbers) {
    let cell = cellOf(gram, size - 1);
    while (gramCodes[cell] !== -1) cell = (cell + 1) & (size - 1);
    gramCodes[cell] = gram;
    gramNumbers[cell] = number;
  }
  return { gramCodes, gramNumbers };
}

/** A trigram code's number in the index, or −1 when no list name has it. */
function gramNumber(index: GramIndex, gram: number): number {
  const { gramCodes, gramNumbers } = index;
  const mask = gramCodes.length - 1;
  for (let cell = cellOf(gram, mask); ; cell = (cell + 1) & mask) {
    const found = gramCodes[cell] as number;
    if (found === gram) return gramNumbers[cell] as number;
    if (found === -1) return -1;
  }
}
