import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateScratch,
  spellingAdmits,
  spellingCandidates,
} from '../../../../../src/risk/_lib/screening/index/findCandidates';
import { bitCount } from '../../../../../src/risk/_lib/screening/index/LetterCounts';
import { buildIndex } from '../../../../../src/risk/_lib/screening/index/ScreeningIndex';
import {
  buildSegmentIndex,
  pieceStart,
} from '../../../../../src/risk/_lib/screening/index/SegmentIndex';
import { editSimilarity } from '../../../../../src/risk/_lib/screening/names/editSimilarity';
import { defaultNameRules } from '../../../../../src/risk/_lib/screening/names/nameRules';
import { prepareName } from '../../../../../src/risk/_lib/screening/names/prepareName';
import type { ScreeningEntry } from '../../../../../src/risk/ScreeningEntry';

const rules = defaultNameRules();
const indexOf = (names: readonly string[]) => {
  const entries = names.map(
    (name, i): ScreeningEntry => ({
      id: `E${i}`,
      name,
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

/** The names the spelling filter alone admits for a party at t. */
function spelled(names: readonly string[], party: string, t: number): Set<number> {
  const index = indexOf(names);
  const scratch = candidateScratch(index);
  const prepared = prepareName(party, rules, []);
  scratch.party += 1;
  const out: number[] = [];
  spellingCandidates(prepared, index, t, scratch, out);
  for (const name of out) expect(spellingAdmits(scratch, name)).toBe(true);
  return new Set(out);
}

// Words over a small alphabet, so that pieces often repeat; edits of every OSA kind, anywhere.
const word = fc.string({ unit: fc.constantFrom(...'abcde'), minLength: 1, maxLength: 30 });
const edit = fc
  .tuple(fc.nat(), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...'abcdx'))
  .map(([at, kind, letter]) => (text: string) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (kind === 0) return text.slice(0, i) + letter + text.slice(i + 1);
    if (kind === 1) return text.length > 1 ? text.slice(0, i) + text.slice(i + 1) : text;
    if (kind === 2) return text.slice(0, i) + letter + text.slice(i);
    if (i + 1 >= text.length) return text;
    return text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2);
  });
const edited = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(base, fc.array(edit, { minLength: 0, maxLength: 4 }))
    .map(([text, edits]) => edits.reduce((out, f) => f(out), text));
const threshold = fc.oneof(
  fc.constantFrom(0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.875, 0.9, 0.95, 1),
  fc.double({ min: 0.3, max: 1, noNaN: true }),
);

describe('SegmentIndex', () => {
  it('cuts a name into pieces whose lengths differ by at most one, shorter first', () => {
    expect([0, 1, 2, 3, 4].map((i) => pieceStart(14, 4, i))).toEqual([0, 3, 6, 10, 14]);
    expect([0, 1].map((i) => pieceStart(7, 1, i))).toEqual([0, 7]);
  });

  it('marks a length vacuous when a core would be empty', () => {
    // At 0.5 a name of 3 may be 3 edits from a party of 6: 4 pieces of at most one character.
    const pieces = buildSegmentIndex(['abc', 'abcdefghij'], 0.5);
    expect(pieces.vacuous[3]).toBe(1);
    expect(pieces.segments[10]).toBe(11);
    expect(pieces.vacuous[10]).toBe(1);
    expect(buildSegmentIndex(['abcdefghij'], 0.9).vacuous[10]).toBe(0);
  });

  it('finds a transposition across the cut between two pieces', () => {
    // 12 letters at 0.85: k(12) = ⌊0.15 · 14⌋ = 2, so 3 pieces: abcd | efgh | ijkl.
    expect(spelled(['abcdefghijkl'], 'abcedfghijlk', 0.85).has(0)).toBe(true);
    expect(spelled(['abcdefghijkl'], 'bacdfeghjikl', 0.85).has(0)).toBe(false);
  });

  it('counts the bits of a word', () => {
    expect([0, 1, 0xff, -1, 0x80000000].map(bitCount)).toEqual([0, 1, 8, 32, 1]);
  });
});

describe('properties', () => {
  it('is complete for the spelling measure alone: every name within reach is admitted', () => {
    fc.assert(
      fc.property(
        fc.array(edited(word), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.array(edit, { maxLength: 4 }),
        threshold,
        (names, pick, edits, t) => {
          const party = edits.reduce((out, f) => f(out), names[pick % names.length] as string);
          const admitted = spelled(names, party, t);
          const compact = prepareName(party, rules, []).compact;
          names.forEach((name, i) => {
            const other = prepareName(name, rules, []).compact;
            if (compact !== '' && editSimilarity(compact, other) >= t)
              expect(admitted.has(i)).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
