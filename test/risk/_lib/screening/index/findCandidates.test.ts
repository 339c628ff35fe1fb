import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateScratch,
  findCandidates,
} from '../../../../../src/risk/_lib/screening/index/findCandidates';
import {
  buildIndex,
  type ScreeningIndex,
} from '../../../../../src/risk/_lib/screening/index/ScreeningIndex';
import { defaultNameRules } from '../../../../../src/risk/_lib/screening/names/nameRules';
import { prepareName } from '../../../../../src/risk/_lib/screening/names/prepareName';
import { scoreNames } from '../../../../../src/risk/_lib/screening/names/scoreNames';
import type { ScreeningEntry } from '../../../../../src/risk/ScreeningEntry';
import { referenceCandidates } from '../../../_support/referenceCandidates';

const WORDS = [
  'zarvex',
  'zarvx',
  'petroleum',
  'petrolium',
  'trading',
  'ivan',
  'sidorov',
  'hua',
  'wei',
  'huawei',
  'ltd',
  'ab',
];
const name = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
  .map((w) => w.join(' '));
const rules = defaultNameRules();

/** A small list, and its index with small caps so that rare, common and stop keys all occur. */
const lists = fc
  .tuple(
    fc.array(name, { minLength: 1, maxLength: 25 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 0, max: 8 }),
  )
  .map(([names, rareCap, extra]) => {
    const entries = names.map(
      (n, i): ScreeningEntry => ({
        id: `E${i}`,
        name: n,
        aliases: [],
        source: 'S',
        type: 'organisation',
      }),
    );
    const index = buildIndex(
      entries,
      rules,
      entries.map((_, i) => i),
    );
    return { ...index, rareCap, stopCap: rareCap + extra };
  });

describe('findCandidates', () => {
  it('finds the names the candidate rule admits, evaluated by brute force', () => {
    fc.assert(
      fc.property(lists, fc.array(name, { minLength: 1, maxLength: 6 }), (index, parties) => {
        const scratch = candidateScratch(index);
        for (const party of parties) {
          const prepared = prepareName(party, rules, []);
          expect(findCandidates(prepared, index, scratch)).toEqual(
            referenceCandidates(prepared, index),
          );
        }
      }),
      { numRuns: 80 },
    );
  });

  it('loses no candidate whose full score reaches the threshold to the scoring cut-offs', () => {
    fc.assert(
      fc.property(lists, name, fc.constantFrom(0.7, 0.85, 0.9), (index, party, threshold) => {
        const prepared = prepareName(party, rules, []);
        for (const i of findCandidates(prepared, index, candidateScratch(index))) {
          const other = (index.names[i] as ScreeningIndex['names'][number]).prepared;
          const full = scoreNames(prepared, other).score;
          const cut = scoreNames(prepared, other, threshold).score;
          if (full >= threshold) expect(cut).toBe(full);
          else expect(cut).toBeLessThan(threshold);
        }
      }),
      { numRuns: 60 },
    );
  });
});
