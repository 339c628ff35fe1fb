import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultNameRules } from '../../../../../src/risk/_lib/screening/names/nameRules';
import { prepareName } from '../../../../../src/risk/_lib/screening/names/prepareName';
import { scoreNames, tokenDice } from '../../../../../src/risk/_lib/screening/names/scoreNames';

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

  it('without the spelling measure, is the token measure from the floor on and below it under it', () => {
    const word = fc.constantFrom('abc', 'abd', 'abcd', 'hua', 'wei', 'huawei', 'zarvex', 'zarvx');
    const name = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(name, name, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, floor) => {
        const [x, y] = [prepared(a), prepared(b)];
        const tokens = x.text === y.text ? 1 : tokenDice(x, y);
        const cut = scoreNames(x, y, floor, false);
        if (tokens >= floor) expect([cut.score, cut.tokens]).toEqual([tokens, tokens]);
        else expect(cut.score).toBeLessThan(floor);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a token score exactly at the floor without the spelling measure', () => {
    // 'abc abd' and 'abc abe': 7 of 10 + 10 trigrams in common, Dice 0.7.
    const [x, y] = [prepared('abc abd'), prepared('abc abe')];
    expect(tokenDice(x, y)).toBe(0.7);
    expect(scoreNames(x, y, 0.7, false).score).toBe(0.7);
    expect(scoreNames(x, y, 0.7000001, false).score).toBeLessThan(0.7000001);
  });
});
