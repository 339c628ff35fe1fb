import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildKeyTable,
  findKeys,
  hashOf,
  variantCuts,
  variantHashes,
} from '../../../../../src/risk/_lib/screening/index/KeyTable';
import { variantsOf } from '../../../../../src/risk/_lib/screening/names/nameKeys';

const text = fc.string({ unit: fc.constantFrom(...'abcdeé华'), minLength: 1, maxLength: 8 });

/** The reference: a plain map from every key and every variant of a token key to its keys. */
function referenceLookup(texts: readonly string[], tokens: readonly boolean[]) {
  const map = new Map<string, Set<number>>();
  const add = (s: string, id: number) => map.set(s, (map.get(s) ?? new Set()).add(id));
  texts.forEach((t, id) => {
    add(t, id);
    if (tokens[id] === true) for (const v of variantsOf(t)) add(v, id);
  });
  return map;
}

describe('KeyTable', () => {
  it('hashes a text with one position cut as the text without it', () => {
    fc.assert(
      fc.property(text, (t) => {
        const out: number[] = [];
        variantHashes(t, out);
        for (let i = 0; i < t.length; i += 1)
          expect(out[i]).toBe(hashOf(t.slice(0, i) + t.slice(i + 1)));
      }),
      { numRuns: 60 },
    );
  });

  it('cuts the positions of variantsOf, each distinct variant once', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(variantCuts(t).map((i) => t.slice(0, i) + t.slice(i + 1))).toEqual(variantsOf(t));
      }),
      { numRuns: 60 },
    );
  });

  it('finds what a map of every key and every variant of a token key finds', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(text, { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.array(fc.tuple(text, fc.integer({ min: -1, max: 8 })), { maxLength: 30 }),
        (texts, tokens, queries) => {
          const table = buildKeyTable(texts, tokens);
          const reference = referenceLookup(texts, tokens);
          for (const [query, at] of [...texts.map((t) => [t, -1] as const), ...queries]) {
            const cut = at < query.length ? at : -1;
            const hashes: number[] = [];
            variantHashes(query, hashes);
            const out: number[] = [];
            const found = findKeys(
              table,
              query,
              cut,
              cut < 0 ? hashOf(query) : (hashes[cut] as number),
              out,
            );
            const string = cut < 0 ? query : query.slice(0, cut) + query.slice(cut + 1);
            const expected = [...(reference.get(string) ?? [])].sort((a, b) => a - b);
            expect([...new Set(out)].sort((a, b) => a - b)).toEqual(expected);
            expect(found).toBe(expected.length > 0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
