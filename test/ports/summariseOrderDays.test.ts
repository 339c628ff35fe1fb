import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Order } from '../../src/model';
import { summariseOrderDays } from '../../src/ports';
import { entityArbitrary } from '../../src/testing';

const order = (
  id: string,
  customerId: string,
  orderDate: string,
  currency: string,
  unitPrice: string,
): Order => ({
  id,
  customerId,
  ownerId: 'AM',
  orderDate,
  currency,
  status: 'confirmed',
  lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '2', unitPrice }],
});

describe('summariseOrderDays', () => {
  test('orders of one customer on one day in one currency merge; the rest stay apart', () => {
    expect(
      summariseOrderDays([
        order('3', 'C-2', '2026-01-01', 'USD', '1'),
        order('1', 'C-1', '2026-01-02', 'USD', '5'),
        order('2', 'C-1', '2026-01-02', 'USD', '0.05'),
        order('4', 'C-1', '2026-01-02', 'CNY', '7'),
      ]),
    ).toEqual([
      { customerId: 'C-1', date: '2026-01-02', currency: 'CNY', orders: 1, net: '14' },
      { customerId: 'C-1', date: '2026-01-02', currency: 'USD', orders: 2, net: '10.1' },
      { customerId: 'C-2', date: '2026-01-01', currency: 'USD', orders: 1, net: '2' },
    ]);
    expect(summariseOrderDays([])).toEqual([]);
  });
});

describe('properties', () => {
  test('the order of the orders does not matter, and counts add up', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entityArbitrary('orders'), { selector: (o) => o.id, maxLength: 8 }),
        (orders) => {
          const totals = summariseOrderDays(orders);
          expect(summariseOrderDays([...orders].reverse())).toEqual(totals);
          expect(totals.reduce((sum, total) => sum + total.orders, 0)).toBe(orders.length);
        },
      ),
    );
  });
});
