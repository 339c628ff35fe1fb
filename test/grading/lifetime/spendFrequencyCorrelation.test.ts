import { describe, expect, it } from 'vitest';
import { spendFrequencyCorrelation } from '../../../src/grading/lifetime';
import { cdnowWithSpend, hasSharedData } from './_support/cdnow';

const row = (frequency: number, monetaryValue: number) => ({
  frequency,
  recency: 1,
  T: 2,
  monetaryValue,
});

describe('spendFrequencyCorrelation', () => {
  it('is +1 and −1 for exactly linear relations, and skips customers without repeat purchases', () => {
    expect(
      spendFrequencyCorrelation([
        row(1, 10),
        row(2, 20),
        row(3, 30),
        { frequency: 0, recency: 0, T: 2 },
      ]),
    ).toEqual({
      correlation: 1,
      customers: 3,
    });
    expect(spendFrequencyCorrelation([row(1, 30), row(2, 20), row(3, 10)]).correlation).toBeCloseTo(
      -1,
      12,
    );
  });

  it.skipIf(!hasSharedData)(
    'is weak on CDNOW, so the Gamma-Gamma independence assumption is reasonable there',
    () => {
      const rows = cdnowWithSpend().filter((r) => r.frequency > 0);
      const n = rows.length;
      const mx = rows.reduce((s, r) => s + r.frequency, 0) / n;
      const my = rows.reduce((s, r) => s + r.monetaryValue, 0) / n;
      const cov = rows.reduce((s, r) => s + (r.frequency - mx) * (r.monetaryValue - my), 0);
      const vx = rows.reduce((s, r) => s + (r.frequency - mx) ** 2, 0);
      const vy = rows.reduce((s, r) => s + (r.monetaryValue - my) ** 2, 0);
      const result = spendFrequencyCorrelation(cdnowWithSpend());
      expect(result.customers).toBe(n);
      expect(result.correlation).toBeCloseTo(cov / Math.sqrt(vx * vy), 10);
      expect(Math.abs(result.correlation)).toBeLessThan(0.3);
    },
  );

  it('needs three repeat customers whose frequency and spend vary: INSUFFICIENT_DATA', () => {
    expect(() => spendFrequencyCorrelation([row(1, 10), row(2, 20)])).toThrow(
      expect.objectContaining({ code: 'INSUFFICIENT_DATA' }),
    );
    expect(() => spendFrequencyCorrelation([row(2, 10), row(2, 20), row(2, 30)])).toThrow(
      expect.objectContaining({ code: 'INSUFFICIENT_DATA' }),
    );
  });

  it('refuses a repeat customer without spend at [index, "monetaryValue"]', () => {
    expect(() =>
      spendFrequencyCorrelation([row(1, 10), { frequency: 2, recency: 1, T: 2 }]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [1, 'monetaryValue'] }));
  });
});
