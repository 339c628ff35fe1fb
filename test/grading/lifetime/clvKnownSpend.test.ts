import { describe, expect, it } from 'vitest';
import { customerLifetimeValue, safeCustomerLifetimeValue } from '../../../src/grading/lifetime';
import { toMoneyJson } from '../../../src/money';

const bgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }; // Fader, Hardie & Lee (2005), CDNOW
const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };
const options = { unit: 'weeks', months: 12, discountRate: '0.01', currency: 'USD' } as const;

describe('customerLifetimeValue with a known spend', () => {
  it('equals the Gamma-Gamma CLV when the known spend is that model’s expected spend', () => {
    const gg = customerLifetimeValue(
      { bgNbd, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 } },
      customer,
      options,
    );
    const known = customerLifetimeValue(
      { bgNbd, spend: gg.expectedSpend.amount.toString() },
      customer,
      options,
    );
    expect(known.unrounded.amount.toString()).toBe(gg.unrounded.amount.toString());
    expect(toMoneyJson(known.value)).toEqual(toMoneyJson(gg.value));
  });

  it('is linear in the spend: value = Σ discounted expected purchases × spend', () => {
    const at = (spend: string) => customerLifetimeValue({ bgNbd, spend }, customer, options);
    const one = at('1');
    const sum = one.months.reduce(
      (s, m) => s + m.expectedPurchases / m.discountFactor.toNumber(),
      0,
    );
    expect(Number(one.unrounded.amount)).toBeCloseTo(sum, 9);
    // Exact decimal arithmetic to 40 digits: the same to 30 significant digits.
    expect(at('25.00').unrounded.amount.toSignificantDigits(30).toString()).toBe(
      one.unrounded.amount.times(25).toSignificantDigits(30).toString(),
    );
    expect(at('0').value.amount.toString()).toBe('0');
  });

  it('needs no monetary value and traces the spend as given', () => {
    const clv = customerLifetimeValue(
      { bgNbd, spend: '25.00' },
      { frequency: 0, recency: 0, T: 10 },
      options,
    );
    expect(clv.trace.map((s) => s.code).slice(0, 4)).toEqual([
      'grading.clv.model.bg-nbd',
      'grading.clv.history.weeks',
      'grading.clv.palive',
      'grading.clv.expected-spend.known',
    ]);
  });

  it('refuses a negative or non-decimal spend at [models, spend]', () => {
    for (const spend of ['-1', 5, 'x']) {
      const result = safeCustomerLifetimeValue({ bgNbd, spend } as never, customer, options);
      expect(result.success ? null : result.error.path).toEqual(['models', 'spend']);
    }
  });
});
