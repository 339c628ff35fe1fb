import type { PreparedName } from '../names/prepareName';
import { findKeys, hashOf, hasVariants, variantHashes } from './KeyTable';
import type { ScreeningIndex } from './ScreeningIndex';

/**
 * Internal: scratch state for {@link findCandidates} over one index, reused across parties so a
 * screening run allocates per party little more than its candidate list.
 */
export interface CandidateScratch {
  /** Per key: the party that last hit it, and the largest party-key length that hit it. */
  readonly keyParty: Int32Array;
  readonly keyWeight: Int32Array;
  /**
   * Per name, four integers side by side (one cache line a name touched): the party that last
   * touched it and, for that party, how many list keys hit it, their total weight, and 1 when a
   * rare key hit it (see the `STATE` offsets).
   */
  readonly state: Int32Array;
  /** This party's list keys, the keys one lookup found, the names touched and those still probed. */
  readonly found: number[];
  readonly ids: number[];
  /** The hashes of a token's variants. */
  readonly hashes: number[];
  readonly touched: number[];
  readonly alive: number[];
  party: number;
}

/** Internal: fresh scratch state for an index. */
export function candidateScratch(index: ScreeningIndex): CandidateScratch {
  const n = index.names.length;
  return {
    keyParty: new Int32Array(index.postings.length),
    keyWeight: new Int32Array(index.postings.length),
    state: new Int32Array(n * STATE),
    found: [],
    ids: [],
    hashes: [],
    touched: [],
    alive: [],
    party: 0,
  };
}

/** The per-name state: its size and offsets. */
const STATE = 4;
const HITS = 1;
const COVERED = 2;
const RARE = 3;

/** Share of the party's letters its keys must find in a name for the name to be scored. */
const COVERAGE = 0.5;

/**
 * Internal: the list names worth scoring against a party, never all of them. Each of the party's
 * blocking keys (tokens, adjacent pairs written together, the whole name — see `nameKeys`) is
 * looked up as it is, and each token also through its one-deletion variants, which finds list
 * tokens within one typo; a list key found weighs the length of the party key that found it. A
 * name is a candidate when the keys that hit it weigh at least half the party's letters, and one
 * of them is rare (held by at most `rareCap` names) or two hit it (one, for a party with one
 * key). Keys held by more than `stopCap` names find nothing (they still count in the score).
 * Candidates come back in ascending order.
 *
 * The work is kept small without changing that set (prefix filtering): the keys are taken
 * rarest first, and `left` is the weight of the keys not yet taken, this one included. A name
 * first met in a key when `left < cover` cannot reach `cover` (its weight can only come from
 * those keys), so from then on the (long) lists are only probed for names already met — by
 * binary search, or by walking the list when that is shorter; a name met is no longer searched
 * for once it qualifies (the counts only grow, so it stays a candidate) or once
 * `covered + left < cover` (it can never qualify), and counting such a name on a walk changes
 * nothing; when no name is left open, the remaining keys are skipped.
 */
export function findCandidates(
  party: PreparedName,
  index: ScreeningIndex,
  scratch: CandidateScratch,
): number[] {
  scratch.party += 1;
  const found = collectKeys(party, index, scratch);
  const usable: number[] = [];
  for (const id of found)
    if ((index.postings[id] as Int32Array).length <= index.stopCap) usable.push(id);
  usable.sort(
    (a, b) =>
      (index.postings[a] as Int32Array).length - (index.postings[b] as Int32Array).length || a - b,
  );
  const cover = COVERAGE * party.weight;
  // `nameKeys` gives one key for a one-token name and at least two (a token, a pair) otherwise.
  const need = Math.min(2, party.tokens.length);
  let left = 0;
  for (const id of usable) left += scratch.keyWeight[id] as number;
  const { touched, alive, state } = scratch;
  touched.length = 0;
  alive.length = 0;
  let probing = false;
  for (const id of usable) {
    const weight = scratch.keyWeight[id] as number;
    const posting = index.postings[id] as Int32Array;
    const rare = posting.length <= index.rareCap ? 1 : 0;
    if (left >= cover) {
      for (let i = 0; i < posting.length; i += 1)
        count(posting[i] as number, weight, rare, scratch, touched);
    } else {
      if (!probing) {
        probing = true;
        for (const name of touched) alive.push(name);
      }
      let kept = 0;
      for (let i = 0; i < alive.length; i += 1) {
        const name = alive[i] as number;
        if ((state[name * STATE + COVERED] as number) + left < cover) continue;
        if (qualifies(state, name, cover, need)) continue;
        alive[kept] = name;
        kept += 1;
      }
      alive.length = kept;
      if (kept === 0) break;
      // Probe the names still open: by binary search, or walking the list when that is shorter.
      if (kept * Math.log2(posting.length + 1) < posting.length) {
        for (const name of alive)
          if (contains(posting, name)) count(name, weight, rare, scratch, touched);
      } else {
        for (let i = 0; i < posting.length; i += 1) {
          const name = posting[i] as number;
          if (state[name * STATE] === scratch.party) count(name, weight, rare, scratch, touched);
        }
      }
    }
    left -= weight;
  }
  const out: number[] = [];
  for (const name of touched) if (qualifies(scratch.state, name, cover, need)) out.push(name);
  return out.sort((a, b) => a - b);
}

/**
 * The list keys a party's blocking keys find, each once, with in `keyWeight` the length of the
 * longest party key that found it. The keys are `nameKeys`' (tokens, adjacent pairs, the whole
 * name from three tokens), taken here without building that list: a pair or the whole name that
 * is also a token is looked up as the token too, which finds at least what its exact lookup
 * finds, and a key found twice keeps the same weight (its length). A token is looked up as it
 * is and, when that finds nothing, through its one-deletion variants.
 */
function collectKeys(party: PreparedName, index: ScreeningIndex, scratch: CandidateScratch) {
  const { found, ids } = scratch;
  found.length = 0;
  const { tokens } = party;
  for (const token of tokens) {
    ids.length = 0;
    if (!findKeys(index.table, token, -1, hashOf(token), ids) && hasVariants(token.length)) {
      const { hashes } = scratch;
      variantHashes(token, hashes);
      // As `variantCuts`: of two equal neighbours, only the first is cut.
      for (let cut = 0; cut < token.length; cut += 1)
        if (cut === 0 || token.charCodeAt(cut) !== token.charCodeAt(cut - 1))
          findKeys(index.table, token, cut, hashes[cut] as number, ids);
    }
    hitAll(ids, token.length, scratch);
  }
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const pair = (tokens[i] as string) + (tokens[i + 1] as string);
    ids.length = 0;
    findKeys(index.table, pair, -1, hashOf(pair), ids);
    hitAll(ids, pair.length, scratch);
  }
  if (tokens.length >= 3) {
    ids.length = 0;
    findKeys(index.table, party.compact, -1, hashOf(party.compact), ids);
    hitAll(ids, party.compact.length, scratch);
  }
  return found;
}

function hitAll(ids: readonly number[], weight: number, scratch: CandidateScratch): void {
  for (const id of ids) {
    if (scratch.keyParty[id] !== scratch.party) {
      scratch.keyParty[id] = scratch.party;
      scratch.keyWeight[id] = weight;
      scratch.found.push(id);
    } else if ((scratch.keyWeight[id] as number) < weight) scratch.keyWeight[id] = weight;
  }
}

/** Whether a name touched by this party is a candidate (see {@link findCandidates}). */
function qualifies(state: Int32Array, name: number, cover: number, need: number): boolean {
  const at = name * STATE;
  return (
    (state[at + COVERED] as number) >= cover &&
    (state[at + RARE] === 1 || (state[at + HITS] as number) >= need)
  );
}

function count(
  name: number,
  weight: number,
  rare: number,
  scratch: CandidateScratch,
  touched: number[],
): void {
  const { state } = scratch;
  const at = name * STATE;
  if (state[at] !== scratch.party) {
    state[at] = scratch.party;
    state[at + HITS] = 0;
    state[at + COVERED] = 0;
    state[at + RARE] = 0;
    touched.push(name);
  }
  state[at + HITS] = (state[at + HITS] as number) + 1;
  state[at + COVERED] = (state[at + COVERED] as number) + weight;
  if (rare === 1) state[at + RARE] = 1;
}

/** Binary search in an ascending posting list. */
function contains(posting: Int32Array, name: number): boolean {
  let lo = 0;
  let hi = posting.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = posting[mid] as number;
    if (value === name) return true;
    if (value < name) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
