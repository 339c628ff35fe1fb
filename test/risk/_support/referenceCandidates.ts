import type { ScreeningIndex } from '../../../src/risk/_lib/screening/index/ScreeningIndex';
import { nameKeys, variantsOf } from '../../../src/risk/_lib/screening/names/nameKeys';
import type { PreparedName } from '../../../src/risk/_lib/screening/names/prepareName';

/**
 * The candidate rule of `findCandidates`, evaluated by brute force: every list name, every key,
 * plain maps and no prefix filtering, early exit or hash table.
 */
export function referenceCandidates(party: PreparedName, index: ScreeningIndex): number[] {
  const holders = new Map<string, Set<number>>();
  const isToken = new Set<string>();
  index.names.forEach((name, i) => {
    for (const { key, token } of nameKeys(name.prepared)) {
      holders.set(key, (holders.get(key) ?? new Set()).add(i));
      if (token) isToken.add(key);
    }
  });
  const lookup = new Map<string, Set<string>>();
  const add = (s: string, key: string) => lookup.set(s, (lookup.get(s) ?? new Set()).add(key));
  for (const key of holders.keys()) add(key, key);
  for (const key of isToken) for (const v of variantsOf(key)) add(v, key);
  const weights = new Map<string, number>();
  const keys = nameKeys(party);
  for (const { key, token } of keys) {
    const found = [...(lookup.get(key) ?? [])];
    if (token && found.length === 0)
      for (const v of variantsOf(key)) found.push(...(lookup.get(v) ?? []));
    for (const k of found) weights.set(k, Math.max(weights.get(k) ?? 0, key.length));
  }
  const out: number[] = [];
  index.names.forEach((_, i) => {
    let covered = 0;
    let hits = 0;
    let rare = false;
    for (const [key, weight] of weights) {
      const names = holders.get(key) as Set<number>;
      if (names.size > index.stopCap || !names.has(i)) continue;
      covered += weight;
      hits += 1;
      rare ||= names.size <= index.rareCap;
    }
    if (covered >= 0.5 * party.weight && (rare || hits >= Math.min(2, keys.length))) out.push(i);
  });
  return out;
}
