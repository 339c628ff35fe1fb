import { describe, expect, it } from 'vitest';
import { ledgerOf, summarise, transactionsFromOrders } from '../../../src/grading/summary';
import { Order } from '../../../src/model';

const order = (id: string, status: string, orderDate: string, lines: unknown[]) =>
  Order.parse({
    id,
    customerId: 'C-1',
    ownerId: 'AM-1',
    orderDate,
    currency: 'USD',
    status,
    lines,
  });
const line = (lineId: string, quantity: string, unitPrice: string, extra = {}) => ({
  lineId,
  productId: 'P-1',
  categoryId: 'K',
  quantity,
  unitPrice,
  ...extra,
});

describe('transactionsFromOrders', () => {
  const orders = [
    order('SO-1', 'completed', '2026-03-02', [
      line('1', '3', '10.50', { discount: { kind: 'rate', rate: '0.1' } }),
      line('2', '-1', '10.50', { isReturn: true }),
    ]),
    order('SO-2', 'cancelled', '2026-03-03', [line('1', '10', '99')]),
    order('SO-3', 'open', '2026-03-04', [line('1', '1', '5')]),
    order('SO-4', 'confirmed', '2026-03-05', [
      line('1', '7', '1.99', { discount: { kind: 'rate', rate: '0.05' } }),
    ]),
  ];

  it('takes net line amounts of confirmed and completed orders; cancelled and open orders do not count', () => {
    expect([...transactionsFromOrders(orders)]).toEqual([
      { customerId: 'C-1', date: '2026-03-02', amount: '17.85', currency: 'USD' }, // 28.35 − 10.50
      { customerId: 'C-1', date: '2026-03-05', amount: '13.2335', currency: 'USD' }, // 13.93 × 0.95
    ]);
  });

  it('counts open orders when asked to, never cancelled ones', () => {
    const all = [
      ...transactionsFromOrders(orders, {
        statuses: ['open', 'confirmed', 'completed', 'cancelled'],
      }),
    ];
    expect(all.map((tx) => tx.date)).toEqual(['2026-03-02', '2026-03-04', '2026-03-05']);
  });

  it('feeds a ledger exactly, sub-cent amounts included', () => {
    const [c] = summarise(ledgerOf(transactionsFromOrders(orders), { currency: 'USD' }), {
      end: '2026-03-31',
    }).summaries;
    expect(c?.totalValue.amount.toFixed()).toBe('31.0835');
    expect(c?.averageValue.amount.toFixed()).toBe('13.2335');
  });
});
