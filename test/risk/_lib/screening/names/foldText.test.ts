import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldUnicode } from '../../../../../src/risk/_lib/screening/names/foldText';

describe('foldText', () => {
  it('takes the ASCII shortcut only where the Unicode steps would give the same', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
        }),
        (text) => {
          expect(foldText(text)).toBe(foldUnicode(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
