import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, Decimal, money, negate, sum, toMoneyJson } from '../../src/money';
import { decimalText, thrown } from '../_support/money';

const amounts = (parts: ReturnType<typeof allocate>) =>
  parts.map((part) => toMoneyJson(part).amount);

describe('allocate', () => {
  it('hands the leftover units to the largest remainders, ties to the earlier part', () => {
    expect(amounts(allocate(money('100', 'USD'), [1, 1, 1]))).toEqual(['33.34', '33.33', '33.33']);
    expect(amounts(allocate(money('0.05', 'USD'), [1, 1, 1]))).toEqual(['0.02', '0.02', '0.01']);
    // 70/30 split of 1,000.01: 700.007 and 300.003 → remainders .7 and .3 units go to the first.
    expect(amounts(allocate(money('1000.01', 'USD'), ['70', '30']))).toEqual(['700.01', '300.00']);
    expect(amounts(allocate(money('10', 'USD'), ['0.333', '0.667']))).toEqual(['3.33', '6.67']);
  });

  it('respects the currency minor unit and an explicit scale', () => {
    expect(amounts(allocate(money('100', 'JPY'), [1, 2]))).toEqual(['33', '67']);
    expect(amounts(allocate(money('1', 'KWD'), [1, 1, 1]))).toEqual(['0.334', '0.333', '0.333']);
    expect(
      allocate(money('1', 'USD'), [1, 2], { scale: 4 }).map((part) => part.amount.toString()),
    ).toEqual(['0.3333', '0.6667']);
  });

  it('splits a negative amount as its absolute value, negated', () => {
    expect(amounts(allocate(money('-100', 'USD'), [1, 1, 1]))).toEqual([
      '-33.34',
      '-33.33',
      '-33.33',
    ]);
  });

  it('gives zero-ratio parts nothing', () => {
    expect(amounts(allocate(money('5', 'USD'), [0, 1, 0]))).toEqual(['0.00', '5.00', '0.00']);
  });

  it('orders the leftover units by remainder, largest first, whatever the position of the part', () => {
    // 1 unit over [1, 2]: shares 1/3 and 2/3 of a unit → floors 0 and 0, the unit to the second.
    expect(amounts(allocate(money('0.01', 'USD'), [1, 2]))).toEqual(['0.00', '0.01']);
    // 3 units over [1, 2, 4] (sevenths): shares 3/7, 6/7, 12/7 → floors 0, 0, 1 and remainders
    // 3, 6, 5 sevenths: the 2 leftover units go to the second (6) then the third (5).
    expect(amounts(allocate(money('0.03', 'USD'), [1, 2, 4]))).toEqual(['0.00', '0.01', '0.02']);
    // 10 units over [5, 3, 2]: shares 5, 3, 2 exactly → no leftover, no unit moves.
    expect(amounts(allocate(money('0.10', 'USD'), [5, 3, 2]))).toEqual(['0.05', '0.03', '0.02']);
    // 7 units over [4, 1, 1, 4] (tenths): shares 2.8, 0.7, 0.7, 2.8 → floors 2, 0, 0, 2 and the 3
    // leftover units to the remainders .8, .8 (first and fourth) then .7 (second, the earlier tie).
    expect(amounts(allocate(money('0.07', 'USD'), [4, 1, 1, 4]))).toEqual([
      '0.03',
      '0.01',
      '0.00',
      '0.03',
    ]);
  });

  it('breaks ties between equal remainders by position, the earlier part first', () => {
    // 1 unit over [1, 3, 3]: remainders 1, 3, 3 sevenths → the tie at 3 goes to the second part.
    expect(amounts(allocate(money('0.01', 'USD'), [1, 3, 3]))).toEqual(['0.00', '0.01', '0.00']);
    // 3 units over five equal parts: every remainder is 3/5 → the first three parts.
    expect(amounts(allocate(money('0.03', 'USD'), [1, 1, 1, 1, 1]))).toEqual([
      '0.01',
      '0.01',
      '0.01',
      '0.00',
      '0.00',
    ]);
    // The same tie with a zero-ratio part first: it never gets a unit (its remainder is 0).
    expect(amounts(allocate(money('0.02', 'USD'), [0, 1, 1, 1]))).toEqual([
      '0.00',
      '0.01',
      '0.01',
      '0.00',
    ]);
    // Ties among many parts (more than a sort's small-array cut-off): 13 units over 24 equal
    // parts → the first 13 parts.
    const many = amounts(
      allocate(
        money('0.13', 'USD'),
        Array.from({ length: 24 }, () => 1),
      ),
    );
    expect(many).toEqual([...Array(13).fill('0.01'), ...Array(11).fill('0.00')]);
  });

  it('scales decimal ratios by their most decimal places', () => {
    // 0.5 : 0.25 : 0.25 is 50 : 25 : 25, whichever ratio carries the most places.
    expect(amounts(allocate(money('1', 'USD'), ['0.25', '0.5', '0.25']))).toEqual([
      '0.25',
      '0.50',
      '0.25',
    ]);
    expect(amounts(allocate(money('1', 'USD'), ['1', '0.001']))).toEqual(['1.00', '0.00']);
    expect(amounts(allocate(money('0.03', 'USD'), ['1.5', '1', '0.5']))).toEqual([
      '0.02',
      '0.01',
      '0.00',
    ]);
  });

  it('returns money of the input currency, as a whole number of scale units', () => {
    const parts = allocate(money('-0.07', 'KWD'), [1, 2]);
    expect(parts.map((part) => [part.currency, part.amount.toString()])).toEqual([
      ['KWD', '-0.023'],
      ['KWD', '-0.047'],
    ]);
    expect(
      allocate(money('12', 'JPY'), [1, 1], { scale: 1 }).map((part) => part.amount.toString()),
    ).toEqual(['6', '6']);
    expect(amounts(allocate(money('0', 'USD'), [1, 3]))).toEqual(['0.00', '0.00']);
  });

  describe('bad input', () => {
    it.each([
      ['no ratios', [], ['ratios']],
      ['a negative ratio', [1, -1], ['ratios', 1]],
      ['all-zero ratios', [0, 0], ['ratios']],
    ])('refuses %s', (_, ratios, path) => {
      const error = thrown(() => allocate(money('1', 'USD'), ratios));
      expect([error.code, error.path]).toEqual(['INVALID_ALLOCATION', path]);
    });

    it("says why, at the caller's path", () => {
      const at = (value: string, ratios: Array<string | number>) =>
        thrown(() => allocate(money(value, 'USD'), ratios, { path: ['split'] })) as {
          path?: unknown;
          issues?: Array<{ message: string }>;
        };
      expect([at('1', []).path, at('1', []).issues?.[0]?.message]).toEqual([
        ['split', 'ratios'],
        'at least one ratio is needed',
      ]);
      expect([at('1', [1, -1]).path, at('1', [1, -1]).issues?.[0]?.message]).toEqual([
        ['split', 'ratios', 1],
        'ratios must not be negative',
      ]);
      expect([at('1', [0, 0]).path, at('1', [0, 0]).issues?.[0]?.message]).toEqual([
        ['split', 'ratios'],
        'the ratios add up to zero',
      ]);
      expect(at('1', ['1', '1.5x']).path).toEqual(['split', 'ratios', 1]);
      const fine = at('1.005', [1]);
      expect([fine.path, fine.issues?.[0]?.message]).toEqual([
        ['split', 'amount'],
        'the amount has more than 2 decimal places; round it first',
      ]);
      expect(
        (thrown(() => allocate(money('1.005', 'USD'), [1])) as { value?: unknown }).value,
      ).toBe('1.005');
    });

    it('refuses an amount finer than the scale and float ratios', () => {
      expect(thrown(() => allocate(money('1.005', 'USD'), [1, 1])).code).toBe('INVALID_ALLOCATION');
      expect(thrown(() => allocate(money('1', 'USD'), [0.5, 0.5])).code).toBe('INVALID_AMOUNT');
    });
  });

  describe('properties', () => {
    const total = decimalText({ scale: 2, digits: 10 });
    const ratios = fc
      .array(fc.oneof(fc.nat(1000), decimalText({ scale: 3, digits: 3, min: 0n })), {
        minLength: 1,
        maxLength: 12,
      })
      .filter((list) => list.some((ratio) => Number(ratio) > 0));

    it('the parts sum exactly to the whole', () => {
      fc.assert(
        fc.property(total, ratios, (amount, weights) => {
          const whole = money(amount, 'USD');
          expect(sum(allocate(whole, weights), 'USD').amount.eq(whole.amount)).toBe(true);
        }),
      );
    });

    it('a positive total never yields a negative part, and each part is within one unit of its exact share', () => {
      fc.assert(
        fc.property(total, ratios, (amount, weights) => {
          const whole = money(amount, 'USD');
          const parts = allocate(whole, weights);
          const totalWeight = weights.reduce<Decimal>(
            (acc, w) => acc.plus(String(w)),
            new Decimal(0),
          );
          parts.forEach((part, i) => {
            if (whole.amount.gte(0)) expect(part.amount.gte(0)).toBe(true);
            const exact = whole.amount.times(String(weights[i])).div(totalWeight);
            expect(part.amount.minus(exact).abs().lt('0.01')).toBe(true);
          });
        }),
      );
    });

    it('is the largest-remainder method: a part gets one unit over its floor only when no part left at its floor has a larger remainder, or an equal one earlier', () => {
      fc.assert(
        fc.property(total, ratios, (amount, weights) => {
          const whole = money(amount, 'USD');
          const units = whole.amount.abs().times(100);
          const totalWeight = weights.reduce<Decimal>(
            (acc, w) => acc.plus(String(w)),
            new Decimal(0),
          );
          const shares = weights.map((w) => units.times(String(w)).div(totalWeight));
          const floors = shares.map((share) => share.floor());
          const remainders = shares.map((share, i) => share.minus(floors[i] as Decimal));
          const extra = allocate(whole, weights).map((part, i) =>
            part.amount
              .abs()
              .times(100)
              .minus(floors[i] as Decimal),
          );
          expect(extra.every((unit) => unit.eq(0) || unit.eq(1))).toBe(true);
          const leftover = units.minus(floors.reduce((acc, f) => acc.plus(f), new Decimal(0)));
          expect(extra.filter((unit) => unit.eq(1)).length).toBe(leftover.toNumber());
          extra.forEach((gotUnit, i) => {
            if (!gotUnit.eq(1)) return;
            extra.forEach((otherUnit, j) => {
              if (!otherUnit.eq(0)) return;
              const [mine, theirs] = [remainders[i] as Decimal, remainders[j] as Decimal];
              expect(mine.gt(theirs) || (mine.eq(theirs) && i < j)).toBe(true);
            });
          });
        }),
      );
    });

    it('allocating a negative amount mirrors the positive one', () => {
      fc.assert(
        fc.property(total, ratios, (amount, weights) => {
          const whole = money(amount, 'USD');
          const mirrored = allocate(negate(whole), weights);
          expect(allocate(whole, weights).map((part) => part.amount.neg().toString())).toEqual(
            mirrored.map((part) => part.amount.toString()),
          );
        }),
      );
    });
  });
});
