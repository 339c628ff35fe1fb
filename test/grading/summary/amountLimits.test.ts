import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../../src/errors';
import { ledgerOf, summariseTransactions, toBtydRows } from '../../../src/grading/summary';
import { Decimal, money } from '../../../src/money';
import { thrown } from '../_support';

const usd = { currency: 'USD' } as const;
const tx = (amount: unknown) => [
  { customerId: 'C', date: '2020-01-01', amount },
  { customerId: 'C', date: '2020-01-02', amount },
];

describe('transaction amounts past the digits the arithmetic carries (issue 13)', () => {
  it('a 401-digit amount is LIMIT_EXCEEDED, not an Infinity monetaryValue', () => {
    const error = thrown(() => ledgerOf(tx('9'.repeat(401)), usd));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.path).toEqual([0, 'amount']);
  });

  it('refuses 41 significant digits, 1e40 and more, and digits finer than 1e-40, in every form', () => {
    const { maxSignificantDigits: digits, maxDecimalExponent: exponent } = INPUT_LIMITS;
    for (const amount of [
      `1${'1'.repeat(digits)}`,
      `0.${'1'.repeat(digits + 1)}`,
      `-1${'0'.repeat(exponent)}`,
      `0.${'0'.repeat(exponent)}1`,
      BigInt(`1${'0'.repeat(exponent)}`),
      { amount: `1${'1'.repeat(digits)}`, currency: 'USD' },
      money(new Decimal(`1e${exponent + 5}`), 'USD'),
    ])
      expect(thrown(() => ledgerOf(tx(amount), usd)).code).toBe('LIMIT_EXCEEDED');
  });

  it('accepts 40 significant digits, zeros that are not significant, and the limits themselves', () => {
    const { maxSignificantDigits: digits, maxDecimalExponent: exponent } = INPUT_LIMITS;
    for (const amount of [
      '9'.repeat(digits),
      `0.${'0'.repeat(exponent - 1)}1`,
      `000${'9'.repeat(digits - 2)}.5000000`,
      '-0.00',
    ]) {
      const result = summariseTransactions(tx(amount), { ...usd, end: '2020-02-01' });
      for (const row of toBtydRows(result)) expect(Number.isFinite(row.monetaryValue)).toBe(true);
    }
  });
});
