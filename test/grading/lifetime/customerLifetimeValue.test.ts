import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coreCatalog,
  findUnrenderable,
  mergeCatalogs,
  renderTrace,
  TraceStep,
} from '../../../src/explain';
import {
  bgNbdConditionalExpectedPurchases,
  customerLifetimeValue,
  gammaGammaExpectedSpend,
  lifetimeCatalog,
} from '../../../src/grading/lifetime';
import { Decimal, toMoneyJson } from '../../../src/money';
import { FH_GAMMA_GAMMA, FHL_2005 } from './_support/cdnow';

const models = { bgNbd: FHL_2005, gammaGamma: FH_GAMMA_GAMMA };
const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 }; // CDNOW customer 1
const options = { unit: 'weeks', months: 12, discountRate: '0.01', currency: 'USD' } as const;
const catalog = mergeCatalogs(coreCatalog, lifetimeCatalog);

describe('customerLifetimeValue', () => {
  it("follows lifetimes' customer_lifetime_value: Σₖ (E[k months] − E[k−1 months]) × spend ÷ (1 + d)ᵏ, 4.345 weeks a month", () => {
    const spend = gammaGammaExpectedSpend(FH_GAMMA_GAMMA, customer);
    let expected = 0;
    let previous = 0;
    for (let k = 1; k <= 12; k++) {
      const cumulative = bgNbdConditionalExpectedPurchases(FHL_2005, customer, 4.345 * k);
      expected += ((cumulative - previous) * spend) / 1.01 ** k;
      previous = cumulative;
    }
    const clv = customerLifetimeValue(models, customer, options);
    expect(clv.unrounded.amount.toNumber()).toBeCloseTo(expected, 8);
    expect(toMoneyJson(clv.value)).toEqual({ amount: expected.toFixed(2), currency: 'USD' });
    expect(clv.months).toHaveLength(12);
    expect(clv.expectedPurchases).toBeCloseTo(previous, 12);
  });

  it('rounds once, at the end, by the stated policy (default half-up to the minor unit)', () => {
    const clv = customerLifetimeValue(models, customer, options);
    const sum = clv.months.reduce((total, m) => total.plus(m.value.amount), new Decimal(0));
    expect(sum.equals(clv.unrounded.amount)).toBe(true);
    expect(
      clv.value.amount.equals(clv.unrounded.amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)),
    ).toBe(true);
    const down = customerLifetimeValue(models, customer, {
      ...options,
      rounding: { mode: 'down', scale: 0 },
    });
    expect(
      down.value.amount.equals(clv.unrounded.amount.toDecimalPlaces(0, Decimal.ROUND_DOWN)),
    ).toBe(true);
    const cash = customerLifetimeValue(models, customer, {
      ...options,
      rounding: { increment: '0.05' },
    });
    expect(cash.value.amount.mod('0.05').isZero()).toBe(true);
  });

  it('uses the population mean spend for a customer without repeat purchases', () => {
    const clv = customerLifetimeValue(models, { frequency: 0, recency: 0, T: 20 }, options);
    const { p, q, gamma } = FH_GAMMA_GAMMA;
    expect(clv.expectedSpend.amount.toNumber()).toBeCloseTo((p * gamma) / (q - 1), 9);
    expect(clv.trace.map((s) => s.code)).toContain('grading.clv.expected-spend.population');
  });

  it('explains itself in English and Chinese with no step left unrendered', () => {
    for (const c of [customer, { frequency: 0, recency: 0, T: 20 }]) {
      for (const rounding of [{}, { increment: '0.05' }, { mode: 'half-even' as const }]) {
        const { trace } = customerLifetimeValue(models, c, { ...options, rounding });
        expect(findUnrenderable(trace, catalog)).toEqual([]);
        for (const step of trace) expect(TraceStep.safeParse(step).success).toBe(true);
      }
    }
    const { trace, value } = customerLifetimeValue(models, customer, options);
    const en = renderTrace(trace, { locale: 'en', catalog });
    const zh = renderTrace(trace, { locale: 'zh-CN', catalog });
    expect(en.at(-1)).toContain(`${toMoneyJson(value).amount} USD`);
    expect(zh.at(-1)).toContain(`${toMoneyJson(value).amount} USD`);
    expect(en.join('\n')).toContain('probability the customer is still active');
    expect(zh.join('\n')).toContain('客户仍然活跃的概率');
  });

  it('refuses bad options and inputs with codes and paths', () => {
    const fail = (run: () => unknown) => {
      try {
        run();
        return null;
      } catch (error) {
        return [(error as { code: string }).code, (error as { path: unknown }).path];
      }
    };
    expect(
      fail(() =>
        customerLifetimeValue(models, customer, { ...options, unit: 'fortnights' as never }),
      ),
    ).toEqual(['UNKNOWN_UNIT', ['options', 'unit']]);
    expect(
      fail(() =>
        customerLifetimeValue(models, customer, { ...options, discountRate: 0.01 as never }),
      ),
    ).toEqual(['INVALID_AMOUNT', ['options', 'discountRate']]);
    expect(
      fail(() => customerLifetimeValue(models, customer, { ...options, discountRate: '-0.01' })),
    ).toEqual(['INVALID_INPUT', ['options', 'discountRate']]);
    expect(fail(() => customerLifetimeValue(models, customer, { ...options, months: 0 }))).toEqual([
      'INVALID_INPUT',
      ['options', 'months'],
    ]);
    expect(
      fail(() => customerLifetimeValue(models, customer, { ...options, currency: 'XYZ' }))?.[1],
    ).toEqual(['options', 'currency']);
    expect(
      fail(() =>
        customerLifetimeValue({ ...models, bgNbd: { ...FHL_2005, r: 0 } }, customer, options),
      ),
    ).toEqual(['INVALID_INPUT', ['models', 'bgNbd', 'r']]);
    expect(
      fail(() =>
        customerLifetimeValue(
          { ...models, gammaGamma: { ...FH_GAMMA_GAMMA, q: 1 } },
          customer,
          options,
        ),
      ),
    ).toEqual(['INVALID_INPUT', ['models', 'gammaGamma', 'q']]);
    expect(
      fail(() => customerLifetimeValue(models, { ...customer, monetaryValue: undefined }, options)),
    ).toEqual(['INVALID_INPUT', ['customer', 'monetaryValue']]);
  });
});

describe('properties', () => {
  const history = fc
    .tuple(
      fc.nat(30),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 80, noNaN: true }),
      fc.double({ min: 1, max: 500, noNaN: true }),
    )
    .map(([frequency, share, T, spend]) => ({
      frequency,
      recency: frequency === 0 ? 0 : share * T,
      T,
      monetaryValue: frequency === 0 ? 0 : spend,
    }));
  const rate = fc
    .integer({ min: 0, max: 500 })
    .map((basisPoints) => new Decimal(basisPoints).div(10_000).toFixed());

  it('is non-negative, and a higher discount rate never raises it', () => {
    fc.assert(
      fc.property(history, rate, rate, fc.integer({ min: 1, max: 36 }), (c, d1, d2, months) => {
        const [low, high] = new Decimal(d1).lte(d2) ? [d1, d2] : [d2, d1];
        const atLow = customerLifetimeValue(models, c, { ...options, months, discountRate: low })
          .unrounded.amount;
        const atHigh = customerLifetimeValue(models, c, { ...options, months, discountRate: high })
          .unrounded.amount;
        expect(atHigh.gte(0)).toBe(true);
        expect(atHigh.lte(atLow)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('without discounting, equals expected purchases over the horizon × expected spend', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 24 }), (c, months) => {
        const clv = customerLifetimeValue(models, c, { ...options, months, discountRate: '0' });
        const whole = clv.expectedPurchases * clv.expectedSpend.amount.toNumber();
        expect(clv.unrounded.amount.toNumber()).toBeCloseTo(whole, 6);
      }),
      { numRuns: 50 },
    );
  });

  it('does not depend on the time unit: weeks and months give the same value', () => {
    fc.assert(
      fc.property(history, (c) => {
        const weeks = customerLifetimeValue(models, c, options);
        const perMonth = 4.345;
        const months = customerLifetimeValue(
          { ...models, bgNbd: { ...FHL_2005, alpha: FHL_2005.alpha / perMonth } },
          { ...c, recency: c.recency / perMonth, T: c.T / perMonth },
          { ...options, unit: 'months' },
        );
        expect(months.unrounded.amount.minus(weeks.unrounded.amount).abs().toNumber()).toBeLessThan(
          1e-6,
        );
      }),
      { numRuns: 30 },
    );
  });
});
