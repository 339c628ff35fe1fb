import { nameKeys, variantsOf } from './nameKeys';
import type { PreparedName } from './prepareName';
import type { ScreeningIndex } from './ScreeningIndex';

/**
 * Internal: scratch state for {@link findCandidates} over one index, reused across parties so a
 * screening run allocates per party only its candidate list.
 */
export interface CandidateScratch {
  /** Per key: the party that last hit it, and the largest party-key length that hit it. */
  readonly keyParty: Int32Array;
  readonly keyWeight: Int32Array;
  /** Per name: the party that last touched it. */
  readonly nameParty: Int32Array;
  /** Per name, for this party: list keys that hit it, and their total weight. */
  readonly hits: Int32Array;
  readonly covered: Int32Array;
  /** Per name, for this party: 1 when a rare key hit it. */
  readonly rare: Uint8Array;
  party: number;
}

/** Internal: fresh scratch state for an index. */
export function candidateScratch(index: ScreeningIndex): CandidateScratch {
  const n = index.names.length;
  return {
    keyParty: new Int32Array(index.postings.length),
    keyWeight: new Int32Array(index.postings.length),
    nameParty: new Int32Array(n),
    hits: new Int32Array(n),
    covered: new Int32Array(n),
    rare: new Uint8Array(n),
    party: 0,
  };
}

const NONE: readonly number[] = [];

/** Share of the party's letters its keys must find in a name for the name to be scored. */
const COVERAGE = 0.5;

/**
 * Internal: the list names worth scoring against a party, never all of them. Each of the party's
 * blocking keys (tokens, adjacent pairs written together, the whole name) is looked up as it is,
 * and each token also through its one-deletion variants, which finds list tokens within one typo; a list key found
 * weighs the length of the party key that found it. A name is a candidate when the keys that hit
 * it weigh at least half the party's letters, and one of them is rare (held by at most `rareCap`
 * names) or two hit it (one, for a party with one key). Keys held by more than `stopCap` names
 * find nothing (they still count in the score). Prefix filtering keeps the work small: the keys
 * are taken rarest first, and once the keys left weigh less than half the party, no name they
 * alone hold can qualify, so their (long) lists are only searched for the names already found.
 * Candidates come back in ascending order.
 */
export function findCandidates(
  party: PreparedName,
  index: ScreeningIndex,
  scratch: CandidateScratch,
): number[] {
  scratch.party += 1;
  const keys = nameKeys(party);
  const found: number[] = [];
  const hit = (keyId: number, weight: number) => {
    if (scratch.keyParty[keyId] !== scratch.party) {
      scratch.keyParty[keyId] = scratch.party;
      scratch.keyWeight[keyId] = weight;
      found.push(keyId);
    } else if ((scratch.keyWeight[keyId] as number) < weight) scratch.keyWeight[keyId] = weight;
  };
  for (const { key, token } of keys) {
    const exact = index.lookup.get(key);
    for (const id of exact ?? NONE) hit(id, key.length);
    if (token && exact === undefined)
      for (const variant of variantsOf(key))
        for (const id of index.lookup.get(variant) ?? NONE) hit(id, key.length);
  }
  const usable = found
    .filter((id) => (index.postings[id] as Int32Array).length <= index.stopCap)
    .sort(
      (a, b) =>
        (index.postings[a] as Int32Array).length - (index.postings[b] as Int32Array).length ||
        a - b,
    );
  const cover = COVERAGE * party.weight;
  let left = usable.reduce((sum, id) => sum + (scratch.keyWeight[id] as number), 0);
  const touched: number[] = [];
  for (const id of usable) {
    const weight = scratch.keyWeight[id] as number;
    const posting = index.postings[id] as Int32Array;
    const rare = posting.length <= index.rareCap ? 1 : 0;
    if (left >= cover) {
      for (let i = 0; i < posting.length; i += 1)
        count(posting[i] as number, weight, rare, scratch, touched);
    } else {
      for (const name of touched)
        if (contains(posting, name)) count(name, weight, rare, scratch, touched);
    }
    left -= weight;
  }
  const need = Math.min(2, keys.length);
  return touched
    .filter(
      (name) =>
        (scratch.covered[name] as number) >= cover &&
        (scratch.rare[name] === 1 || (scratch.hits[name] as number) >= need),
    )
    .sort((a, b) => a - b);
}

function count(
  name: number,
  weight: number,
  rare: number,
  scratch: CandidateScratch,
  touched: number[],
): void {
  if (scratch.nameParty[name] !== scratch.party) {
    scratch.nameParty[name] = scratch.party;
    scratch.hits[name] = 0;
    scratch.covered[name] = 0;
    scratch.rare[name] = 0;
    touched.push(name);
  }
  scratch.hits[name] = (scratch.hits[name] as number) + 1;
  scratch.covered[name] = (scratch.covered[name] as number) + weight;
  if (rare === 1) scratch.rare[name] = 1;
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
