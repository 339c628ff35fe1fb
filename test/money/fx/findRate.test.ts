import { describe, expect, it } from 'vitest';
import { createFxTable, type FxTable, findRate } from '../../../src/money';
import { thrown } from '../../_support/money';

const at = { method: 'exact', date: '2026-06-30' } as const;
const tableOf = () =>
  createFxTable([
    { base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30' },
    { base: 'EUR', quote: 'USD', rate: '1.1', date: '2026-06-30' },
  ]);

describe('findRate', () => {
  it('refuses a table it did not make, at the caller’s path', () => {
    for (const table of [null, undefined, {}, { series: {} }, []]) {
      expect(
        thrown(() => findRate(table as unknown as FxTable, 'USD', 'CNY', at, { path: ['fx'] })),
      ).toMatchObject({
        code: 'INVALID_INPUT',
        path: ['fx', 'table'],
        issues: [{ message: 'expected a table made by createFxTable' }],
      });
    }
  });

  it('crosses through `via` only when there is no direct rate, and never through base or quote', () => {
    const table = tableOf();
    expect(findRate(table, 'EUR', 'CNY', at, { via: 'USD' })).toMatchObject({
      rate: '7.81',
      method: 'cross',
      legs: [
        { base: 'EUR', quote: 'USD' },
        { base: 'USD', quote: 'CNY' },
      ],
    });
    expect(findRate(table, 'USD', 'CNY', at, { via: 'EUR' })).toMatchObject({
      rate: '7.1',
      method: 'exact',
    });
    expect(findRate(table, 'EUR', 'CNY', at)).toBeNull();
    expect(findRate(table, 'EUR', 'CNY', at, { via: 'EUR' })).toBeNull();
    expect(findRate(table, 'EUR', 'CNY', at, { via: 'CNY' })).toBeNull();
    expect(findRate(table, 'EUR', 'CNY', at, { via: 'JPY' })).toBeNull();
    expect(findRate(table, 'CNY', 'EUR', at, { via: 'USD' })).toMatchObject({ method: 'cross' });
  });
});
