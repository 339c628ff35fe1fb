import { attempt, CrmRulesError, INPUT_LIMITS, parseWith, type SafeResult } from '../errors';
import { buildIndex, type ScreeningIndex } from './_lib/screening/index/ScreeningIndex';
import { type NormaliseNameOptions, nameRules } from './_lib/screening/names/nameRules';
import { ScreeningEntry } from './ScreeningEntry';

/** A screening list ready for {@link screenParties}: its entries and a name index over them. */
export interface ScreeningList {
  /** The parsed entries, in id order. */
  readonly entries: readonly ScreeningEntry[];
  /** How many distinct normalised names (names and aliases) the index holds. */
  readonly names: number;
}

/** Options of {@link buildScreeningList}. */
export interface BuildScreeningListOptions {
  /** How names are normalised, for the list and later for the parties screened against it. */
  readonly normalise?: NormaliseNameOptions;
}

const INDEXES = new WeakMap<ScreeningList, ScreeningIndex>();

/** Internal: the index of a list built by {@link buildScreeningList}. */
export function indexOf(list: ScreeningList): ScreeningIndex {
  const index =
    typeof list === 'object' && list !== null ? INDEXES.get(list) : (undefined as undefined);
  if (index === undefined)
    throw new CrmRulesError('INVALID_INPUT', 'expected a list made by buildScreeningList', {
      path: ['list'],
      value: list,
    });
  return index;
}

/**
 * Validates a denied-party list given as data and indexes its names for {@link screenParties}.
 * Every entry must match {@link ScreeningEntry} (strict: unknown keys are refused) and ids must be
 * unique; the first problem fails the whole list, with nothing built. Each name and alias is
 * normalised ({@link normaliseName}) once; the index maps the trigrams of the names' tokens and of
 * the names written without spaces, rarest first, to the names that hold them, so a party is
 * compared with a few candidates, never with every entry, and misses none that can match.
 * The result does not depend on the order of the entries.
 *
 * @param entries - the list entries (at most `INPUT_LIMITS.maxScreeningEntries`)
 * @param options - `normalise`: normalisation options, used for the parties too
 * @returns the list with its index
 * @throws CrmRulesError `INVALID_INPUT` at `['entries', i, field]` for a malformed entry, at
 * `['entries', i, 'id']` for an id used twice, at `['entries']` for a non-array; `LIMIT_EXCEEDED`
 * at `['entries']` for too many entries or at the name for a name too long
 * @example
 * ```ts
 * const list = buildScreeningList([
 *   { id: 'SDN-1', name: 'Acme Trading LLC', aliases: ['Acme Trdg'], source: 'OFAC SDN', type: 'organisation' },
 * ]);
 * list.names;
 * //=> 2
 * safeBuildScreeningList([{ id: 'SDN-1', name: '', source: 'OFAC SDN', type: 'organisation' }]).error?.path;
 * //=> ['entries', 0, 'name']
 * ```
 */
export function buildScreeningList(
  entries: readonly unknown[],
  options: BuildScreeningListOptions = {},
): ScreeningList {
  const rules = nameRules(options?.normalise, ['options', 'normalise']);
  if (!Array.isArray(entries))
    throw new CrmRulesError('INVALID_INPUT', 'expected an array of list entries', {
      path: ['entries'],
      value: entries,
    });
  if (entries.length > INPUT_LIMITS.maxScreeningEntries)
    throw new CrmRulesError(
      'LIMIT_EXCEEDED',
      `more than ${INPUT_LIMITS.maxScreeningEntries} entries (maxScreeningEntries)`,
      { path: ['entries'], value: entries.length },
    );
  const parsed = entries.map((entry, i) =>
    parseWith(ScreeningEntry, entry, { path: ['entries', i] }),
  );
  const seen = new Map<string, number>();
  parsed.forEach((entry, i) => {
    if (seen.has(entry.id))
      throw new CrmRulesError('INVALID_INPUT', `entry id ${entry.id} is used twice`, {
        path: ['entries', i, 'id'],
        value: entry.id,
      });
    seen.set(entry.id, i);
  });
  const order = parsed.map((_, i) => i).sort((a, b) => compareIds(parsed[a], parsed[b]));
  const sorted = order.map((i) => parsed[i] as ScreeningEntry);
  const index = buildIndex(sorted, rules, order);
  const list: ScreeningList = Object.freeze({
    entries: Object.freeze(sorted),
    names: index.names.length,
  });
  INDEXES.set(list, index);
  return list;
}

function compareIds(a: ScreeningEntry | undefined, b: ScreeningEntry | undefined): number {
  const x = a?.id ?? '';
  const y = b?.id ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Like {@link buildScreeningList}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeBuildScreeningList([{ id: 'X', name: 'Acme', source: 'OFAC SDN', type: 'company' }]).error?.path;
 * //=> ['entries', 0, 'type']
 * ```
 */
export function safeBuildScreeningList(
  entries: readonly unknown[],
  options: BuildScreeningListOptions = {},
): SafeResult<ScreeningList> {
  return attempt(() => buildScreeningList(entries, options));
}
