import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  convert,
  createFxTable,
  Decimal,
  type FxTable,
  findRate,
  money,
  toMoneyJson,
} from '../../src/money';
import { decimalText, thrown } from '../_support/money';

const rates = [
  { base: 'USD', quote: 'CNY', rate: '7.1000', date: '2026-06-30', source: 'PBOC central parity' },
  { base: 'USD', quote: 'CNY', rate: '7.2000', date: '2026-07-31', source: 'PBOC central parity' },
  { base: 'USD', quote: 'CNY', rate: '7.1500', date: '2026-07-15', source: 'PBOC central parity' },
  { base: 'EUR', quote: 'USD', rate: '1.10', date: '2026-07-01' },
];
// Built before each test rather than when the file loads, so that mutation testing (Stryker)
// counts the table's construction as covered by each test, not as module-load ("static") code.
let table: FxTable;
beforeEach(() => {
  table = createFxTable(rates);
});

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

  describe('lookups against hand-computed rates', () => {
    // The table above: USD/CNY 7.1000 (06-30), 7.1500 (07-15), 7.2000 (07-31), all from the PBOC;
    // EUR/USD 1.10 (07-01), no source. Rates carry 40 significant digits, rounded half-up.
    const usdCny = (lookup: Parameters<typeof findRate>[3]) =>
      findRate(table, 'USD', 'CNY', lookup);

    it('an exact lookup takes only the rate of that day', () => {
      expect(usdCny({ method: 'exact', date: '2026-07-14' })).toBeNull();
      expect(usdCny({ method: 'exact', date: '2026-06-30' })).toEqual({
        base: 'USD',
        quote: 'CNY',
        rate: '7.1',
        method: 'exact',
        date: '2026-06-30',
        source: 'PBOC central parity',
        inverted: false,
      });
      expect(usdCny({ method: 'exact', date: '2026-07-31' })?.rate).toBe('7.2');
      expect(usdCny({ method: 'exact', date: '2026-08-01' })).toBeNull();
    });

    it('on-or-before takes the rate of the day itself, else the latest before it', () => {
      expect(usdCny({ method: 'on-or-before', date: '2026-07-15' })?.date).toBe('2026-07-15');
      expect(usdCny({ method: 'on-or-before', date: '2026-07-16' })?.date).toBe('2026-07-15');
      expect(usdCny({ method: 'on-or-before', date: '2026-06-30' })?.date).toBe('2026-06-30');
      expect(usdCny({ method: 'on-or-before', date: '2026-12-31' })).toMatchObject({
        rate: '7.2',
        date: '2026-07-31',
        method: 'on-or-before',
      });
      // maxAgeDays counts whole days: 07-15 is 0 days old on 07-15 and 1 day old on 07-16.
      expect(usdCny({ method: 'on-or-before', date: '2026-07-15', maxAgeDays: 0 })?.date).toBe(
        '2026-07-15',
      );
      expect(usdCny({ method: 'on-or-before', date: '2026-07-16', maxAgeDays: 0 })).toBeNull();
      expect(usdCny({ method: 'on-or-before', date: '2026-07-16', maxAgeDays: 1 })?.date).toBe(
        '2026-07-15',
      );
    });

    it('an average includes a rate dated on its start and excludes one dated on its end', () => {
      // [06-30, 07-31): 7.10 and 7.15 → (7.10 + 7.15) / 2 = 7.125.
      expect(usdCny({ method: 'average', start: '2026-06-30', end: '2026-07-31' })).toEqual({
        base: 'USD',
        quote: 'CNY',
        rate: '7.125',
        method: 'average',
        range: { start: '2026-06-30', end: '2026-07-31' },
        observations: 2,
        source: 'PBOC central parity',
        inverted: false,
      });
      // [06-30, 08-01): all three → 21.45 / 3 = 7.15.
      expect(usdCny({ method: 'average', start: '2026-06-30', end: '2026-08-01' })).toMatchObject({
        rate: '7.15',
        observations: 3,
      });
      // [07-15, 07-16): the one rate of 07-15.
      expect(usdCny({ method: 'average', start: '2026-07-15', end: '2026-07-16' })).toMatchObject({
        rate: '7.15',
        observations: 1,
      });
      // No rate inside the range, or an empty range: no quote (an empty range is not an error).
      expect(usdCny({ method: 'average', start: '2026-07-01', end: '2026-07-15' })).toBeNull();
      expect(usdCny({ method: 'average', start: '2026-07-15', end: '2026-07-15' })).toBeNull();
      expect(usdCny({ method: 'average', start: '2026-08-01', end: '2026-09-01' })).toBeNull();
    });

    it('an average names its source only when every averaged rate has the same one', () => {
      const mixed = createFxTable([
        { base: 'EUR', quote: 'USD', rate: '1.08', date: '2026-03-02', source: 'ECB' },
        { base: 'EUR', quote: 'USD', rate: '1.09', date: '2026-03-03', source: 'ECB' },
        { base: 'EUR', quote: 'USD', rate: '1.13', date: '2026-03-04', source: 'Treasury' },
      ]);
      const march = (end: string) =>
        findRate(mixed, 'EUR', 'USD', { method: 'average', start: '2026-03-01', end });
      // (1.08 + 1.09 + 1.13) / 3 = 1.1, from two sources: none named (not even as undefined).
      expect(march('2026-04-01')).toStrictEqual({
        base: 'EUR',
        quote: 'USD',
        rate: '1.1',
        method: 'average',
        range: { start: '2026-03-01', end: '2026-04-01' },
        observations: 3,
        inverted: false,
      });
      expect(march('2026-03-04')).toMatchObject({ rate: '1.085', source: 'ECB' });
    });

    it('inverts the mean of the stored rates, not the mean of the inverses', () => {
      // USD/CNY over July: (7.15 + 7.2) / 2 = 7.175, so CNY/USD = 1 / 7.175
      // = 0.13937282229965156794425087108013937282229965…, 40 significant digits.
      expect(
        findRate(table, 'CNY', 'USD', {
          method: 'average',
          start: '2026-07-01',
          end: '2026-08-01',
        }),
      ).toMatchObject({
        base: 'CNY',
        quote: 'USD',
        rate: '0.1393728222996515679442508710801393728223',
        method: 'average',
        observations: 2,
        inverted: true,
      });
      // 1 / 7.1 = 0.14084507042253521126760563380281690140845…
      expect(findRate(table, 'CNY', 'USD', { method: 'exact', date: '2026-06-30' })).toEqual({
        base: 'CNY',
        quote: 'USD',
        rate: '0.1408450704225352112676056338028169014085',
        method: 'exact',
        date: '2026-06-30',
        source: 'PBOC central parity',
        inverted: true,
      });
    });

    it('a cross rate multiplies its two legs, each found straight or inverted', () => {
      // EUR→CNY via USD on 07-01: 1.10 × 7.10 = 7.81 (both legs straight).
      const eurCny = findRate(
        table,
        'EUR',
        'CNY',
        { method: 'on-or-before', date: '2026-07-01' },
        { via: 'USD' },
      );
      expect(eurCny).toMatchObject({ base: 'EUR', quote: 'CNY', rate: '7.81', inverted: false });
      expect(eurCny?.legs).toStrictEqual([
        {
          base: 'EUR',
          quote: 'USD',
          rate: '1.1',
          method: 'on-or-before',
          date: '2026-07-01',
          inverted: false,
        },
        {
          base: 'USD',
          quote: 'CNY',
          rate: '7.1',
          method: 'on-or-before',
          date: '2026-06-30',
          source: 'PBOC central parity',
          inverted: false,
        },
      ]);
      // CNY→EUR via USD: (1 / 7.1) × (1 / 1.1), each leg rounded to 40 digits, = 1 / 7.81
      // = 0.12804097311139564660691421254801536491677…
      const cnyEur = findRate(
        table,
        'CNY',
        'EUR',
        { method: 'on-or-before', date: '2026-07-01' },
        { via: 'USD' },
      );
      expect(cnyEur).toMatchObject({
        base: 'CNY',
        quote: 'EUR',
        rate: '0.1280409731113956466069142125480153649168',
        method: 'cross',
        inverted: false,
      });
      expect(cnyEur?.legs?.map((leg) => [leg.base, leg.quote, leg.rate, leg.inverted])).toEqual([
        ['CNY', 'USD', '0.1408450704225352112676056338028169014085', true],
        ['USD', 'EUR', '0.9090909090909090909090909090909090909091', true],
      ]);
      // Averages cross too: EUR/USD over July 1.1 (one rate) × USD/CNY 7.175 = 7.8925.
      expect(
        findRate(
          table,
          'EUR',
          'CNY',
          { method: 'average', start: '2026-07-01', end: '2026-08-01' },
          { via: 'USD' },
        ),
      ).toMatchObject({ rate: '7.8925', method: 'cross' });
    });

    it('crosses only when the pair and its inverse are both missing, and only through a third currency', () => {
      const onJuly1 = { method: 'on-or-before', date: '2026-07-01' } as const;
      // The pair itself exists: no cross, even with via.
      expect(findRate(table, 'USD', 'CNY', onJuly1, { via: 'EUR' })).toMatchObject({
        method: 'on-or-before',
        rate: '7.1',
      });
      expect(findRate(table, 'USD', 'CNY', onJuly1, { via: 'EUR' })?.legs).toBeUndefined();
      // via equal to either end is no cross at all.
      expect(findRate(table, 'EUR', 'CNY', onJuly1, { via: 'EUR' })).toBeNull();
      expect(findRate(table, 'EUR', 'CNY', onJuly1, { via: 'CNY' })).toBeNull();
      // A missing first or second leg: no quote.
      expect(findRate(table, 'GBP', 'CNY', onJuly1, { via: 'USD' })).toBeNull();
      expect(findRate(table, 'EUR', 'JPY', onJuly1, { via: 'USD' })).toBeNull();
      // The EUR leg has no rate on or before 06-30: no quote.
      expect(
        findRate(
          table,
          'EUR',
          'CNY',
          { method: 'on-or-before', date: '2026-06-30' },
          { via: 'USD' },
        ),
      ).toBeNull();
    });

    it('the identity quote needs no table entry', () => {
      expect(findRate(table, 'JPY', 'JPY', { method: 'exact', date: '2026-01-01' })).toEqual({
        base: 'JPY',
        quote: 'JPY',
        rate: '1',
        method: 'identity',
        inverted: false,
      });
    });

    it('repeating a rate (in any notation) keeps one entry', () => {
      const twice = createFxTable([rates[0], { ...rates[0], rate: '7.1' }, rates[3]]);
      expect(twice.size).toBe(2);
      expect(twice.series.get('USD/CNY')?.rates.map(String)).toEqual(['7.1']);
      expect(twice.series.get('EUR/USD')?.sources).toEqual([undefined]);
    });

    it('a missing rate names the pair and the lookup in the message', () => {
      const missing = (lookup: Parameters<typeof convert>[3]) =>
        thrown(() => convert(money('1', 'USD'), 'EUR', table, lookup));
      expect(missing({ method: 'exact', date: '2026-06-30' })).toMatchObject({
        message: expect.stringContaining('no USD/EUR rate for exactly 2026-06-30'),
        path: [],
      });
      expect(missing({ method: 'on-or-before', date: '2026-06-29' })).toMatchObject({
        message: expect.stringContaining('no USD/EUR rate for on or before 2026-06-29 (got'),
      });
      expect(missing({ method: 'on-or-before', date: '2026-06-29', maxAgeDays: 3 })).toMatchObject({
        message: expect.stringContaining('on or before 2026-06-29 (at most 3 days old) ('),
      });
      expect(missing({ method: 'average', start: '2026-08-01', end: '2026-09-01' })).toMatchObject({
        message: expect.stringContaining('an average over [2026-08-01, 2026-09-01)'),
      });
    });
  });

  describe('errors name the place and the reason', () => {
    const detail = (run: () => unknown) =>
      (thrown(run) as { issues?: Array<{ message: string }> }).issues?.[0]?.message;
    const on = { method: 'exact', date: '2026-06-30' } as const;

    it('findRate prefixes its paths: base, quote, lookup, lookup.end', () => {
      expect(thrown(() => findRate(table, 'XAU', 'USD', on))).toMatchObject({
        code: 'UNKNOWN_CURRENCY',
        path: ['base'],
      });
      expect(thrown(() => findRate(table, 'USD', 'XAU', on, { path: ['fx'] }))).toMatchObject({
        code: 'UNKNOWN_CURRENCY',
        path: ['fx', 'quote'],
      });
      expect(
        thrown(() => findRate(table, 'USD', 'CNY', { method: 'exact' } as never, { path: ['fx'] })),
      ).toMatchObject({ code: 'INVALID_INPUT', path: ['fx', 'lookup', 'date'] });
      const reversed = { method: 'average', start: '2026-08-01', end: '2026-07-01' } as const;
      expect(thrown(() => findRate(table, 'USD', 'CNY', reversed, { path: ['fx'] }))).toMatchObject(
        {
          code: 'INVALID_DATE_RANGE',
          path: ['fx', 'lookup', 'end'],
          value: reversed,
        },
      );
      expect(detail(() => findRate(table, 'USD', 'CNY', reversed))).toBe(
        'the averaging range ends before it starts',
      );
    });

    it('rates say why they are refused', () => {
      const rate = { base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-01-01' };
      expect(detail(() => createFxTable([{ ...rate, rate: '-7.1' }]))).toBe(
        'a rate must be above zero',
      );
      expect(detail(() => createFxTable([{ ...rate, quote: 'USD' }]))).toBe(
        'base and quote must differ',
      );
      expect(detail(() => createFxTable([rate, { ...rate, rate: '7.2' }]))).toBe(
        'two different USD/CNY rates on 2026-01-01 (see index 0)',
      );
    });

    it('sorts a long series by date, whatever the order of arrival', () => {
      const days = Array.from({ length: 100 }, (_, i) => {
        const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
        return { base: 'USD', quote: 'JPY', rate: String(150 + i), date: day };
      });
      // Odd days backwards, then even days forwards: runs in both directions.
      const shuffled = [
        ...days.filter((_, i) => i % 2 === 1).reverse(),
        ...days.filter((_, i) => i % 2 === 0),
      ];
      const series = createFxTable(shuffled).series.get('USD/JPY');
      expect(series?.dates).toEqual(days.map((day) => day.date));
      expect(series?.rates.map(String)).toEqual(days.map((day) => day.rate));
    });
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
