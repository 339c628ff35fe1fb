import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Order, type OrderLine, orderLineNet, orderNet } from '../../src/model';
import { entityArbitrary } from '../../src/testing';

const line = (more: Partial<OrderLine>): OrderLine => ({
  lineId: '1',
  productId: 'P',
  categoryId: 'K',
  quantity: '3',
  unitPrice: '10.50',
  ...more,
});

describe('orderLineNet', () => {
  test('quantity × unit price without a discount', () => {
    expect(orderLineNet(line({}), 'USD').amount.toFixed()).toBe('31.5');
  });

  test('a rate discount takes its fraction of the gross', () => {
    expect(
      orderLineNet(line({ discount: { kind: 'rate', rate: '0.1' } }), 'USD').amount.toFixed(),
    ).toBe('28.35');
  });

  test('an amount discount is off the whole line, not per unit', () => {
    expect(
      orderLineNet(line({ discount: { kind: 'amount', amount: '1.50' } }), 'USD').amount.toFixed(),
    ).toBe('30');
  });

  test('a return line stays negative and an amount discount shrinks it toward zero', () => {
    const returned = line({
      quantity: '-2',
      isReturn: true,
      discount: { kind: 'amount', amount: '1' },
    });
    expect(orderLineNet(returned, 'USD').amount.toFixed()).toBe('-20');
    expect(
      orderLineNet(
        { ...returned, discount: { kind: 'rate', rate: '0.5' } },
        'USD',
      ).amount.toFixed(),
    ).toBe('-10.5');
  });

  test('full precision, no rounding', () => {
    expect(
      orderLineNet(line({ quantity: '0.333', unitPrice: '0.07' }), 'JPY').amount.toFixed(),
    ).toBe('0.02331');
  });
});

describe('orderNet', () => {
  test('sums the lines, whatever the status', () => {
    const order: Order = {
      id: 'SO-1',
      customerId: 'C',
      ownerId: 'AM',
      orderDate: '2026-03-02',
      currency: 'USD',
      status: 'cancelled',
      lines: [
        line({ quantity: '10', unitPrice: '150' }),
        line({
          lineId: '2',
          quantity: '2',
          unitPrice: '50',
          discount: { kind: 'amount', amount: '20' },
        }),
      ],
    };
    expect(orderNet(order).amount.toFixed()).toBe('1580');
    expect(orderNet(order).currency).toBe('USD');
  });
});

describe('properties', () => {
  test('a discount never turns a line around or makes it larger', () => {
    fc.assert(
      fc.property(entityArbitrary('orders'), (order) => {
        for (const l of order.lines) {
          const gross = orderLineNet(
            { ...l, discount: undefined } as OrderLine,
            order.currency,
          ).amount;
          const net = orderLineNet(l, order.currency).amount;
          expect(net.abs().lte(gross.abs())).toBe(true);
          expect(net.isZero() || net.isNeg() === gross.isNeg()).toBe(true);
        }
      }),
    );
  });

  test('the order net is the sum of its line nets, in any line order', () => {
    fc.assert(
      fc.property(entityArbitrary('orders'), (order) => {
        const reversed = { ...order, lines: [...order.lines].reverse() };
        expect(orderNet(reversed).amount.eq(orderNet(order).amount)).toBe(true);
      }),
    );
  });
});
