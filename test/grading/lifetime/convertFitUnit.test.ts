import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertFitUnit,
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  predictPurchases,
  safeConvertFitUnit,
  safeCustomerLifetimeValue,
  safePredictPurchases,
} from '../../../src/grading/lifetime';
import { simulateBgNbd, simulateParetoNbd } from './_support/simulate';

// Simulated customers, in weeks, and the same customers in days (every duration × 7).
const weeks = simulateBgNbd({ r: 0.5, alpha: 5, a: 0.8, b: 2.5 }, 600, 40, 18);
const days = weeks.map((c) => ({ ...c, recency: c.recency * 7, T: c.T * 7 }));
const weekly = fitBgNbd(weeks, { unit: 'weeks' });

describe('fits remember their time unit', () => {
  it('records FitOptions.unit, or null when not stated', () => {
    expect(weekly.unit).toBe('weeks');
    expect(fitBgNbd(weeks).unit).toBeNull();
    const spend = weeks
      .filter((c) => c.frequency > 0)
      .map((c, i) => ({ ...c, monetaryValue: 10 + (i % 7) }));
    expect(fitGammaGamma(spend, { unit: 'weeks' }).unit).toBe('weeks');
  });

  it('weeks → days multiplies α by 7 and leaves r, a, b', () => {
    const daily = convertFitUnit(weekly, 'days');
    expect(daily.unit).toBe('days');
    expect(daily.params.alpha).toBeCloseTo(weekly.params.alpha * 7, 12);
    expect([daily.params.r, daily.params.a, daily.params.b]).toEqual([
      weekly.params.r,
      weekly.params.a,
      weekly.params.b,
    ]);
    expect(convertFitUnit(daily, 'weeks').params.alpha).toBeCloseTo(weekly.params.alpha, 12);
    expect(convertFitUnit(weekly, 'weeks')).toBe(weekly);
  });

  it('the conversion is the fit a refit on the data in days finds (the MLE is equivariant)', () => {
    const refit = fitBgNbd(days, { unit: 'days' });
    const converted = convertFitUnit(weekly, 'days');
    for (const name of ['r', 'alpha', 'a', 'b'] as const)
      expect(Math.abs(refit.params[name] / converted.params[name] - 1)).toBeLessThan(1e-4);
  });

  it('Pareto/NBD: α and β (both times) scale, r and s do not', () => {
    const rows = simulateParetoNbd({ r: 0.6, alpha: 8, s: 0.7, beta: 10 }, 300, 40, 4);
    const fit = fitParetoNbd(rows, { unit: 'weeks' });
    const daily = convertFitUnit(fit, 'days');
    expect(daily.params.alpha).toBeCloseTo(fit.params.alpha * 7, 10);
    expect(daily.params.beta).toBeCloseTo(fit.params.beta * 7, 10);
    expect(daily.params.s).toBe(fit.params.s);
  }, 10_000);

  it('refuses months ↔ days or weeks with UNIT_MISMATCH naming both units', () => {
    const result = safeConvertFitUnit(weekly, 'months');
    expect(
      result.success ? null : [result.error.code, result.error.path, result.error.value],
    ).toEqual(['UNIT_MISMATCH', ['unit'], { fitted: 'weeks', requested: 'months' }]);
    expect(result.success ? '' : result.error.message).toMatch(/weeks.*months/);
    const monthly = fitBgNbd(weeks, { unit: 'months' });
    const forecast = safePredictPurchases(
      monthly,
      { frequency: 1, recency: 2, T: 3 },
      { horizon: 1, unit: 'weeks' },
    );
    expect(forecast.success ? null : [forecast.error.code, forecast.error.path]).toEqual([
      'UNIT_MISMATCH',
      ['options', 'unit'],
    ]);
    const clv = safeCustomerLifetimeValue(
      { bgNbd: monthly, gammaGamma: { p: 6, q: 4, gamma: 15 } },
      { frequency: 1, recency: 2, T: 3, monetaryValue: 20 },
      { unit: 'days', months: 3, discountRate: '0.01', currency: 'USD' },
    );
    expect(clv.success ? null : clv.error.code).toBe('UNIT_MISMATCH');
  });

  it('refuses to convert a fit that states no unit', () => {
    const result = safeConvertFitUnit(fitBgNbd(weeks), 'days');
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['fit', 'unit'],
    ]);
  });

  it('a fit without a unit is taken in the unit asked (as plain parameters are)', () => {
    const plain = fitBgNbd(weeks);
    const customer = { frequency: 2, recency: 10, T: 20 };
    expect(predictPurchases(plain, customer, { horizon: 5, unit: 'days' }).expectedPurchases).toBe(
      predictPurchases(plain.params, customer, { horizon: 5, unit: 'days' }).expectedPurchases,
    );
  });

  it('CLV reads a fit in its own unit as its parameters', () => {
    const customer = { frequency: 2, recency: 10, T: 20, monetaryValue: 30 };
    const options = { unit: 'weeks', months: 6, discountRate: '0.01', currency: 'USD' } as const;
    const gammaGamma = { p: 6, q: 4, gamma: 15 };
    expect(customerLifetimeValue({ bgNbd: weekly, gammaGamma }, customer, options).value).toEqual(
      customerLifetimeValue({ bgNbd: weekly.params, gammaGamma }, customer, options).value,
    );
  });
});

describe('properties', () => {
  it('a prediction asked in days of a weekly fit equals the weekly prediction of the same history', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        fc.double({ min: 0.1, max: 52, noNaN: true }),
        (frequency, share, T, horizon) => {
          const recency = frequency === 0 ? 0 : share * T;
          const inWeeks = predictPurchases(
            weekly,
            { frequency, recency, T },
            { horizon, unit: 'weeks' },
          );
          const inDays = predictPurchases(
            weekly,
            { frequency, recency: recency * 7, T: T * 7 },
            { horizon: horizon * 7, unit: 'days' },
          );
          expect(inDays.expectedPurchases).toBeCloseTo(inWeeks.expectedPurchases, 9);
          expect(inDays.probabilityAlive).toBeCloseTo(inWeeks.probabilityAlive, 9);
        },
      ),
      { numRuns: 50 },
    );
  });
});
