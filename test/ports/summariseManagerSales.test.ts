import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Order } from '../../src/model';
import { safeSummariseManagerSales, summariseManagerSales } from '../../src/ports';
import { entityArbitrary } from '../../src/testing';

const order = (
  id: string,
  ownerId: string,
  orderDate: string,
  currency: string,
  unitPrice: string,
): Order => ({
  id,
  customerId: 'C',
  ownerId,
  orderDate,
  currency,
  status: 'confirmed',
  lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '2', unitPrice }],
});

describe('summariseManagerSales', () => {
  test('orders of one owner in one month and currency merge; the rest stay apart', () => {
    expect(
      summariseManagerSales([
        order('3', 'AM-2', '2026-01-31', 'USD', '1'),
        order('1', 'AM-1', '2026-02-01', 'USD', '5'),
        order('2', 'AM-1', '2026-02-28', 'USD', '0.05'),
        order('4', 'AM-1', '2026-02-02', 'CNY', '7'),
        order('5', 'AM-1', '2026-01-31', 'USD', '-3'),
      ]),
    ).toEqual([
      { ownerId: 'AM-1', period: '2026-01', currency: 'USD', orders: 1, net: '-6' },
      { ownerId: 'AM-1', period: '2026-02', currency: 'CNY', orders: 1, net: '14' },
      { ownerId: 'AM-1', period: '2026-02', currency: 'USD', orders: 2, net: '10.1' },
      { ownerId: 'AM-2', period: '2026-01', currency: 'USD', orders: 1, net: '2' },
    ]);
    expect(summariseManagerSales([])).toEqual([]);
  });

  test('rejects what is not orders, safely too', () => {
    expect(() => summariseManagerSales(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(safeSummariseManagerSales([{}] as never).success).toBe(false);
  });
});

describe('properties', () => {
  test('the order of the orders does not matter, and counts add up', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entityArbitrary('orders'), { selector: (o) => o.id, maxLength: 8 }),
        (orders) => {
          const totals = summariseManagerSales(orders);
          expect(summariseManagerSales([...orders].reverse())).toEqual(totals);
          expect(totals.reduce((sum, total) => sum + total.orders, 0)).toBe(orders.length);
        },
      ),
      { numRuns: 50 },
    );
  });
});
