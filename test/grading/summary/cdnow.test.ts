import { beforeAll, describe, expect, it } from 'vitest';
import { fitBgNbd, fitGammaGamma } from '../../../src/grading/lifetime';
import {
  type CustomerSummary,
  ledgerOf,
  type SummaryResult,
  summarise,
  toBtydRows,
} from '../../../src/grading/summary';
import { hasSharedData, readSharedCsv, readSharedText } from '../../_support/sharedData';

/**
 * The CDNOW sample (Fader & Hardie; 1/10 of the cohort of 23,570 first-time buyers of Q1 1997,
 * as distributed with the lifetimes library) and the two summary files lifetimes ships for it:
 * weeks, calibration end 1997-09-30 inclusive, same-day purchases merged, first purchase
 * excluded (../shared/data/cdnow/README.md). Both files are rounded to 2 decimals.
 */
describe.skipIf(!hasSharedData)('CDNOW sample: summaries reproduce lifetimes', () => {
  // Read in beforeAll: a skipped suite's body still runs when tests are collected.
  let transactions: Array<{ customerId: string; date: string; amount: string }> = [];
  let result: SummaryResult;
  let byId = new Map<string, CustomerSummary>();
  beforeAll(() => {
    transactions = readSharedText('cdnow/CDNOW_sample.txt')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [, id, date, , amount] = line.trim().split(/\s+/) as [
          string,
          string,
          string,
          string,
          string,
        ];
        return {
          customerId: String(Number(id)),
          date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
          amount,
        };
      });
    result = summarise(ledgerOf(transactions, { currency: 'USD' }), {
      end: '1997-09-30',
      unit: 'weeks',
    });
    byId = new Map(result.summaries.map((summary) => [summary.customerId, summary]));
  });
  const round2 = (value: number): string => (Math.round(value * 100) / 100).toFixed(2);

  it('reads 6,919 rows of 2,357 customers and counts the 1,959 after the end', () => {
    expect(transactions).toHaveLength(6919);
    expect(result.summaries).toHaveLength(2357);
    expect(result.excluded).toEqual({ afterEnd: 1959, customersWithoutPurchase: 0 });
    expect(result.transactions + result.excluded.afterEnd).toBe(6919);
  });

  it('equals cdnow_customers_summary.csv for every customer (frequency, recency, T)', () => {
    const rows = readSharedCsv('cdnow/cdnow_customers_summary.csv');
    expect(rows).toHaveLength(2357);
    const mismatches = rows.filter((row) => {
      const s = byId.get(row.ID as string);
      return (
        s === undefined ||
        String(s.frequency) !== row.frequency ||
        round2(s.recency) !== Number(row.recency).toFixed(2) ||
        round2(s.T) !== Number(row.T).toFixed(2)
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('equals zbar of cdnow_customers_summary_with_transactions.csv (exact money, half-up)', () => {
    const rows = readSharedCsv('cdnow/cdnow_customers_summary_with_transactions.csv');
    expect(rows).toHaveLength(2357);
    const mismatches = rows.filter((row) => {
      const s = byId.get(row.ID as string);
      return (
        s === undefined ||
        String(s.frequency) !== row.x ||
        round2(s.recency) !== Number(row.t_x).toFixed(2) ||
        round2(s.T) !== Number(row.T).toFixed(2) ||
        s.averageValue.amount.toFixed(2) !== Number(row.zbar).toFixed(2) ||
        Math.abs(s.monetaryValue - Number(row.zbar)) > 0.005 + 1e-9
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('gives BTYD rows in the shape the lifetime-value models read', () => {
    const rows = toBtydRows(result);
    expect(rows).toHaveLength(2357);
    expect(rows[0]).toEqual({
      id: '1',
      frequency: 2,
      recency: (Date.parse('1997-08-02') - Date.parse('1997-01-01')) / 86_400_000 / 7,
      T: 272 / 7,
      monetaryValue: (29.73 + 14.96) / 2,
    });
  });

  it('feeds the lifetime models: BG/NBD and Gamma-Gamma fit the published CDNOW parameters', () => {
    // Fader, Hardie & Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4;
    // Fader & Hardie, Gamma-Gamma: p = 6.25, q = 3.74, γ = 15.44 (DOMAIN §4).
    const rows = toBtydRows(result);
    const bgNbd = fitBgNbd(rows);
    expect(
      [bgNbd.params.r, bgNbd.params.alpha, bgNbd.params.a, bgNbd.params.b].map((v) => v.toFixed(3)),
    ).toEqual(['0.243', '4.414', '0.793', '2.426']);
    expect(bgNbd.logLikelihood.toFixed(1)).toBe('-9582.4');
    const spend = fitGammaGamma(rows.filter((row) => row.frequency > 0));
    expect([
      spend.params.p.toFixed(2),
      spend.params.q.toFixed(2),
      spend.params.gamma.toFixed(2),
    ]).toEqual(['6.25', '3.74', '15.44']);
  });
});
