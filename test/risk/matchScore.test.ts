import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchScore, normaliseName, safeMatchScore } from '../../src/risk';

describe('matchScore', () => {
  it('scores the same name written differently 1', () => {
    expect(matchScore('Acme Trading Ltd', 'ACME TRADING LIMITED')).toBe(1);
    expect(matchScore('Trading Acme', 'Acme Trading')).toBe(1); // swapped tokens
    expect(matchScore('Hua Wei Technologies', 'Huawei Technologies Co., Ltd.')).toBe(1); // spacing
    expect(matchScore('José Núñez', 'JOSE NUNEZ')).toBe(1); // diacritics
  });

  it('scores typos high and different names low', () => {
    expect(matchScore('Acme Trading', 'Acme Tradnig')).toBe(1 - 1 / 11); // one transposition
    expect(matchScore('Mohammed Ali Hassan', 'Mohamed Ali Hasan')).toBeGreaterThan(0.85);
    expect(matchScore('Acme Trading', 'Zenith Shipping')).toBeLessThan(0.6);
    expect(matchScore('Acme', '')).toBe(0);
    expect(matchScore('', 'Ltd')).toBe(0);
    expect(matchScore('', '')).toBe(1);
  });

  it('follows the formula on a worked case', () => {
    // Token trigrams, each token padded with two marks: acme → ··a ·ac acm cme me· e·· (6);
    // trading and holding (9 each) share din ing ng· g··. Dice = 2 · (6 + 4) ÷ (15 + 15) = 2/3.
    // Spelling: acmetrading vs acmeholding, 3 edits of 11 → 8/11, the larger.
    expect(matchScore('Acme Trading', 'Acme Holding')).toBe(1 - 3 / 11);
    // Swapped tokens and a transposition: tradnig shares ··t ·tr tra rad g·· with trading, so
    // Dice = 2 · (6 + 5) ÷ 30; the spelling measure is lower.
    expect(matchScore('Trading Acme', 'Acme Tradnig')).toBe((2 * (6 + 5)) / 30);
  });

  it('refuses non-strings with the path of the argument', () => {
    expect(safeMatchScore(1 as unknown as string, 'x')).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['a'] },
    });
  });
});

const word = fc.constantFrom(
  'acme',
  'nord',
  'trading',
  'ölberg',
  'hua',
  'wei',
  'ltd',
  'sa',
  'x',
  '公司',
  'ali',
);
const name = fc.oneof(
  fc.array(word, { maxLength: 5 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 15 }),
  fc.string({ maxLength: 10, unit: 'grapheme' }),
);

describe('properties', () => {
  it('is symmetric, to the last bit', () => {
    fc.assert(
      fc.property(name, name, (a, b) => Object.is(matchScore(a, b), matchScore(b, a))),
      {
        numRuns: 300,
      },
    );
  });

  it('lies in [0, 1]', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const score = matchScore(a, b);
        return score >= 0 && score <= 1;
      }),
      { numRuns: 300 },
    );
  });

  it('is 1 for identical names, and for names that normalise alike', () => {
    fc.assert(
      fc.property(name, (a) => matchScore(a, a) === 1 && matchScore(a, normaliseName(a)) === 1),
    );
  });

  it('does not depend on token order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 4 }), (words) => {
        return matchScore(words.join(' '), [...words].reverse().join(' ')) === 1;
      }),
    );
  });
});
