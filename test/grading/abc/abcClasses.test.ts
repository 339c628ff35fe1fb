import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcClasses } from '../../../src/grading/abc';
import { Decimal, money } from '../../../src/money';
import { thrown } from '../_support';

const usd = (amount: string) => money(amount, 'USD');
const row = (customerId: string, amount: string) => ({ customerId, value: usd(amount) });

describe('abcClasses', () => {
  it('keeps the customer that crosses a cut-off in the upper class', () => {
    // total 1,000: a holds 50 %; b takes the cumulative share from 50 % to 85 %, across 80 %
    const result = abcClasses([row('d', '50'), row('c', '100'), row('b', '350'), row('a', '500')]);
    expect(
      result.customers.map((c) => [c.customerId, c.class, c.rank, c.shareBefore, c.shareAfter]),
    ).toEqual([
      ['a', 'A', 1, '0.000000', '0.500000'],
      ['b', 'A', 2, '0.500000', '0.850000'],
      ['c', 'B', 3, '0.850000', '0.950000'],
      ['d', 'C', 4, '0.950000', '1.000000'],
    ]);
    expect(result.customers[1]?.trace[0]?.code).toBe('grading.abc.crossing');
    expect(result.classes.map((c) => [c.name, c.customers, c.value?.amount.toFixed(2)])).toEqual([
      ['A', 2, '850.00'],
      ['B', 1, '100.00'],
      ['C', 1, '50.00'],
    ]);
  });

  it('starts the next class with the customer after one that lands exactly on a cut-off', () => {
    // a reaches exactly 80 %: the customers above b then hold 80 %, not below 80 % → b is B
    const result = abcClasses([row('a', '80'), row('b', '15'), row('c', '5')]);
    expect(result.customers.map((c) => c.class)).toEqual(['A', 'B', 'C']);
    expect(result.customers[0]?.trace[0]?.code).toBe('grading.abc.class');
  });

  it('ranks ties by customer id and puts zero and negative values last', () => {
    // total 120: big 0 % → A; y 83.3 % before → B; z 91.7 % before (< 95 %) → B; nil, neg → C
    const result = abcClasses([
      row('z', '10'),
      row('y', '10'),
      row('neg', '-5'),
      row('nil', '0'),
      row('big', '100'),
    ]);
    expect(result.customers.map((c) => `${c.customerId}:${c.class}`)).toEqual([
      'big:A',
      'y:B',
      'z:B',
      'nil:C',
      'neg:C',
    ]);
    expect(result.total?.amount.toFixed()).toBe('120');
    expect(result.customers[4]?.trace[0]?.code).toBe('grading.abc.no-value');
  });

  it('takes other cut-offs and names, and refuses shares not adding up to 100', () => {
    const result = abcClasses([row('a', '70'), row('b', '20'), row('c', '10')], {
      shares: ['50', '30', '15', '5'],
      names: ['A', 'B', 'C', 'D'],
    });
    expect(result.customers.map((c) => c.class)).toEqual(['A', 'B', 'C']);
    const error = thrown(() => abcClasses([], { shares: ['80', '15'] }));
    expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['options', 'shares']]);
    const mixed = thrown(() =>
      abcClasses([row('a', '1'), { customerId: 'b', value: money('1', 'EUR') }]),
    );
    expect([mixed.code, mixed.path]).toEqual(['CURRENCY_MISMATCH', [1, 'value']]);
    const twice = thrown(() => abcClasses([row('a', '1'), row('a', '2')]));
    expect([twice.code, twice.path]).toEqual(['INVALID_INPUT', [0, 'customerId']]);
    expect(abcClasses([]).total).toBeNull();
  });

  describe('properties', () => {
    const rows = fc
      .uniqueArray(
        fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: -500, max: 10_000 })),
        {
          selector: ([id]) => id,
          maxLength: 40,
        },
      )
      .map((entries) =>
        entries.map(([id, cents]) => row(id, new Decimal(cents).div(100).toFixed(2))),
      );

    it('partition the customers: each in exactly one class, ranks 1…n', () => {
      fc.assert(
        fc.property(rows, (input) => {
          const result = abcClasses(input);
          expect(result.customers.map((c) => c.customerId).sort()).toEqual(
            input.map((r) => r.customerId).sort(),
          );
          expect(result.customers.map((c) => c.rank)).toEqual(input.map((_, i) => i + 1));
          expect(result.classes.reduce((n, c) => n + c.customers, 0)).toBe(input.length);
          for (const c of result.customers) expect(['A', 'B', 'C']).toContain(c.class);
        }),
      );
    });

    it('class A covers at least 80 % of the positive value, and classes never go back up by rank', () => {
      fc.assert(
        fc.property(rows, (input) => {
          const result = abcClasses(input);
          const positive = result.customers.filter((c) => c.value.amount.gt(0));
          const total = positive.reduce((sum, c) => sum.plus(c.value.amount), new Decimal(0));
          const a = positive
            .filter((c) => c.class === 'A')
            .reduce((sum, c) => sum.plus(c.value.amount), new Decimal(0));
          if (total.gt(0)) expect(a.div(total).gte('0.8')).toBe(true);
          const order = result.customers.map((c) => c.class);
          expect([...order].sort()).toEqual(order);
        }),
      );
    });

    it('do not depend on input order', () => {
      fc.assert(
        fc.property(
          rows.chain((input) =>
            fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length })),
          ),
          ([input, shuffled]) => {
            const strip = (r: ReturnType<typeof abcClasses>) =>
              r.customers.map((c) => [c.customerId, c.class, c.rank]);
            expect(strip(abcClasses(shuffled))).toEqual(strip(abcClasses(input)));
          },
        ),
      );
    });
  });
});
