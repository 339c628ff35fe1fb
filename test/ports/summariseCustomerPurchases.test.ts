import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Order } from '../../src/model';
import {
  safeSummariseCustomerPurchases,
  summariseCustomerPurchases,
  summariseOrderDays,
} from '../../src/ports';
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

describe('summariseCustomerPurchases', () => {
  test('counts orders and purchase days, keeps the first and last date, sums the net', () => {
    expect(
      summariseCustomerPurchases([
        order('3', 'C-2', '2026-01-01', 'USD', '1'),
        order('1', 'C-1', '2026-01-20', 'USD', '5'),
        order('2', 'C-1', '2026-01-02', 'USD', '0.05'),
        order('6', 'C-1', '2026-01-20', 'USD', '1'),
        order('4', 'C-1', '2026-01-02', 'CNY', '7'),
      ]),
    ).toEqual([
      {
        customerId: 'C-1',
        currency: 'CNY',
        orders: 1,
        days: 1,
        first: '2026-01-02',
        last: '2026-01-02',
        net: '14',
      },
      {
        customerId: 'C-1',
        currency: 'USD',
        orders: 3,
        days: 2,
        first: '2026-01-02',
        last: '2026-01-20',
        net: '12.1',
      },
      {
        customerId: 'C-2',
        currency: 'USD',
        orders: 1,
        days: 1,
        first: '2026-01-01',
        last: '2026-01-01',
        net: '2',
      },
    ]);
    expect(summariseCustomerPurchases([])).toEqual([]);
  });

  test('rejects what is not orders, safely too', () => {
    expect(() => summariseCustomerPurchases(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(safeSummariseCustomerPurchases([{}] as never).success).toBe(false);
  });
});

describe('properties', () => {
  test('agrees with the day totals: same orders, days and net per customer and currency', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entityArbitrary('orders'), { selector: (o) => o.id, maxLength: 8 }),
        (orders) => {
          const fromDays = new Map<string, { orders: number; days: number; dates: string[] }>();
          for (const day of summariseOrderDays(orders)) {
            const id = JSON.stringify([day.customerId, day.currency]);
            const sum = fromDays.get(id) ?? { orders: 0, days: 0, dates: [] };
            sum.orders += day.orders;
            sum.days += 1;
            sum.dates.push(day.date);
            fromDays.set(id, sum);
          }
          const totals = summariseCustomerPurchases([...orders].reverse());
          expect(totals).toEqual(summariseCustomerPurchases(orders));
          expect(totals).toHaveLength(fromDays.size);
          for (const total of totals) {
            const sum = fromDays.get(JSON.stringify([total.customerId, total.currency]));
            expect([total.orders, total.days]).toEqual([sum?.orders, sum?.days]);
            expect([total.first, total.last]).toEqual([sum?.dates[0], sum?.dates.at(-1)]);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
