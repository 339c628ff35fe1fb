import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collectedFraction,
  kpiPayoutPercent,
  lineMargin,
  managerChain,
  matchRate,
  multiplierFactor,
  safeSplitCredit,
  settleDraw,
  splitCredit,
} from '../../src/commission';
import { Decimal, money } from '../../src/money';
import { decimalText, thrown } from '../_support/money';

describe('splitCredit', () => {
  it('divides exactly at the amount’s precision, ties to the earlier share', () => {
    const shares = (amount: string, percents: string[]) =>
      splitCredit(
        money(amount, 'USD'),
        percents.map((percent, i) => ({ payeeId: `P${i}`, percent })),
      ).map((s) => s.amount.amount.toFixed());
    expect(shares('100.01', ['50', '50'])).toEqual(['50.01', '50']);
    expect(shares('100', ['33.34', '33.33', '33.33'])).toEqual(['33.34', '33.33', '33.33']);
    expect(shares('10.005', ['50', '50'])).toEqual(['5.003', '5.002']);
    expect(shares('-1', ['60', '40'])).toEqual(['-0.6', '-0.4']);
  });

  it('refuses shares that do not add up to 100 %', () => {
    const error = thrown(() =>
      splitCredit(money('1', 'USD'), [
        { payeeId: 'A', percent: '60' },
        { payeeId: 'B', percent: '30' },
      ]),
    );
    expect([error.code, error.path, error.value]).toEqual(['SPLIT_NOT_100', ['shares'], '90']);
  });

  it('the shares always add up to the amount', () => {
    fc.assert(
      fc.property(
        decimalText({ scale: 3, digits: 12 }),
        fc.integer({ min: 1, max: 9999 }),
        (amount, first) => {
          const percents = [(first / 100).toFixed(2), ((10000 - first) / 100).toFixed(2)];
          const parts = splitCredit(
            money(amount, 'USD'),
            percents.map((percent, i) => ({ payeeId: `P${i}`, percent })),
          );
          expect(
            parts.reduce((sum, p) => sum.plus(p.amount.amount), new Decimal(0)).eq(amount),
          ).toBe(true);
        },
      ),
    );
  });
});

describe('splitCredit with mode: full (issue 18)', () => {
  // OCA commission and Tryton pay an agent and a principal each on the whole line: two agents at
  // 100 % each, as a CreditSplit of mode 'full' credits them.
  const full = [
    { payeeId: 'AGENT', percent: '100' },
    { payeeId: 'PRINCIPAL', percent: '100' },
  ];

  it('credits each named payee with the whole amount', () => {
    const parts = splitCredit(money('1234.56', 'USD'), full, { mode: 'full' });
    expect(parts.map((p) => [p.payeeId, p.percent, p.amount.amount.toFixed(2)])).toEqual([
      ['AGENT', '100', '1234.56'],
      ['PRINCIPAL', '100', '1234.56'],
    ]);
    expect(
      splitCredit(money('-10', 'USD'), full, { mode: 'full' })[1]?.amount.amount.toFixed(),
    ).toBe('-10');
  });

  it('refuses a share that is not 100 %, and an unknown mode', () => {
    const error = thrown(() =>
      splitCredit(
        money('1', 'USD'),
        [
          { payeeId: 'A', percent: '100' },
          { payeeId: 'B', percent: '50' },
        ],
        { mode: 'full' },
      ),
    );
    expect([error.code, error.path, error.value]).toEqual([
      'INVALID_AMOUNT',
      ['shares', 1, 'percent'],
      '50',
    ]);
    const mode = thrown(() =>
      splitCredit(money('1', 'USD'), full, { mode: 'shadow' as unknown as 'full' }),
    );
    expect([mode.code, mode.path]).toEqual(['INVALID_INPUT', ['options', 'mode']]);
    expect(safeSplitCredit(money('1', 'USD'), full).success).toBe(false);
    expect(safeSplitCredit(money('1', 'USD'), full, { mode: 'full' }).success).toBe(true);
  });

  it('each payee gets what a sole owner would: the full amount, whatever the count', () => {
    fc.assert(
      fc.property(
        decimalText({ scale: 2, digits: 10 }),
        fc.integer({ min: 1, max: 5 }),
        (amount, n) => {
          const shares = Array.from({ length: n }, (_, i) => ({
            payeeId: `P${i}`,
            percent: '100',
          }));
          const sole = splitCredit(money(amount, 'USD'), [{ payeeId: 'P0', percent: '100' }]);
          for (const part of splitCredit(money(amount, 'USD'), shares, { mode: 'full' }))
            expect(part.amount.amount.eq(sole[0]?.amount.amount ?? Number.NaN)).toBe(true);
        },
      ),
    );
  });
});

describe('matchRate', () => {
  const table: Parameters<typeof matchRate>[0] & { kind: 'rate-table' } = {
    kind: 'rate-table',
    noMatch: { kind: 'error' },
    rows: [
      { id: 'any', when: { all: [] }, rate: { kind: 'rate' as const, value: '0.01' } },
      {
        id: 'big',
        when: { fact: 'line.amount', operator: 'gte', value: { amount: '10000', currency: 'USD' } },
        rate: { kind: 'rate' as const, value: '0.02' },
      },
      {
        id: 'de',
        when: { fact: 'customer.country', operator: 'eq', value: 'DE' },
        rate: { kind: 'rate' as const, value: '0.03' },
      },
      {
        id: 'de-too',
        when: { fact: 'customer.country', operator: 'eq', value: 'DE' },
        rate: { kind: 'rate' as const, value: '0.04' },
      },
    ],
  };
  it('orders matches: pinned facts beat bounded ones, which beat none; ties go to the earlier row', () => {
    expect(
      matchRate(
        table,
        { 'customer.country': 'FR', 'line.amount': money('5', 'USD') },
        { currency: 'USD' },
      ).row,
    ).toBe('any');
    expect(
      matchRate(
        table,
        { 'customer.country': 'FR', 'line.amount': money('20000', 'USD') },
        { currency: 'USD' },
      ).row,
    ).toBe('big');
    expect(
      matchRate(
        table,
        { 'customer.country': 'DE', 'line.amount': money('20000', 'USD') },
        { currency: 'USD' },
      ).row,
    ).toBe('de');
  });

  it('states no match as an error with the path', () => {
    const only = { ...table, rows: table.rows.slice(2) };
    const error = thrown(() =>
      matchRate(
        only,
        { 'customer.country': 'FR' },
        { currency: 'USD', path: ['orders', 3, 'lines', 1] },
      ),
    );
    expect([error.code, error.path]).toEqual(['NO_RATE_MATCH', ['orders', 3, 'lines', 1]]);
  });
});

describe('managerChain', () => {
  const payees = [{ id: 'A', managerId: 'B' }, { id: 'B', managerId: 'C' }, { id: 'C' }];
  it('walks the reporting line up to the levels asked', () => {
    expect(managerChain(payees, 'A', 1)).toEqual(['B']);
    expect(managerChain(payees, 'A', 5)).toEqual(['B', 'C']);
  });
  it('refuses a loop and an unknown payee', () => {
    expect(
      thrown(() =>
        managerChain(
          [
            { id: 'A', managerId: 'B' },
            { id: 'B', managerId: 'A' },
          ],
          'A',
          5,
        ),
      ).code,
    ).toBe('INVALID_INPUT');
    expect(thrown(() => managerChain(payees, 'Z', 1)).code).toBe('UNKNOWN_PAYEE');
  });
});

describe('small calculators', () => {
  it('floors margins at zero, for reversals too', () => {
    const m = (amount: string, cost: string, floor?: 'zero' | 'none') =>
      lineMargin(money(amount, 'USD'), money(cost, 'USD'), floor).amount.toFixed();
    expect([
      m('1000', '700'),
      m('1000', '1200'),
      m('1000', '1200', 'none'),
      m('-1000', '-1200'),
      m('-1000', '-700'),
    ]).toEqual(['300', '0', '-200', '0', '-300']);
  });

  it('collects in proportion to the invoice total (DOMAIN §6: 500 of 1,000 → 50 %)', () => {
    expect(collectedFraction(money('500', 'USD'), money('1000', 'USD')).toFixed()).toBe('0.5');
    expect(thrown(() => collectedFraction(money('500', 'EUR'), money('1000', 'USD'))).code).toBe(
      'CURRENCY_MISMATCH',
    );
  });

  it('reads multiplier bands and KPI payout curves', () => {
    const bands = [
      { from: '0', to: '100', factor: '0.8' },
      { from: '100', to: null, factor: '1.5' },
    ];
    expect([
      multiplierFactor(bands, '99.99').toFixed(),
      multiplierFactor(bands, '100').toFixed(),
    ]).toEqual(['0.8', '1.5']);
    const curve = [
      { score: '60', payoutPercent: '0' },
      { score: '80', payoutPercent: '100' },
    ];
    expect(['50', '70', '95'].map((s) => kpiPayoutPercent(curve, s).toFixed())).toEqual([
      '0',
      '50',
      '100',
    ]);
  });

  it("settles a draw given the plan's draw object as it is, the recovery rounded down to the currency's minor unit (issue 18)", () => {
    const draw = {
      kind: 'recoverable' as const,
      amountPerPeriod: { amount: '5000', currency: 'USD' },
      maxRecoveryPercent: '33.3333',
    };
    // 1,000 above the draw, 33.3333 % of it = 333.333 → 333.33 recovered, 0.003 stays owed.
    const settled = settleDraw(draw, '6000', '900');
    expect([settled.recovery.toFixed(), settled.balance.toFixed()]).toEqual(['333.33', '566.67']);
    expect(
      settleDraw(
        { ...draw, amountPerPeriod: { amount: '5000', currency: 'JPY' } },
        '6000',
        '900',
      ).recovery.toFixed(),
    ).toBe('333');
  });

  it('settles draws (QuotaPath: 5,000 draw, 3,200 earned → 1,800; recoverable keeps 1,800 owed)', () => {
    const recoverable = settleDraw({ kind: 'recoverable', amount: '5000' }, '3200', '0');
    expect([recoverable.topUp.toFixed(), recoverable.balance.toFixed()]).toEqual(['1800', '1800']);
    const later = settleDraw(
      { kind: 'recoverable', amount: '5000', maxRecoveryPercent: '50' },
      '7000',
      '1800',
    );
    expect([later.recovery.toFixed(), later.balance.toFixed()]).toEqual(['1000', '800']);
    expect(
      settleDraw({ kind: 'non-recoverable', amount: '5000' }, '3200', '0').balance.toFixed(),
    ).toBe('0');
  });
});
