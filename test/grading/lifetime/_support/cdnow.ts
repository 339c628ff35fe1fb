import { hasSharedData, readSharedCsv } from '../../../_support/sharedData';

/**
 * The CDNOW sample (2,357 customers, Fader, Hardie & Lee 2005), as distributed with lifetimes:
 * BTYD summaries in weeks, calibration period 1997-01-01 .. 1997-09-30. Read from
 * `../shared/data/cdnow` (never copied into the project); tests using it skip when it is absent.
 */
export { hasSharedData };

/** `cdnow_customers_summary.csv`: ID, frequency, recency, T. */
export function cdnowSummaries(): Array<{
  id: number;
  frequency: number;
  recency: number;
  T: number;
}> {
  return readSharedCsv('cdnow/cdnow_customers_summary.csv').map((row) => ({
    id: Number(row.ID),
    frequency: Number(row.frequency),
    recency: Number(row.recency),
    T: Number(row.T),
  }));
}

/** `cdnow_customers_summary_with_transactions.csv`: ID, x, t_x, T, zbar (mean repeat spend, USD). */
export function cdnowWithSpend(): Array<{
  id: number;
  frequency: number;
  recency: number;
  T: number;
  monetaryValue: number;
}> {
  return readSharedCsv('cdnow/cdnow_customers_summary_with_transactions.csv').map((row) => ({
    id: Number(row.ID),
    frequency: Number(row.x),
    recency: Number(row.t_x),
    T: Number(row.T),
    monetaryValue: Number(row.zbar),
  }));
}

/** Published BG/NBD estimates on CDNOW (weeks): Fader, Hardie & Lee (2005), Marketing Science 24(2). */
export const FHL_2005 = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } as const;

/** Published Gamma-Gamma estimates on CDNOW: Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value". */
export const FH_GAMMA_GAMMA = { p: 6.25, q: 3.74, gamma: 15.44 } as const;
