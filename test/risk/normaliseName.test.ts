import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/errors';
import { normaliseName, safeNormaliseName } from '../../src/risk';

describe('normaliseName', () => {
  it.each([
    ['ACME Trading Ltd.', 'acme trading'],
    ['Acme Trading, Limited', 'acme trading'],
    ['Müller-Lüdenscheidt GmbH & Co. KG', 'muller ludenscheidt'],
    ['ＡＣＭＥ　Ｔｒａｄｉｎｇ', 'acme trading'], // full-width letters and space (NFKC)
    ['Société Générale S.A.', 'societe generale'],
    ['S.A.R.L. Dupont', 'dupont'],
    ['Banco Azteca, S.A. de C.V.', 'banco azteca'],
    ['Petronas Sdn. Bhd.', 'petronas'],
    ['Kowalski Sp. z o.o.', 'kowalski'],
    ['OOO Ромашка', 'ромашка'],
    ['ООО «Ромашка»', 'ромашка'],
    ['Straße Ølberg Łódź', 'strasse olberg lodz'],
    ["O'Brien & Sons", 'obrien sons'],
    ['I.B.M. Corp', 'ibm'],
    ['华为技术有限公司', '华为技术'],
    ['中国石油天然气股份有限公司', '中国石油天然气'],
    ['トヨタ自動車株式会社', 'トヨタ自動車'],
    ['株式会社ソニー', 'ソニー'],
    ['삼성전자 주식회사', '삼성전자'],
    ['ABC贸易有限公司', 'abc 贸易'],
    ['Ltd Co', 'ltd co'], // nothing but legal forms: kept
    ['  many   spaces\t\nhere ', 'many spaces here'],
    ['', ''],
  ])('%j → %j', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it('takes caller legal forms, with or without the default table', () => {
    expect(normaliseName('Acme Kooperativ Ltd', { legalForms: ['Kooperativ'] })).toBe('acme');
    expect(
      normaliseName('Acme Kooperativ Ltd', {
        legalForms: ['Kooperativ'],
        defaultLegalForms: false,
      }),
    ).toBe('acme ltd');
    expect(normaliseName('Acme Ltd', { defaultLegalForms: false })).toBe('acme ltd');
    expect(normaliseName('蓝天合作社', { legalForms: ['合作社'] })).toBe('蓝天');
  });

  it('applies the transliterator first', () => {
    const latin: Record<string, string> = {
      Г: 'G',
      а: 'a',
      з: 'z',
      п: 'p',
      р: 'r',
      о: 'o',
      м: 'm',
    };
    const transliterate = (text: string) => [...text].map((c) => latin[c] ?? c).join('');
    expect(normaliseName('Газпром', { transliterate })).toBe('gazprom');
  });

  it('refuses bad input with coded errors and paths', () => {
    expect(safeNormaliseName(7 as unknown as string)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['name'] },
    });
    expect(safeNormaliseName('x'.repeat(INPUT_LIMITS.maxScreeningNameLength + 1))).toMatchObject({
      success: false,
      error: { code: 'LIMIT_EXCEEDED', path: ['name'] },
    });
    expect(
      safeNormaliseName('x', { transliterate: 'no' as unknown as (s: string) => string }),
    ).toMatchObject({ success: false, error: { path: ['options', 'transliterate'] } });
    expect(
      safeNormaliseName('x', {
        transliterate: () => {
          throw new Error('boom');
        },
      }),
    ).toMatchObject({ success: false, error: { code: 'INVALID_INPUT', path: ['name'] } });
    expect(safeNormaliseName('x', { transliterate: () => 5 as unknown as string })).toMatchObject({
      success: false,
      error: { path: ['name'] },
    });
    expect(safeNormaliseName('x', { legalForms: [3 as unknown as string] })).toMatchObject({
      success: false,
      error: { path: ['options', 'legalForms', 0] },
    });
  });
});

/** Names built from the pieces normalisation cares about, so properties meet the hard cases. */
const piece = fc.constantFrom(
  'Acme',
  'ÉLAN',
  'ß',
  'Ø',
  'ǅ',
  'ﬁ',
  'Ⅻ',
  'ｶﾞ',
  'ガ',
  '有限',
  '公司',
  '有限公司',
  '株式会社',
  'Ltd',
  'S.A.',
  'sa',
  'de',
  'C.V.',
  'Sp.',
  'z',
  'o.o.',
  'a',
  'b',
  'İ',
  'ς',
  'Σ',
  '-',
  '&',
  "'",
  ' ',
  '.',
  '華',
  '주식회사',
  'ООО',
  'Ж',
  '\u0301',
  '\u3099',
  'ट',
  'ि',
  '٣',
  'x',
);
const tricky = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 8 })
  .map((p) => p.join(''));
const anyName = fc.oneof(
  tricky,
  fc.string({ maxLength: 20, unit: 'grapheme' }),
  fc.string({ maxLength: 12, unit: 'binary' }),
);

describe('properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const once = normaliseName(name);
        expect(normaliseName(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('yields lower-case tokens separated by single spaces', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const out = normaliseName(name);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/ {2}/);
        expect(out).toBe(out.toLowerCase());
      }),
    );
  });

  it('ignores case, diacritics, punctuation, spacing and a trailing legal form', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('acme', 'nord', 'trading', 'sol', 'minh', 'louis'), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom('', ' Ltd.', ', GmbH', ' S.A.', ' 有限公司'),
        (words, form) => {
          const plain = words.join(' ');
          const dressed = `  ${words.map((w) => w.toUpperCase().replace('O', 'Ö')).join(' - ')}${form}`;
          expect(normaliseName(dressed)).toBe(normaliseName(plain));
        },
      ),
    );
  });
});
