import type { ScreeningEntry } from '../../../ScreeningEntry';
import type { NameRules } from '../names/nameRules';
import { type PreparedName, prepareName } from '../names/prepareName';
import { buildGramIndex, type GramIndex } from './GramIndex';
import { buildLetterCounts, letterMask } from './LetterCounts';
import type { SegmentIndex } from './SegmentIndex';

/** Internal: one name of the list (an entry's name or an alias), normalised. */
export interface IndexedName {
  /** Index of its entry in `entries`. */
  readonly entry: number;
  readonly name: string;
  readonly prepared: PreparedName;
}

/** Internal: the screening index (see `buildScreeningList`). */
export interface ScreeningIndex {
  readonly rules: NameRules;
  /** Entries in id order. */
  readonly entries: readonly ScreeningEntry[];
  readonly names: readonly IndexedName[];
  /** The names' token trigrams, for the token measure's filter. */
  readonly tokenIndex: GramIndex;
  /**
   * The spelling measure's partition indexes by threshold (see `SegmentIndex`), built by
   * `findCandidates` on first use at a threshold; a cache, the only mutable part.
   */
  readonly pieces: Map<number, SegmentIndex>;
  /** The names' character counts without spaces (see `LetterCounts`). */
  readonly letters: Uint16Array;
  /** The buckets each name has characters in (see `letterMask`). */
  readonly masks: Int32Array;
  /** The names by the length of their text without spaces, and where each length starts. */
  readonly byLength: Int32Array;
  readonly lengthStarts: Int32Array;
}

/**
 * Internal: builds the index of parsed entries (sorted by id) under `rules`; `origin[i]` is the
 * input position of entry i, for error paths.
 */
export function buildIndex(
  entries: readonly ScreeningEntry[],
  rules: NameRules,
  origin: readonly number[],
): ScreeningIndex {
  const names: IndexedName[] = [];
  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    const at0 = ['entries', origin[index] ?? index];
    [entry.name, ...entry.aliases].forEach((name, at) => {
      const path = at === 0 ? [...at0, 'name'] : [...at0, 'aliases', at - 1];
      const prepared = prepareName(name, rules, path);
      if (seen.has(prepared.text)) return;
      seen.add(prepared.text);
      names.push({ entry: index, name, prepared });
    });
  });
  const tokenIndex = buildGramIndex(names.map((name) => name.prepared.grams));
  const longest = names.reduce((most, name) => Math.max(most, name.prepared.weight), 0);
  const lengthStarts = new Int32Array(longest + 2);
  for (const { prepared } of names)
    lengthStarts[prepared.weight + 1] = (lengthStarts[prepared.weight + 1] as number) + 1;
  for (let length = 1; length < lengthStarts.length; length += 1)
    lengthStarts[length] = (lengthStarts[length] as number) + (lengthStarts[length - 1] as number);
  const fill = lengthStarts.slice();
  const byLength = new Int32Array(names.length);
  names.forEach((name, i) => {
    const at = fill[name.prepared.weight] as number;
    byLength[at] = i;
    fill[name.prepared.weight] = at + 1;
  });
  const letters = buildLetterCounts(names.map((name) => name.prepared.compact));
  return {
    rules,
    entries,
    names,
    tokenIndex,
    pieces: new Map(),
    letters,
    masks: Int32Array.from(names, (name) => letterMask(name.prepared.compact)),
    byLength,
    lengthStarts,
  };
}
