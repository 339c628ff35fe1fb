import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, createFxTable, Decimal, findRate, money, toMoneyJson } from '../../src/money';
import { decimalText, thrown } from '../_support/money';

const rates = [
  { base: 'USD', quote: 'CNY', rate: '7.1000', date: '2026-06-30', source: 'PBOC central parity' },
  { base: 'USD', quote: 'CNY', rate: '7.2000', date: '2026-07-31', source: 'PBOC central parity' },
  { base: 'USD', quote: 'CNY', rate: '7.1500', date: '2026-07-15', source: 'PBOC central parity' },
  { base: 'EUR', quote: 'USD', rate: '1.10', date: '2026-07-01' },
];
const table = createFxTable(rates);

describe('FX tables and conversion', () => {
  it('indexes rates in any order and counts them', () => {
    expect(table.size).toBe(4);
    expect(table.series.get('USD/CNY')?.dates).toEqual(['2026-06-30', '2026-07-15', '2026-07-31']);
  });

  it('converts at the exact date and records rate, date and source', () => {
    const result = convert(money('100', 'USD'), 'CNY', table, {
      method: 'exact',
      date: '2026-07-15',
    });
    expect(toMoneyJson(result.to)).toEqual({ amount: '715.00', currency: 'CNY' });
    expect(result.quote).toMatchObject({
      rate: '7.15',
      date: '2026-07-15',
      source: 'PBOC central parity',
      method: 'exact',
      inverted: false,
    });
  });

  it('finds the latest rate on or before a date, within a maximum age', () => {
    expect(
      findRate(table, 'USD', 'CNY', { method: 'on-or-before', date: '2026-07-30' })?.date,
    ).toBe('2026-07-15');
    expect(
      findRate(table, 'USD', 'CNY', { method: 'on-or-before', date: '2026-06-29' }),
    ).toBeNull();
    expect(
      findRate(table, 'USD', 'CNY', { method: 'on-or-before', date: '2026-07-30', maxAgeDays: 14 }),
    ).toBeNull();
    expect(
      findRate(table, 'USD', 'CNY', { method: 'on-or-before', date: '2026-07-29', maxAgeDays: 14 })
        ?.date,
    ).toBe('2026-07-15');
  });

  it('averages the rates dated inside a half-open range', () => {
    const quote = findRate(table, 'USD', 'CNY', {
      method: 'average',
      start: '2026-07-01',
      end: '2026-08-01',
    });
    expect(quote).toMatchObject({
      rate: '7.175',
      observations: 2,
      range: { start: '2026-07-01', end: '2026-08-01' },
    });
    expect(
      findRate(table, 'USD', 'CNY', { method: 'average', start: '2026-07-01', end: '2026-07-31' })
        ?.observations,
    ).toBe(1);
  });

  it('inverts the opposite pair and says so', () => {
    const quote = findRate(table, 'CNY', 'USD', { method: 'exact', date: '2026-06-30' });
    expect(quote?.inverted).toBe(true);
    expect(new Decimal(quote?.rate ?? '0').times('7.1').toDecimalPlaces(30).toString()).toBe('1');
  });

  it('crosses through a named currency when asked', () => {
    const quote = findRate(
      table,
      'EUR',
      'CNY',
      { method: 'on-or-before', date: '2026-07-01' },
      { via: 'USD' },
    );
    expect(quote).toMatchObject({ method: 'cross', rate: '7.81' });
    expect(quote?.legs?.map((leg) => leg.rate)).toEqual(['1.1', '7.1']);
    expect(
      findRate(table, 'EUR', 'CNY', { method: 'on-or-before', date: '2026-07-01' }),
    ).toBeNull();
  });

  it('converts a currency to itself at rate 1 without a table entry', () => {
    const result = convert(money('5', 'JPY'), 'JPY', table, {
      method: 'exact',
      date: '2000-01-01',
    });
    expect([result.to.amount.toString(), result.quote.method, result.quote.rate]).toEqual([
      '5',
      'identity',
      '1',
    ]);
  });

  describe('bad input', () => {
    it('a missing rate is an error naming the pair and date, never a rate of 1', () => {
      const error = thrown(() =>
        convert(
          money('1', 'USD'),
          'EUR',
          table,
          { method: 'exact', date: '2026-06-30' },
          { path: ['lines', 4] },
        ),
      );
      expect(error.code).toBe('MISSING_FX_RATE');
      expect(error.path).toEqual(['lines', 4]);
      expect(error.value).toEqual({
        base: 'USD',
        quote: 'EUR',
        method: 'exact',
        date: '2026-06-30',
      });
    });

    it('refuses malformed and conflicting rates with their index', () => {
      expect(
        thrown(() => createFxTable([{ base: 'USD', quote: 'CNY', rate: 7.1, date: '2026-01-01' }])),
      ).toMatchObject({
        code: 'INVALID_AMOUNT',
        path: [0, 'rate'],
      });
      expect(
        thrown(() => createFxTable([{ base: 'USD', quote: 'CNY', rate: '0', date: '2026-01-01' }])),
      ).toMatchObject({ path: [0, 'rate'] });
      expect(
        thrown(() => createFxTable([{ base: 'USD', quote: 'USD', rate: '1', date: '2026-01-01' }])),
      ).toMatchObject({ path: [0, 'quote'] });
      expect(
        thrown(() => createFxTable([{ base: 'USD', quote: 'XYZ', rate: '1', date: '2026-01-01' }])),
      ).toMatchObject({
        code: 'UNKNOWN_CURRENCY',
        path: [0, 'quote'],
      });
      expect(
        thrown(() => createFxTable([{ base: 'USD', quote: 'CNY', rate: '1', date: '2026-02-30' }])),
      ).toMatchObject({
        code: 'INVALID_DATE',
        path: [0, 'date'],
      });
      const conflict = thrown(() => createFxTable([rates[0], { ...rates[0], rate: '7.2' }]));
      expect([conflict.code, conflict.path]).toEqual(['INVALID_INPUT', [1, 'rate']]);
    });

    it('refuses malformed lookups and reversed averaging ranges', () => {
      expect(
        thrown(() =>
          findRate(table, 'USD', 'CNY', { method: 'latest', date: '2026-01-01' } as never),
        ).code,
      ).toBe('INVALID_INPUT');
      expect(
        thrown(() =>
          findRate(table, 'USD', 'CNY', {
            method: 'average',
            start: '2026-08-01',
            end: '2026-07-01',
          }),
        ).code,
      ).toBe('INVALID_DATE_RANGE');
    });
  });

  describe('properties', () => {
    it('a conversion records its rate: the result is the amount times the recorded rate, to 40 digits', () => {
      fc.assert(
        fc.property(
          decimalText({ scale: 2 }),
          fc.constantFrom('2026-06-30', '2026-07-10', '2026-07-31', '2026-12-31'),
          (amount, date) => {
            for (const [from, to] of [
              ['USD', 'CNY'],
              ['CNY', 'USD'],
            ] as const) {
              const result = convert(money(amount, from), to, table, {
                method: 'on-or-before',
                date,
              });
              // At 40 significant digits and (the amount limits) at most 40 decimal places.
              const product = result.from.amount.times(result.quote.rate).toDecimalPlaces(40);
              expect(result.to.amount.eq(product)).toBe(true);
              expect(result.quote.date !== undefined && result.quote.date <= date).toBe(true);
              expect([result.quote.base, result.quote.quote]).toEqual([from, to]);
            }
          },
        ),
      );
    });

    it('the table does not depend on the order its rates arrive in', () => {
      fc.assert(
        fc.property(fc.shuffledSubarray(rates, { minLength: rates.length }), (shuffled) => {
          const other = createFxTable(shuffled);
          for (const date of ['2026-07-01', '2026-07-20', '2026-08-30']) {
            expect(findRate(other, 'USD', 'CNY', { method: 'on-or-before', date })).toEqual(
              findRate(table, 'USD', 'CNY', { method: 'on-or-before', date }),
            );
          }
        }),
      );
    });
  });
});
