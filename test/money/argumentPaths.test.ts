import { describe, expect, it } from 'vitest';
import {
  allocate,
  convert,
  createFxTable,
  findRate,
  type Money,
  money,
  round,
  safeParseMoney,
  subtract,
  toMoneyJson,
} from '../../src/money';
import { thrown } from '../_support/money';

// Each refusal names the argument at fault: the path a caller shows to the user.
const at = { method: 'exact', date: '2026-06-30' } as const;
const tableOf = () =>
  createFxTable([{ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30' }]);
const bad = null as unknown as Money;

describe('the path of a refused argument', () => {
  it('allocate', () => {
    expect(thrown(() => allocate(bad, [1]))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['value'],
    });
    expect(thrown(() => allocate(money('1', 'USD'), [1], null as never))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options'],
    });
    expect(
      thrown(() => allocate(money('1', 'USD'), '1,1' as never, { path: ['split'] })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['split', 'ratios'],
      value: '1,1',
      issues: [{ message: 'expected an array of ratios' }],
    });
  });

  it('findRate and convert', () => {
    const table = tableOf();
    expect(thrown(() => findRate(table, 'USD', 'CNY', at, null as never))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options'],
    });
    expect(
      thrown(() => findRate(table, 'USD', 'CNY', at, { via: 5 as never, path: ['fx'] })),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['fx', 'via'] });
    expect(thrown(() => convert(bad, 'CNY', table, at))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['value'],
    });
    expect(
      thrown(() => convert(money('9'.repeat(40), 'USD'), 'CNY', table, at, { path: ['fx'] })),
    ).toMatchObject({ code: 'LIMIT_EXCEEDED', path: ['fx'] });
  });

  it('createFxTable, toMoneyJson and round', () => {
    expect(thrown(() => createFxTable(5 as never))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['rates'],
    });
    expect(thrown(() => toMoneyJson(bad))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['value'],
    });
    expect(thrown(() => round(money('9'.repeat(40), 'USD'), { increment: '8' }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['value'],
    });
  });

  it('subtract and safeParseMoney', () => {
    const left = money(`${'9'.repeat(38)}.95`, 'USD');
    expect(thrown(() => subtract(left, money('-0.06', 'USD')))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: [],
    });
    const parsed = safeParseMoney({ amount: '1', currency: 'USD' }, 'total' as never);
    expect(parsed.success ? null : parsed.error.code).toBe('INVALID_INPUT');
  });
});

describe('rounding to an increment on and off a tie', () => {
  it('half-down keeps an odd multiple on a tie; half-even rounds below a half down', () => {
    const at = (amount: string, mode: 'half-down' | 'half-even') =>
      round(money(amount, 'USD'), { increment: '0.03', mode }).amount.toString();
    // 0.045 ÷ 0.03 = 1.5 (odd multiple), 0.04 ÷ 0.03 = 1.33…
    expect([at('0.045', 'half-down'), at('0.045', 'half-even')]).toEqual(['0.03', '0.06']);
    expect([at('0.04', 'half-down'), at('0.04', 'half-even')]).toEqual(['0.03', '0.03']);
  });
});
