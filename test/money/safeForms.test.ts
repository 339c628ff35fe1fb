import { beforeEach, describe, expect, it } from 'vitest';
import { INPUT_LIMITS, type SafeResult } from '../../src/errors';
import {
  abs,
  add,
  assertSameCurrency,
  createFxTable,
  Decimal,
  decimalToString,
  divide,
  equals,
  type FxTable,
  formatMoney,
  isNegative,
  isPositive,
  isZero,
  type Money,
  max,
  min,
  money,
  multiply,
  negate,
  RoundingMode,
  ratio,
  round,
  roundDecimal,
  safeAdd,
  safeAllocate,
  safeAssertSameCurrency,
  safeCompare,
  safeConvert,
  safeCreateFxTable,
  safeDecimalToString,
  safeDivide,
  safeEquals,
  safeFindRate,
  safeFormatMoney,
  safeMax,
  safeMin,
  safeMinorUnits,
  safeMoney,
  safeMultiply,
  safeRatio,
  safeRound,
  safeRoundDecimal,
  safeSubtract,
  safeSum,
  safeToDecimal,
  safeZero,
  subtract,
  sum,
  zero,
} from '../../src/money';
import { thrown } from '../_support/money';

/**
 * The `safeX` forms of `src/money`, each held to its plain form: the same value on success, the
 * same error (code and path, with the default path `[]` where the plain form takes one) on failure.
 * The contract over every subpath lives in test/errors/safeForms.test.ts; these pin the values.
 */

function data<T>(result: SafeResult<T>): T {
  if (!result.success) throw new Error(`expected success, got ${result.error.message}`);
  return result.data;
}

function failure<T>(result: SafeResult<T>): { code: string; path: readonly (string | number)[] } {
  if (result.success) throw new Error('expected a failure');
  return { code: result.error.code, path: result.error.path };
}

function text(value: Money): string {
  return `${value.amount.toString()} ${value.currency}`;
}

describe('the safe forms of Money.ts', () => {
  it('safeZero', () => {
    expect(text(data(safeZero('JPY')))).toBe('0 JPY');
    expect(failure(safeZero('XYZ'))).toEqual({ code: 'UNKNOWN_CURRENCY', path: ['currency'] });
  });

  it('safeMoney, with and without a path', () => {
    expect(text(data(safeMoney('1.50', 'USD')))).toBe('1.5 USD');
    expect(failure(safeMoney('x', 'USD'))).toEqual({ code: 'INVALID_AMOUNT', path: ['amount'] });
    expect(failure(safeMoney('x', 'USD', ['a']))).toEqual({
      code: 'INVALID_AMOUNT',
      path: ['a', 'amount'],
    });
  });

  it('safeAssertSameCurrency, with and without a path', () => {
    const usd = money('1', 'USD');
    const eur = money('1', 'EUR');
    expect(data(safeAssertSameCurrency(usd, money('2', 'USD')))).toBe('USD');
    expect(failure(safeAssertSameCurrency(usd, eur))).toEqual({
      code: 'CURRENCY_MISMATCH',
      path: [],
    });
    expect(failure(safeAssertSameCurrency(usd, eur, ['a']))).toEqual({
      code: 'CURRENCY_MISMATCH',
      path: ['a'],
    });
  });
});

describe('the safe forms of arithmetic.ts and compare.ts', () => {
  let usd: Money;
  let more: Money;
  let eur: Money;
  beforeEach(() => {
    usd = money('1.5', 'USD');
    more = money('2.25', 'USD');
    eur = money('2', 'EUR');
  });

  it('safeAdd, safeSubtract, safeSum', () => {
    expect(text(data(safeAdd(usd, more)))).toBe('3.75 USD');
    expect(failure(safeAdd(usd, eur))).toEqual({ code: 'CURRENCY_MISMATCH', path: [] });
    expect(text(data(safeSubtract(usd, more)))).toBe('-0.75 USD');
    expect(failure(safeSubtract(usd, eur))).toEqual({ code: 'CURRENCY_MISMATCH', path: [] });
    expect(text(data(safeSum([usd, more], 'USD')))).toBe('3.75 USD');
    expect(failure(safeSum([usd, eur], 'USD'))).toEqual({
      code: 'CURRENCY_MISMATCH',
      path: [1, 'currency'],
    });
  });

  it('safeMultiply, safeDivide, safeRatio, with and without a path', () => {
    expect(text(data(safeMultiply(usd, '3')))).toBe('4.5 USD');
    expect(failure(safeMultiply(usd, 'x'))).toEqual({ code: 'INVALID_AMOUNT', path: [] });
    expect(failure(safeMultiply(usd, 'x', ['a']))).toEqual({ code: 'INVALID_AMOUNT', path: ['a'] });
    expect(text(data(safeDivide(usd, '3')))).toBe('0.5 USD');
    expect(failure(safeDivide(usd, 0))).toEqual({ code: 'DIVISION_BY_ZERO', path: [] });
    expect(failure(safeDivide(usd, 0, ['a']))).toEqual({ code: 'DIVISION_BY_ZERO', path: ['a'] });
    expect(data(safeRatio(usd, more)).toString()).toBe(
      '0.6666666666666666666666666666666666666667',
    );
    expect(failure(safeRatio(usd, zero('USD')))).toEqual({ code: 'DIVISION_BY_ZERO', path: [] });
    expect(failure(safeRatio(usd, zero('USD'), ['a']))).toEqual({
      code: 'DIVISION_BY_ZERO',
      path: ['a'],
    });
  });

  it('safeCompare, safeEquals', () => {
    expect(data(safeCompare(usd, more))).toBe(-1);
    expect(data(safeCompare(more, usd))).toBe(1);
    expect(failure(safeCompare(usd, eur))).toEqual({ code: 'CURRENCY_MISMATCH', path: [] });
    expect(data(safeEquals(usd, money('1.50', 'USD')))).toBe(true);
    expect(data(safeEquals(usd, more))).toBe(false);
    expect(failure(safeEquals(usd, null as unknown as Money))).toEqual({
      code: 'INVALID_INPUT',
      path: ['right'],
    });
  });

  it('safeMin, safeMax; min checks each argument by name', () => {
    expect(data(safeMin(usd, more))).toBe(usd);
    expect(data(safeMin(more, usd))).toBe(usd);
    expect(data(safeMax(usd, more))).toBe(more);
    expect(data(safeMax(more, usd))).toBe(more);
    expect(failure(safeMin(usd, eur))).toEqual({ code: 'CURRENCY_MISMATCH', path: [] });
    expect(failure(safeMax(usd, eur))).toEqual({ code: 'CURRENCY_MISMATCH', path: [] });
    expect(failure(safeMin(null as unknown as Money, usd))).toEqual({
      code: 'INVALID_INPUT',
      path: ['left'],
    });
    expect(failure(safeMin(usd, null as unknown as Money))).toEqual({
      code: 'INVALID_INPUT',
      path: ['right'],
    });
  });
});

describe('the safe forms of allocate, currencies, decimal, format and round', () => {
  it('safeAllocate', () => {
    expect(data(safeAllocate(money('1.5', 'USD'), [1, 2])).map(text)).toEqual(['0.5 USD', '1 USD']);
    expect(data(safeAllocate(money('1', 'USD'), [1, 2], { scale: 3 })).map(text)).toEqual([
      '0.333 USD',
      '0.667 USD',
    ]);
    expect(failure(safeAllocate(money('1.5', 'USD'), []))).toEqual({
      code: 'INVALID_ALLOCATION',
      path: ['ratios'],
    });
  });

  it('safeMinorUnits, with and without a path', () => {
    expect(data(safeMinorUnits('JPY'))).toBe(0);
    expect(data(safeMinorUnits('KWD'))).toBe(3);
    expect(failure(safeMinorUnits('XYZ'))).toEqual({ code: 'UNKNOWN_CURRENCY', path: [] });
    expect(failure(safeMinorUnits('XYZ', ['a']))).toEqual({
      code: 'UNKNOWN_CURRENCY',
      path: ['a'],
    });
  });

  it('safeToDecimal, safeDecimalToString', () => {
    expect(data(safeToDecimal('1.50')).toString()).toBe('1.5');
    expect(failure(safeToDecimal('x'))).toEqual({ code: 'INVALID_AMOUNT', path: [] });
    expect(failure(safeToDecimal('x', ['a']))).toEqual({ code: 'INVALID_AMOUNT', path: ['a'] });
    expect(data(safeDecimalToString(new Decimal('1.5')))).toBe('1.5');
    expect(data(safeDecimalToString(new Decimal('1.5'), 3))).toBe('1.500');
    expect(failure(safeDecimalToString(new Decimal('1.5'), -1))).toEqual({
      code: 'INVALID_INPUT',
      path: ['minScale'],
    });
  });

  it('safeFormatMoney', () => {
    expect(data(safeFormatMoney(money('1234.5', 'USD')))).toBe('1,234.50 USD');
    expect(data(safeFormatMoney(money('1234.5', 'USD'), { scale: 0 }))).toBe('1,235 USD');
    expect(failure(safeFormatMoney(null as unknown as Money))).toEqual({
      code: 'INVALID_INPUT',
      path: ['value'],
    });
  });

  it('safeRound, safeRoundDecimal (half-up by default)', () => {
    expect(text(data(safeRound(money('1.005', 'USD'))))).toBe('1.01 USD');
    expect(text(data(safeRound(money('1.005', 'USD'), { mode: 'half-even' })))).toBe('1 USD');
    expect(failure(safeRound(null as unknown as Money))).toEqual({
      code: 'INVALID_INPUT',
      path: ['value'],
    });
    expect(data(safeRoundDecimal(new Decimal('1.005'), 2)).toString()).toBe('1.01');
    expect(data(safeRoundDecimal(new Decimal('1.005'), 2, 'down')).toString()).toBe('1');
    expect(failure(safeRoundDecimal(new Decimal('1.005'), -1))).toEqual({
      code: 'INVALID_INPUT',
      path: ['scale'],
    });
  });
});

describe('the safe forms of the FX functions', () => {
  let table: FxTable;
  const lookup = { method: 'exact', date: '2026-01-02' } as const;
  beforeEach(() => {
    table = createFxTable([{ base: 'EUR', quote: 'USD', date: '2026-01-02', rate: '1.1' }]);
  });

  it('safeCreateFxTable', () => {
    const created = data(
      safeCreateFxTable([{ base: 'EUR', quote: 'USD', date: '2026-01-02', rate: '1.1' }]),
    );
    expect(created.size).toBe(1);
    expect(failure(safeCreateFxTable([{}]))).toEqual({ code: 'INVALID_INPUT', path: [0, 'base'] });
  });

  it('safeFindRate', () => {
    expect(data(safeFindRate(table, 'EUR', 'USD', lookup))).toMatchObject({
      base: 'EUR',
      quote: 'USD',
      date: '2026-01-02',
      inverted: false,
    });
    expect(data(safeFindRate(table, 'EUR', 'USD', lookup))?.rate.toString()).toBe('1.1');
    expect(data(safeFindRate(table, 'EUR', 'JPY', lookup))).toBeNull();
    expect(data(safeFindRate(table, 'USD', 'EUR', lookup))?.inverted).toBe(true);
    expect(failure(safeFindRate(table, 'EUR', 'USD', null as unknown as typeof lookup))).toEqual({
      code: 'INVALID_INPUT',
      path: ['lookup'],
    });
  });

  it('safeConvert', () => {
    const converted = data(safeConvert(money('2', 'EUR'), 'USD', table, lookup));
    expect(text(converted.to)).toBe('2.2 USD');
    expect(text(converted.from)).toBe('2 EUR');
    expect(failure(safeConvert(money('2', 'EUR'), 'JPY', table, lookup))).toEqual({
      code: 'MISSING_FX_RATE',
      path: [],
    });
  });
});

describe('each money argument is checked under its own name (mutation)', () => {
  const bad = null as unknown as Money;
  function pathOf(run: () => unknown): readonly (string | number)[] | undefined {
    try {
      run();
    } catch (error) {
      return (error as { path?: readonly (string | number)[] }).path;
    }
    return undefined;
  }

  it('names the argument in INVALID_INPUT', () => {
    const one = money('1', 'USD');
    expect(pathOf(() => add(bad, one))).toEqual(['left']);
    expect(pathOf(() => add(one, bad))).toEqual(['right']);
    expect(pathOf(() => subtract(bad, one))).toEqual(['left']);
    expect(pathOf(() => subtract(one, bad))).toEqual(['right']);
    expect(pathOf(() => multiply(bad, 2))).toEqual(['value']);
    expect(pathOf(() => divide(bad, 2))).toEqual(['value']);
    expect(pathOf(() => ratio(bad, one))).toEqual(['numerator']);
    expect(pathOf(() => ratio(one, bad))).toEqual(['denominator']);
    expect(pathOf(() => abs(bad))).toEqual(['value']);
    expect(pathOf(() => negate(bad))).toEqual(['value']);
    expect(pathOf(() => sum(bad as unknown as Money[], 'USD'))).toEqual(['values']);
    expect(pathOf(() => sum([one, bad], 'USD'))).toEqual([1]);
    expect(pathOf(() => equals(bad, one))).toEqual(['left']);
    expect(pathOf(() => isZero(bad))).toEqual(['value']);
    expect(pathOf(() => isPositive(bad))).toEqual(['value']);
    expect(pathOf(() => isNegative(bad))).toEqual(['value']);
    expect(pathOf(() => round(bad))).toEqual(['value']);
    expect(pathOf(() => roundDecimal(bad as unknown as Decimal, 2))).toEqual(['value']);
  });

  it('min and max keep the first argument on a tie', () => {
    const first = money('1.5', 'USD');
    const second = money('1.50', 'USD');
    expect(min(first, second)).toBe(first);
    expect(max(first, second)).toBe(first);
  });
});

describe('round to an increment, every mode (mutation)', () => {
  const at = (amount: string, mode: RoundingMode, increment = '0.5') =>
    text(round(money(amount, 'USD'), { increment, mode }));

  it('rounds 1.3 and -1.3 to a multiple of 0.5', () => {
    expect([at('1.3', 'up'), at('-1.3', 'up')]).toEqual(['1.5 USD', '-1.5 USD']);
    expect([at('1.3', 'down'), at('-1.3', 'down')]).toEqual(['1 USD', '-1 USD']);
    expect([at('1.3', 'ceiling'), at('-1.3', 'ceiling')]).toEqual(['1.5 USD', '-1 USD']);
    expect([at('1.3', 'floor'), at('-1.3', 'floor')]).toEqual(['1 USD', '-1.5 USD']);
    expect([at('1.3', 'half-down'), at('1.2', 'half-down')]).toEqual(['1.5 USD', '1 USD']);
    expect([at('1.3', 'half-even'), at('1.2', 'half-even')]).toEqual(['1.5 USD', '1 USD']);
  });

  it('breaks exact halves by mode', () => {
    expect(at('1.25', 'half-up')).toBe('1.5 USD');
    expect(at('1.25', 'half-down')).toBe('1 USD');
    expect(at('-1.25', 'half-down')).toBe('-1 USD');
    expect(at('1.25', 'half-even')).toBe('1 USD');
    expect(at('1.75', 'half-even')).toBe('2 USD');
    expect(at('-1.75', 'half-even')).toBe('-2 USD');
    expect(at('1.5', 'up')).toBe('1.5 USD');
  });

  it('refuses an unknown mode at mode, listing the modes', () => {
    const error = thrown(() =>
      roundDecimal(new Decimal('1.5'), 0, 'sideways' as unknown as RoundingMode),
    );
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['mode'], value: 'sideways' });
    expect((error as Error).message).toContain(
      `expected a rounding mode: ${RoundingMode.options.join(', ')}`,
    );
  });
});

describe('the guard messages (mutation)', () => {
  const bad = null as unknown as Money;
  const messageOf = (run: () => unknown) => {
    const error = thrown(run) as { code?: unknown; path?: unknown; message?: string };
    return `${String(error.code)} ${JSON.stringify(error.path)} ${error.message ?? ''}`;
  };

  it('names the argument and says what was expected', () => {
    const usd = money('1', 'USD');
    const moneyShape =
      'expected money: { amount: a finite Decimal, currency: an ISO 4217 code } (see money())';
    expect(messageOf(() => assertSameCurrency(bad, usd))).toContain(
      `INVALID_INPUT ["left"] INVALID_INPUT at left: ${moneyShape}`,
    );
    expect(messageOf(() => assertSameCurrency(usd, bad))).toContain(
      `INVALID_INPUT ["right"] INVALID_INPUT at right: ${moneyShape}`,
    );
    expect(messageOf(() => decimalToString(bad as unknown as Decimal))).toContain(
      'INVALID_INPUT ["value"] INVALID_INPUT at value: expected a finite Decimal',
    );
    expect(messageOf(() => formatMoney(usd, null as unknown as object))).toContain(
      'INVALID_INPUT ["options"] INVALID_INPUT at options: expected an object',
    );
    expect(messageOf(() => formatMoney(usd, { groupSeparator: 1 as unknown as string }))).toContain(
      'INVALID_INPUT ["options","groupSeparator"] INVALID_INPUT at options.groupSeparator: expected a string',
    );
    expect(messageOf(() => sum(bad as unknown as Money[], 'USD'))).toContain(
      'INVALID_INPUT ["values"] INVALID_INPUT at values: expected an array or another iterable',
    );
    expect(messageOf(() => roundDecimal(new Decimal('1'), 1.5))).toContain(
      'INVALID_INPUT ["scale"] INVALID_INPUT at scale: a scale is a whole number of decimal places',
    );
    expect(messageOf(() => roundDecimal(new Decimal('1'), INPUT_LIMITS.maxScale + 1))).toContain(
      `LIMIT_EXCEEDED ["scale"] LIMIT_EXCEEDED at scale: a scale may be at most ${INPUT_LIMITS.maxScale} decimal places`,
    );
  });
});
