import { describe, expect, it } from 'vitest';
import {
  allocate,
  convert,
  createFxTable,
  findRate,
  type Money,
  money,
  round,
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
});
