import { describe, expect, it } from 'vitest';
import {
  type CommissionInput,
  computeStatements,
  LINE_FACTS,
  matchRate,
  type Statement,
} from '../../src/commission';
import { orderLineDiscount, Product } from '../../src/model';
import { assign, input, plan } from './fixtures';

/** The commission line amounts of a statement by source line id. */
function byLine(statement: Statement | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of statement?.lines ?? [])
    if (line.kind === 'commission' && line.source.lineId !== null)
      out[line.source.lineId] = line.amount;
  return out;
}

/** Both engines' statements, checked equal. */
function both(run: CommissionInput): Statement[] {
  const auto = computeStatements(run);
  expect(computeStatements(run, { arithmetic: 'decimal' })).toEqual(auto);
  return auto;
}

const pct = (value: string) => ({ kind: 'rate' as const, value });

// OCA commission's "Product criteria" commission type: "rules based on variant/product/category
// or global … sorted according to the same logic of sale pricelist" (OCA/commission,
// sale_commission_product_criteria/readme/USAGE.rst), i.e. Odoo pricelist items ordered by
// applied_on: variant, product (template), category, global.
const hierarchy = {
  kind: 'rate-table' as const,
  noMatch: { kind: 'rate' as const, rate: pct('0.10'), reason: 'global rule' },
  rows: [
    {
      id: 'product',
      when: { fact: 'product.template', operator: 'eq' as const, value: 'DESK' },
      rate: pct('0.05'),
    },
    {
      id: 'variant',
      when: { fact: 'product.id', operator: 'eq' as const, value: 'DESK-OAK' },
      rate: pct('0.15'),
    },
    {
      id: 'category',
      when: { fact: 'product.category', operator: 'eq' as const, value: 'OFFICE' },
      rate: pct('0.20'),
    },
  ],
};

describe('the product hierarchy: the most specific level wins', () => {
  it('5 % on this product, 15 % on this variant, 20 on the category, 10 otherwise — no priorities', () => {
    const line = (productId: string, category: string, template?: string) =>
      matchRate(
        hierarchy,
        {
          'product.id': productId,
          'product.template': template ?? productId,
          'product.category': category,
        },
        { currency: 'USD' },
      ).row;
    expect(line('DESK-OAK', 'OFFICE', 'DESK')).toBe('variant');
    expect(line('DESK-PINE', 'OFFICE', 'DESK')).toBe('product');
    expect(line('CHAIR', 'OFFICE')).toBe('category');
    expect(line('LAMP', 'LIGHTS')).toBe(null);
  });

  it('pays the same example on a statement, by both engines, the template read from products', () => {
    const lines = [
      ['1', 'DESK-OAK'],
      ['2', 'DESK-PINE'],
      ['3', 'CHAIR'],
      ['4', 'LAMP'],
    ].map(([lineId, productId]) => ({
      lineId: lineId as string,
      productId: productId as string,
      categoryId: productId === 'LAMP' ? 'LIGHTS' : 'OFFICE',
      quantity: '1',
      unitPrice: '1000',
    }));
    const [statement] = both(
      input({
        plans: [
          plan({
            crediting: { base: 'booked' },
            components: [{ id: 'base', name: 'Base', calculation: hierarchy }],
          }),
        ],
        products: [
          { id: 'DESK-OAK', name: 'Desk, oak', categoryId: 'OFFICE', templateId: 'DESK' },
          { id: 'DESK-PINE', name: 'Desk, pine', categoryId: 'OFFICE', templateId: 'DESK' },
          { id: 'CHAIR', name: 'Chair', categoryId: 'OFFICE' },
        ],
        orders: [
          {
            id: 'SO-1',
            customerId: 'C-1',
            ownerId: 'AM-7',
            orderDate: '2026-03-02',
            currency: 'USD',
            status: 'confirmed',
            lines,
          },
        ],
      }),
    );
    expect(byLine(statement)).toEqual({
      '1': '150.00',
      '2': '50.00',
      '3': '200.00',
      '4': '100.00',
    });
  });

  it('still counts pinned facts first: a row pinning two facts beats a variant row', () => {
    const table = {
      ...hierarchy,
      rows: [
        ...hierarchy.rows,
        {
          id: 'office-key',
          when: {
            all: [
              { fact: 'product.category', operator: 'eq' as const, value: 'OFFICE' },
              { fact: 'customer.grade', operator: 'eq' as const, value: 'key' },
            ],
          },
          rate: pct('0.01'),
        },
      ],
    };
    const facts = {
      'product.id': 'DESK-OAK',
      'product.template': 'DESK',
      'product.category': 'OFFICE',
      'customer.grade': 'key',
    };
    expect(matchRate(table, facts, { currency: 'USD' }).row).toBe('office-key');
  });

  it('a product cannot be its own template', () => {
    expect(
      Product.safeParse({ id: 'P', name: 'P', categoryId: 'K', templateId: 'P' }).error?.issues[0]
        ?.path,
    ).toEqual(['templateId']);
  });
});

describe('the order-line facts: unit price, discount percent and amount', () => {
  it('are declared in the fact table', () => {
    expect(LINE_FACTS['line.unitPrice']).toBe('money');
    expect(LINE_FACTS['line.discountPercent']).toBe('number');
    expect(LINE_FACTS['line.discountAmount']).toBe('money');
    expect(LINE_FACTS['product.template']).toBe('string');
  });

  it('the model states a discount both ways', () => {
    const line = { lineId: '1', productId: 'P', categoryId: 'K', quantity: '3', unitPrice: '40' };
    expect(orderLineDiscount(line)).toEqual({ percent: '0', amount: '0' });
    expect(orderLineDiscount({ ...line, discount: { kind: 'rate', rate: '0.125' } })).toEqual({
      percent: '12.5',
      amount: '15',
    });
    expect(orderLineDiscount({ ...line, discount: { kind: 'amount', amount: '40' } })).toEqual({
      percent: '33.3333333333',
      amount: '40',
    });
  });

  // OCA's sale_commission_by_discount ("Discount based commissions extra rules",
  // OCA/commission) pays a lower rate on lines sold at a bigger discount.
  const byDiscount = {
    kind: 'rate-table' as const,
    noMatch: { kind: 'rate' as const, rate: pct('0.05'), reason: 'full price' },
    rows: [
      {
        id: 'deep-discount',
        when: { fact: 'line.discountPercent', operator: 'gt' as const, value: '10' },
        rate: pct('0.02'),
      },
      {
        id: 'big-discount',
        when: {
          fact: 'line.discountAmount',
          operator: 'gte' as const,
          value: { amount: '500', currency: 'USD' },
        },
        rate: pct('0.03'),
      },
      {
        id: 'cheap',
        when: {
          fact: 'line.unitPrice',
          operator: 'lt' as const,
          value: { amount: '10', currency: 'USD' },
        },
        rate: pct('0.01'),
      },
    ],
  };
  const order = (currency: string) => ({
    id: 'SO-1',
    customerId: 'C-1',
    ownerId: 'AM-7',
    orderDate: '2026-03-02',
    currency,
    status: 'confirmed' as const,
    lines: [
      { lineId: '1', productId: 'P', categoryId: 'K', quantity: '10', unitPrice: '100' },
      {
        lineId: '2',
        productId: 'P',
        categoryId: 'K',
        quantity: '10',
        unitPrice: '100',
        discount: { kind: 'rate' as const, rate: '0.2' },
      },
      {
        lineId: '3',
        productId: 'P',
        categoryId: 'K',
        quantity: '100',
        unitPrice: '100',
        discount: { kind: 'amount' as const, amount: '600' },
      },
      { lineId: '4', productId: 'Q', categoryId: 'K', quantity: '100', unitPrice: '5' },
    ],
  });
  const run = (base: 'booked' | 'invoiced', currency = 'USD'): CommissionInput =>
    input({
      plans: [
        plan({
          crediting: { base },
          components: [{ id: 'base', name: 'Base', calculation: byDiscount }],
        }),
      ],
      assignments: [assign('AM-7')],
      orders: [order(currency)],
      fxRates: [{ base: 'EUR', quote: 'USD', rate: '1.25', date: '2026-03-01' }],
      invoices:
        base === 'invoiced'
          ? [
              {
                id: 'INV-1',
                customerId: 'C-1',
                ownerId: 'AM-7',
                orderId: 'SO-1',
                issueDate: '2026-03-05',
                dueDate: '2026-04-05',
                currency,
                total: '11300',
                lines: [
                  { lineId: 'a', orderLineId: '1', amount: '1000' },
                  { lineId: 'b', orderLineId: '2', amount: '800' },
                  { lineId: 'c', orderLineId: '3', amount: '9400' },
                  { lineId: 'd', orderLineId: '4', amount: '100' },
                ],
              },
            ]
          : [],
    });

  it('key a rate table on bookings, by both engines', () => {
    // 1: no discount, 5 % of 1000; 2: 20 % off, 2 % of 800; 3: 600 off (6 %), 3 % of 9400;
    // 4: a unit price of 5, 1 % of 500.
    expect(byLine(both(run('booked'))[0])).toEqual({
      '1': '50.00',
      '2': '16.00',
      '3': '282.00',
      '4': '5.00',
    });
  });

  it('are read from the order line an invoice line bills', () => {
    expect(byLine(both(run('invoiced'))[0])).toEqual({
      a: '50.00',
      b: '16.00',
      c: '282.00',
      d: '1.00',
    });
  });

  it('convert the order line money to the plan currency', () => {
    // In EUR at 1.25: line 3's 600 off is 750 USD (≥ 500), line 4's price 6.25 USD (< 10).
    const statement = both(run('booked', 'EUR'))[0];
    expect(byLine(statement)).toEqual({
      '1': '62.50',
      '2': '20.00',
      '3': '352.50',
      '4': '6.25',
    });
  });
});
