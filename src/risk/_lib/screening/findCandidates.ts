import { nameKeys, variantsOf } from './nameKeys';
import type { PreparedName } from './prepareName';
import type { ScreeningIndex } from './ScreeningIndex';

/**
 * Internal: scratch state for {@link findCandidates} over one index, reused across parties so a
 * screening run allocates per party only its candidate list.
 */
export interface CandidateScratch {
  /** Per key: the probe that last looked at it. */
  readonly keyProbe: Int32Array;
  /** Per name: the probe that last counted it, and the party that last touched it. */
  readonly nameProbe: Int32Array;
  readonly nameParty: Int32Array;
  /** Per name: distinct query keys that hit it through common keys, for this party. */
  readonly hits: Int32Array;
  /** Per name: 1 when it is already a candidate of this party. */
  readonly chosenBy: Int32Array;
  probe: number;
  party: number;
}

/** Internal: fresh scratch state for an index. */
export function candidateScratch(index: ScreeningIndex): CandidateScratch {
  return {
    keyProbe: new Int32Array(index.postings.length),
    nameProbe: new Int32Array(index.names.length),
    nameParty: new Int32Array(index.names.length),
    hits: new Int32Array(index.names.length),
    chosenBy: new Int32Array(index.names.length),
    probe: 0,
    party: 0,
  };
}

/**
 * Internal: the list names worth scoring against a party, never all of them. Each of the party's
 * blocking keys (tokens, adjacent pairs, the whole name) is looked up as it is and through its
 * one-deletion variants, which finds list keys within one typo. A list key held by at most
 * `rareCap` names makes each a candidate; a more common key (up to `stopCap`) counts a hit, and
 * a name hit by two different party keys (one, for a party with one key) becomes a candidate; keys held by more names than
 * `stopCap` find none (they still count in the score). Candidates come back in ascending order.
 */
export function findCandidates(
  party: PreparedName,
  index: ScreeningIndex,
  scratch: CandidateScratch,
): number[] {
  scratch.party += 1;
  const out: number[] = [];
  const keys = nameKeys(party);
  const need = Math.min(2, keys.length);
  for (const key of keys) {
    scratch.probe += 1;
    visit(index.keyIds.get(key), need, index, scratch, out);
    for (const id of index.variants.get(key) ?? []) visit(id, need, index, scratch, out);
    for (const variant of variantsOf(key)) {
      visit(index.keyIds.get(variant), need, index, scratch, out);
      for (const id of index.variants.get(variant) ?? []) visit(id, need, index, scratch, out);
    }
  }
  return out.sort((a, b) => a - b);
}

function visit(
  keyId: number | undefined,
  need: number,
  index: ScreeningIndex,
  scratch: CandidateScratch,
  out: number[],
): void {
  if (keyId === undefined || scratch.keyProbe[keyId] === scratch.probe) return;
  scratch.keyProbe[keyId] = scratch.probe;
  const posting = index.postings[keyId] as Int32Array;
  if (posting.length > index.stopCap) return;
  const rare = posting.length <= index.rareCap;
  const { party, probe } = scratch;
  for (let i = 0; i < posting.length; i += 1) {
    const name = posting[i] as number;
    if (scratch.nameParty[name] !== party) {
      scratch.nameParty[name] = party;
      scratch.hits[name] = 0;
      scratch.chosenBy[name] = 0;
      scratch.nameProbe[name] = 0;
    }
    if (scratch.chosenBy[name] === 1) continue;
    if (!rare && scratch.nameProbe[name] !== probe) {
      scratch.nameProbe[name] = probe;
      scratch.hits[name] = (scratch.hits[name] as number) + 1;
    }
    if (rare || (scratch.hits[name] as number) >= need) {
      scratch.chosenBy[name] = 1;
      out.push(name);
    }
  }
}
