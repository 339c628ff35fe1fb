import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedOrder } from '../../../../src/grading/_lib/ledger/sortedOrder';

/** The radix sort of customer ids (ledger building), checked against Array.prototype.sort. */
describe('sortedOrder (internal id sort)', () => {
  const sorted = (ids: readonly string[]) => Array.from(sortedOrder(ids), (i) => ids[i]);

  it('sorts by UTF-16 code units: prefixes first, digits before letters, surrogates last', () => {
    const ids = Array.from(
      { length: 300 },
      (_, i) => `C-${i % 7 === 0 ? i : String(i).padStart(4, '0')}`,
    );
    ids.push('C', 'C-', 'c-1', '客户-1', '\u{1F600}', 'Ｃ-1', 'C-0000-a');
    expect(sorted(ids)).toEqual([...ids].sort());
  });

  describe('properties', () => {
    const alphabet = fc.constantFrom(
      '0',
      '1',
      '9',
      'A',
      'a',
      '-',
      '_',
      'é',
      '客',
      '\u{1F600}',
      '\0',
    );
    const id = fc.array(alphabet, { minLength: 0, maxLength: 12 }).map((parts) => parts.join(''));

    it('equals [...ids].sort() for distinct ids, on the radix and the comparison paths', () => {
      fc.assert(
        fc.property(fc.uniqueArray(id, { minLength: 0, maxLength: 700 }), (ids) => {
          expect(sorted(ids)).toEqual([...ids].sort());
        }),
        { numRuns: 60 },
      );
    });

    it('uses every index once', () => {
      fc.assert(
        fc.property(fc.uniqueArray(id, { minLength: 256, maxLength: 400 }), (ids) => {
          expect([...sortedOrder(ids)].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
        }),
        { numRuns: 20 },
      );
    });
  });
});
