import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFxTable, Decimal } from '../../src/money';
import { type FxOpenItem, fxOpenPosition, safeFxOpenPosition } from '../../src/risk';

const fx = createFxTable([
  { base: 'EUR', quote: 'USD', rate: '1.1', date: '2026-06-30', source: 'ECB' },
  { base: 'USD', quote: 'JPY', rate: '150', date: '2026-06-30' },
]);
const item = (
  id: string,
  kind: FxOpenItem['kind'],
  amount: string,
  currency = 'EUR',
): FxOpenItem => ({
  id,
  kind,
  amount: { amount, currency },
});

describe('fxOpenPosition', () => {
  it('nets assets, liabilities and FX bought and sold as the textbook does', () => {
    // Saunders & Cornett, Financial Institutions Management (problem as posted with its answer at
    // https://justaaa.com/finance/93959-citibank-holds-23-million-in-foreign-exchange): FX assets
    // 23m, FX liabilities 18m, FX bought 5m, FX sold 12m → net foreign assets 5m, net FX bought
    // −7m, net foreign exposure −2m (a short position). Here the currency is EUR, valued in USD
    // at 1.1 (our own rate): −2,200,000 USD.
    const { positions, findings } = fxOpenPosition(
      [
        item('A', 'receivable', '23000000'),
        item('L', 'payable', '18000000'),
        item('B', 'hedge-buy', '5000000'),
        item('S', 'hedge-sell', '12000000'),
      ],
      { baseCurrency: 'USD', fx, asOf: '2026-07-01' },
    );
    expect(findings).toEqual([]);
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({
      currency: 'EUR',
      receivables: '23000000',
      payables: '18000000',
      hedgesBought: '5000000',
      hedgesSold: '12000000',
      net: '-2000000',
      baseValue: '-2200000',
      quote: { rate: '1.1', date: '2026-06-30', source: 'ECB', inverted: false },
    });
    // A short position gains when the currency falls: −5 % on −2.2m is +110,000.
    expect(positions[0]?.scenarios).toEqual([
      { shockPercent: '-10', rate: '0.99', baseValue: '-1980000', change: '220000' },
      { shockPercent: '-5', rate: '1.045', baseValue: '-2090000', change: '110000' },
      { shockPercent: '5', rate: '1.155', baseValue: '-2310000', change: '-110000' },
      { shockPercent: '10', rate: '1.21', baseValue: '-2420000', change: '-220000' },
    ]);
  });

  it('inverts a rate when needed, leaves the base currency out and reports limits in the base', () => {
    const { positions, findings } = fxOpenPosition(
      [item('J', 'receivable', '1500000', 'JPY'), item('U', 'receivable', '999', 'USD')],
      {
        baseCurrency: 'USD',
        fx,
        asOf: '2026-07-01',
        policy: {
          effectiveFrom: '2026-01-01',
          shocksPercent: ['-20'],
          maxOpenPosition: { amount: '9000', currency: 'USD' },
          maxShockLoss: { amount: '1999.99', currency: 'USD' },
        },
      },
    );
    expect(positions.map((p) => [p.currency, p.baseValue, p.quote.inverted])).toEqual([
      ['JPY', '10000', true],
    ]);
    expect(findings.map((f) => [f.code, f.subject.id, f.evidence])).toEqual([
      [
        'fx.open-position.exceeded',
        'JPY',
        {
          currency: 'JPY',
          net: '1500000',
          baseValue: '10000.00',
          limit: '9000.00',
          baseCurrency: 'USD',
        },
      ],
      [
        'fx.shock-loss.exceeded',
        'JPY',
        {
          currency: 'JPY',
          shockPercent: '-20',
          loss: '2000.00',
          limit: '1999.99',
          baseCurrency: 'USD',
        },
      ],
    ]);
  });

  it('refuses a missing rate, a duplicate id and a limit outside the base currency', () => {
    expect(
      safeFxOpenPosition([item('G', 'payable', '1', 'GBP')], {
        baseCurrency: 'USD',
        fx,
        asOf: '2026-07-01',
      }),
    ).toMatchObject({
      success: false,
      error: { code: 'MISSING_FX_RATE', path: ['options', 'fx'] },
    });
    expect(
      safeFxOpenPosition([item('A', 'payable', '1'), item('A', 'payable', '2')], {
        baseCurrency: 'USD',
        fx,
        asOf: '2026-07-01',
      }),
    ).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['documents', 1, 'id'] },
    });
    expect(
      safeFxOpenPosition([item('A', 'payable', '1')], {
        baseCurrency: 'USD',
        fx,
        asOf: '2026-07-01',
        policy: { effectiveFrom: '2026-01-01', maxOpenPosition: { amount: '1', currency: 'EUR' } },
      }),
    ).toMatchObject({
      success: false,
      error: {
        code: 'CURRENCY_MISMATCH',
        path: ['options', 'policy', 'maxOpenPosition', 'currency'],
      },
    });
    expect(
      safeFxOpenPosition([item('A', 'payable', '0')], {
        baseCurrency: 'USD',
        fx,
        asOf: '2026-07-01',
      }),
    ).toMatchObject({
      success: false,
      error: { code: 'INVALID_AMOUNT', path: ['documents', 0, 'amount', 'amount'] },
    });
  });

  describe('properties', () => {
    const kinds = fc.constantFrom<FxOpenItem['kind']>(
      'receivable',
      'payable',
      'hedge-buy',
      'hedge-sell',
    );
    const items = (prefix: string) =>
      fc
        .array(
          fc.tuple(kinds, fc.integer({ min: 1, max: 10 ** 9 }), fc.constantFrom('EUR', 'JPY')),
          { maxLength: 12 },
        )
        .map((specs) =>
          specs.map(([kind, n, currency], i) =>
            item(`${prefix}${i}`, kind, (n / 100).toFixed(2), currency),
          ),
        );
    const options = { baseCurrency: 'USD', fx, asOf: '2026-07-01' };
    const nets = (docs: FxOpenItem[]) =>
      Object.fromEntries(fxOpenPosition(docs, options).positions.map((p) => [p.currency, p.net]));

    it('is additive over documents and independent of their order', () => {
      fc.assert(
        fc.property(items('a'), items('b'), (a, b) => {
          const both = nets([...a, ...b]);
          const [na, nb] = [nets(a), nets(b)];
          for (const currency of Object.keys(both)) {
            const sum = new Decimal(na[currency] ?? 0).plus(nb[currency] ?? 0);
            expect(sum.eq(both[currency] ?? 'NaN')).toBe(true);
          }
          expect(fxOpenPosition([...b, ...a], options)).toEqual(
            fxOpenPosition([...a, ...b], options),
          );
        }),
        { numRuns: 30 },
      );
    });

    it('never passes a position whose value is above the limit', () => {
      fc.assert(
        fc.property(items('a'), fc.integer({ min: 0, max: 10 ** 7 }), (docs, limit) => {
          const policy = {
            effectiveFrom: '2026-01-01',
            maxOpenPosition: { amount: String(limit), currency: 'USD' },
          };
          const { positions, findings } = fxOpenPosition(docs, { ...options, policy });
          for (const p of positions) {
            const flagged = findings.some((f) => f.subject.id === p.currency);
            expect(flagged).toBe(new Decimal(p.baseValue).abs().gt(limit));
          }
        }),
        { numRuns: 30 },
      );
    });
  });
});
