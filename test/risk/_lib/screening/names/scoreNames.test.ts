import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultNameRules } from '../../../../../src/risk/_lib/screening/names/nameRules';
import { prepareName } from '../../../../../src/risk/_lib/screening/names/prepareName';
import { scoreNames } from '../../../../../src/risk/_lib/screening/names/scoreNames';

const prepared = (name: string) => prepareName(name, defaultNameRules(), []);

describe('scoreNames with a floor', () => {
  it('keeps a spelling score exactly at the floor (1 − 2/20 = 0.9 at floor 0.9)', () => {
    // 20 letters without spaces, two edits apart; the token measure stays below 0.9.
    const x = prepared('abcdefghij klmnopqrst');
    const y = prepared('abcdefghijklmnopqrzz');
    expect(scoreNames(x, y).score).toBe(0.9);
    expect(scoreNames(x, y, 0.9).score).toBe(0.9);
  });

  it('is exact at the floor and never reaches it falsely', () => {
    const word = fc.constantFrom(
      'abc',
      'abd',
      'hua',
      'wei',
      'huawei',
      'zarvex',
      'zarvx',
      'ltd',
      'xyz',
    );
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(name, name, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, floor) => {
        const exact = scoreNames(prepared(a), prepared(b)).score;
        const cut = scoreNames(prepared(a), prepared(b), floor).score;
        expect(scoreNames(prepared(a), prepared(b), exact).score).toBe(exact);
        if (exact >= floor) expect(cut).toBe(exact);
        else expect(cut).toBeLessThan(floor);
      }),
      { numRuns: 300 },
    );
  });
});
