import { describe, expect, it } from 'vitest';
import {
  add,
  Decimal,
  DecimalString,
  decimalToString,
  divide,
  money,
  multiply,
  ratio,
  subtract,
  sum,
  toDecimal,
  toMoneyJson,
} from '../../../src/money';
import { thrown } from '../../_support/money';

// Each limit of INPUT_LIMITS exactly at, just under and just over it, with both signs, through
// the public functions: text (`toDecimal`, `DecimalString`), a decimal.js value or a bigint
// (`toDecimal`), a decimal already inside the library (`decimalToString`), and the exact
// arithmetic (`add`, `subtract`, `sum`, `multiply`, `divide`, `ratio`).

const MAGNITUDE = 'amounts and rates must be below 1e40 in magnitude';
const PLACES = 'amounts and rates may have at most 40 decimal places';
const DIGITS =
  'amounts and rates may have at most 40 significant digits (the precision the arithmetic carries)';
const OPERAND =
  'a decimal inside the library has at most 40 significant digits, is below 1e40 and has at most 80 decimal places';
const INEXACT = 'the exact result needs more than 40 significant digits';

const usd = (amount: string) => money(amount, 'USD');
const signs = ['', '-', '+'] as const;
/** The detail of a thrown CrmRulesError (its message also names the code and the path). */
const detail = (run: () => unknown) => {
  const error = thrown(run) as {
    code?: unknown;
    path?: unknown;
    issues?: Array<{ message: string }>;
  };
  return { code: error.code, path: error.path, detail: error.issues?.[0]?.message };
};
/** The message DecimalString gives for a text, or `undefined` when it accepts it. */
const schemaMessage = (text: string) => DecimalString.safeParse(text).error?.issues[0]?.message;

describe('amounts written as text', () => {
  it.each([
    // [text without its sign, refused with, or undefined when accepted]
    ['9'.repeat(40), undefined],
    [`1${'0'.repeat(39)}`, undefined],
    [`1${'0'.repeat(40)}`, MAGNITUDE],
    [`${'9'.repeat(40)}.0000`, undefined],
    [`${'9'.repeat(40)}.5`, DIGITS],
    [`${'9'.repeat(41)}.5`, MAGNITUDE],
    [`0.${'0'.repeat(39)}1`, undefined],
    [`0.${'0'.repeat(40)}1`, PLACES],
    [`0.${'0'.repeat(39)}1000`, undefined],
    [`0.${'1'.repeat(40)}`, undefined],
    [`0.${'1'.repeat(41)}`, PLACES],
    ['1234567890123456789012345678901234567.891', undefined],
    ['1234567890123456789012345678901234567.8912', DIGITS],
    ['12345678901234567890123456789012345678.91', undefined],
    ['123456789012345678901234567890123456789.12', DIGITS],
    [`1.${'2'.repeat(39)}`, undefined],
    [`1.${'2'.repeat(40)}`, DIGITS],
    [`000${'9'.repeat(40)}`, undefined],
    [`000${'9'.repeat(40)}.000`, undefined],
    [`0000.${'0'.repeat(39)}1`, undefined],
    [`${'0'.repeat(45)}.${'0'.repeat(45)}`, undefined],
    [`1${'0'.repeat(38)}.${'0'.repeat(39)}1`, DIGITS],
    [`1${'0'.repeat(38)}.100`, undefined],
    [`10.${'0'.repeat(37)}1`, undefined],
    [`10.${'0'.repeat(38)}1`, DIGITS],
  ])('%s: %s', (digits, refusal) => {
    for (const sign of signs) {
      const text = `${sign}${digits}`;
      expect(schemaMessage(text)).toBe(refusal);
      if (refusal === undefined) {
        expect(toDecimal(text).eq(new Decimal(text))).toBe(true);
        expect(money(text, 'USD').amount.eq(new Decimal(text))).toBe(true);
      } else {
        expect(detail(() => toDecimal(text, ['rate']))).toEqual({
          code: 'LIMIT_EXCEEDED',
          path: ['rate'],
          detail: refusal,
        });
      }
    }
  });

  it('zero is within the limits however it is written', () => {
    for (const text of ['0', '-0', '+0', '0.0', '000', '-000.000', `0.${'0'.repeat(90)}`])
      expect(toDecimal(text).isZero()).toBe(true);
  });
});

describe('amounts given as decimal.js values or bigints', () => {
  it.each([
    ['9'.repeat(40), undefined],
    ['1e40', MAGNITUDE],
    ['1e39', undefined],
    ['1e-40', undefined],
    ['1e-41', PLACES],
    [`0.${'1'.repeat(40)}`, undefined],
    ['1234567890123456789012345678901234567.891', undefined],
    ['1234567890123456789012345678901234567.8912', DIGITS],
    ['0', undefined],
  ])('%s: %s', (text, refusal) => {
    for (const value of [new Decimal(text), new Decimal(text).neg()]) {
      if (refusal === undefined) expect(toDecimal(value).eq(value)).toBe(true);
      else
        expect(detail(() => toDecimal(value, ['ratio']))).toEqual({
          code: 'LIMIT_EXCEEDED',
          path: ['ratio'],
          detail: refusal,
        });
    }
  });

  it('a bigint of 40 digits is accepted, 1e40 is not', () => {
    for (const sign of [1n, -1n]) {
      expect(toDecimal(sign * (10n ** 40n - 1n)).toFixed()).toBe(
        `${sign < 0n ? '-' : ''}${'9'.repeat(40)}`,
      );
      expect(detail(() => toDecimal(sign * 10n ** 40n))).toEqual({
        code: 'LIMIT_EXCEEDED',
        path: [],
        detail: MAGNITUDE,
      });
    }
  });
});

describe('decimals already inside the library (decimalToString)', () => {
  it.each([
    ['9'.repeat(40), true],
    [`${'9'.repeat(39)}.9`, true],
    ['1e40', false],
    [`1${'0'.repeat(35)}1e4`, false],
    ['1e-80', true],
    ['1e-81', false],
    [`1.${'2'.repeat(34)}e-46`, true],
    [`1.${'2'.repeat(35)}e-46`, false],
    ['1e-1000', false],
    [`0.${'1'.repeat(40)}`, true],
    [`0.${'1'.repeat(41)}`, false],
    ['1234567890123456789012345678901234567.891', true],
    ['1234567890123456789012345678901234567.8912', false],
  ])('%s: written %s', (text, accepted) => {
    for (const value of [new Decimal(text), new Decimal(text).neg()]) {
      if (accepted) expect(new Decimal(decimalToString(value)).eq(value)).toBe(true);
      else
        expect(thrown(() => decimalToString(value))).toMatchObject({
          code: 'LIMIT_EXCEEDED',
          path: ['value'],
          value: value.toString(),
          issues: [{ message: OPERAND }],
        });
    }
  });

  it('a money built by hand past the limits is refused where it is read', () => {
    const hand = Object.freeze({ amount: new Decimal('1e40'), currency: 'USD' });
    expect(thrown(() => add(hand, usd('1')))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['left', 'amount'],
      value: `1${'0'.repeat(40)}`,
    });
    expect(thrown(() => add(usd('1'), hand))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['right', 'amount'],
    });
  });
});

describe('exact sums and products', () => {
  it('a sum that carries into a 41st digit is refused, not rounded', () => {
    // 38 nines and .95, plus .06: 1e38 + 0.01 needs 41 significant digits.
    const left = `${'9'.repeat(38)}.95`;
    const carried = `1${'0'.repeat(38)}`;
    for (const [a, b] of [
      [left, '0.06'],
      [`-${left}`, '-0.06'],
    ] as const) {
      expect(thrown(() => add(usd(a), usd(b)))).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        path: [],
        value: `${a.startsWith('-') ? '-' : ''}${carried}.01`,
        issues: [{ message: INEXACT }],
      });
    }
    expect(toMoneyJson(add(usd(left), usd('0.05'))).amount).toBe(`${carried}.00`);
    expect(toMoneyJson(subtract(usd(left), usd('-0.05'))).amount).toBe(`${carried}.00`);
  });

  it('a sum whose finer operand adds the 41st digit is refused, whichever side it is on', () => {
    const coarse = '12345678901234567890123456789012345678.9';
    for (const [a, b] of [
      [coarse, '0.001'],
      ['0.001', coarse],
    ] as const) {
      expect(thrown(() => add(usd(a), usd(b)))).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        value: '12345678901234567890123456789012345678.901',
      });
      expect(thrown(() => sum([usd(a), usd(b)], 'USD'))).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        path: [1],
      });
    }
    expect(thrown(() => subtract(usd(coarse), usd('-0.001')))).toMatchObject({
      value: '12345678901234567890123456789012345678.901',
    });
    expect(toMoneyJson(add(usd(coarse), usd('0.01'))).amount).toBe(
      '12345678901234567890123456789012345678.91',
    );
    expect(toMoneyJson(add(usd('0.01'), usd(coarse))).amount).toBe(
      '12345678901234567890123456789012345678.91',
    );
  });

  it('a sum of exactly 40 digits, or of 1e40 − 1, is kept', () => {
    const nines = '9'.repeat(39);
    expect(toMoneyJson(add(usd(nines), usd(`9${'0'.repeat(39)}`))).amount).toBe(
      `${'9'.repeat(40)}.00`,
    );
    expect(thrown(() => add(usd('9'.repeat(40)), usd('1')))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      issues: [{ message: MAGNITUDE }],
    });
    expect(thrown(() => subtract(usd(`-${'9'.repeat(40)}`), usd('1')))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      value: `-1${'0'.repeat(40)}`,
    });
  });

  it('a product of 41 digits is refused with the exact product as its value', () => {
    // 0.99…9 (21 nines) × 0.99…9 (20 nines) has 41 significant digits.
    const a = '9'.repeat(21);
    const b = '9'.repeat(20);
    const exact = (BigInt(a) * BigInt(b)).toString();
    expect(exact).toHaveLength(41);
    expect(thrown(() => multiply(usd(`0.${a}`), `0.${b}`, ['rate']))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['rate'],
      issues: [{ message: INEXACT }],
    });
    // One digit fewer fits: 40 significant digits, 40 places.
    const fits = multiply(usd(`-0.${b}`), `0.${b}`);
    expect(fits.amount.toFixed()).toBe(`-0.${(BigInt(b) * BigInt(b)).toString()}`);
    expect(fits.amount.sd()).toBe(40);
  });

  it('a quotient is rounded to 40 places, and one of 1e40 is refused', () => {
    expect(divide(usd(`0.${'0'.repeat(38)}1`), 3).amount.toFixed()).toBe(`0.${'0'.repeat(39)}3`);
    expect(ratio(usd('-1'), usd('3')).toFixed()).toBe(`-0.${'3'.repeat(40)}`);
    expect(thrown(() => divide(usd('1'), `0.${'0'.repeat(39)}1`, ['by']))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['by'],
      issues: [{ message: MAGNITUDE }],
    });
    expect(divide(usd('1'), `0.${'0'.repeat(38)}1`).amount.toFixed()).toBe(`1${'0'.repeat(39)}`);
  });
});
