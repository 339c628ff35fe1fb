import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateScratch,
  findCandidates,
} from '../../../../../src/risk/_lib/screening/index/findCandidates';
import { buildIndex } from '../../../../../src/risk/_lib/screening/index/ScreeningIndex';
import { defaultNameRules } from '../../../../../src/risk/_lib/screening/names/nameRules';
import { prepareName } from '../../../../../src/risk/_lib/screening/names/prepareName';
import { scoreNames } from '../../../../../src/risk/_lib/screening/names/scoreNames';
import type { ScreeningEntry } from '../../../../../src/risk/ScreeningEntry';
import { screeningCase } from '../../../_support/screeningNames';

const rules = defaultNameRules();
const indexOf = (names: readonly string[]) => {
  const entries = names.map(
    (n, i): ScreeningEntry => ({
      id: `E${i}`,
      name: n,
      aliases: [],
      source: 'S',
      type: 'organisation',
    }),
  );
  return buildIndex(
    entries,
    rules,
    entries.map((_, i) => i),
  );
};
const threshold = fc.oneof(
  fc.constantFrom(0, 0.5, 0.7, 0.8, 0.85, 0.875, 0.9, 0.95, 1),
  fc.double({ min: 0.3, max: 1, noNaN: true }),
);

describe('findCandidates', () => {
  it('finds a name within one typo of a short list name', () => {
    const index = indexOf(['Zarvex Petroleum', 'Ivan Sidorov', 'Nordic Global']);
    const party = prepareName('Ivan Sidorv', rules, []);
    expect(findCandidates(party, index, 0.9, candidateScratch(index))).toContain(1);
  });

  it('admits every name at threshold 0, and only empty names for an empty party', () => {
    const index = indexOf(['abc', '...', 'abd']);
    const scratch = candidateScratch(index);
    expect(findCandidates(prepareName('x', rules, []), index, 0, scratch)).toEqual([0, 1, 2]);
    expect(findCandidates(prepareName('—', rules, []), index, 0.9, scratch)).toEqual([1]);
  });
});

describe('properties', () => {
  it('is complete: every list name scoring at least the threshold is a candidate', () => {
    fc.assert(
      fc.property(screeningCase, threshold, ([names, parties], t) => {
        const index = indexOf(names);
        const scratch = candidateScratch(index);
        for (const party of parties) {
          const prepared = prepareName(party, rules, []);
          const found = findCandidates(prepared, index, t, scratch);
          expect(found).toEqual([...new Set(found)].sort((a, b) => a - b));
          const candidates = new Set(found);
          index.names.forEach((name, i) => {
            if (scoreNames(prepared, name.prepared).score >= t)
              expect(candidates.has(i)).toBe(true);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('loses no candidate whose full score reaches the threshold to the scoring cut-offs', () => {
    fc.assert(
      fc.property(screeningCase, threshold, ([names, parties], t) => {
        const index = indexOf(names);
        for (const party of parties) {
          const prepared = prepareName(party, rules, []);
          for (const i of findCandidates(prepared, index, t, candidateScratch(index))) {
            const other = index.names[i]?.prepared;
            if (other === undefined) continue;
            const full = scoreNames(prepared, other).score;
            const cut = scoreNames(prepared, other, t).score;
            if (full >= t) expect(cut).toBe(full);
            else expect(cut).toBeLessThan(t);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
