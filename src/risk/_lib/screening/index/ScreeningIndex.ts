import type { ScreeningEntry } from '../../../ScreeningEntry';
import { nameKeys } from '../names/nameKeys';
import type { NameRules } from '../names/nameRules';
import { type PreparedName, prepareName } from '../names/prepareName';
import { buildKeyTable, type KeyTable } from './KeyTable';

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
  /**
   * The blocking keys (their ids are their order in it), token keys also through their
   * one-deletion variants: a lookup finds the keys a string is or is a variant of.
   */
  readonly table: KeyTable;
  /** Key id → the names (indexes into `names`, ascending) that have the key. */
  readonly postings: readonly Int32Array[];
  /** A key with at most this many names makes each of them a candidate on its own. */
  readonly rareCap: number;
  /** A key with more names than this is too common to find candidates with (a stop word). */
  readonly stopCap: number;
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
  const keyIds = new Map<string, number>();
  const texts: string[] = [];
  const isToken: boolean[] = [];
  const lists: number[][] = [];
  names.forEach((name, nameIndex) => {
    for (const { key, token } of nameKeys(name.prepared)) {
      let id = keyIds.get(key);
      if (id === undefined) {
        id = lists.length;
        keyIds.set(key, id);
        texts.push(key);
        isToken.push(false);
        lists.push([]);
      }
      if (token) isToken[id] = true;
      (lists[id] as number[]).push(nameIndex);
    }
  });
  const table = buildKeyTable(texts, isToken);
  const rareCap = Math.max(16, Math.ceil(names.length / 1000));
  const stopCap = Math.max(rareCap, Math.ceil(names.length / 20));
  const postings = lists.map((list) => Int32Array.from(list));
  return { rules, entries, names, table, postings, rareCap, stopCap };
}
