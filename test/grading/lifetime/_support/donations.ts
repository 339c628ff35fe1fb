import { hasSharedData, readSharedCsv } from '../../../_support/sharedData';

export { hasSharedData };

/**
 * The 1995 donor cohort of Fader, Hardie & Shang (2010), "Customer-Base Analysis in a
 * Discrete-Time Noncontractual Setting", Marketing Science 29(6): 11,104 donors, 6 yearly
 * opportunities (1996–2001), as 22 patterns with a count each, as distributed with lifetimes
 * (`donations.csv`: frequency, recency, periods, weights). Read from
 * `../shared/data/lifetimes-extra` (never copied into the project).
 */
export function donationPatterns(): Array<{
  frequency: number;
  recency: number;
  n: number;
  count: number;
}> {
  return readSharedCsv('lifetimes-extra/donations.csv').map((row) => ({
    frequency: Number(row.frequency),
    recency: Number(row.recency),
    n: Number(row.periods),
    count: Number(row.weights),
  }));
}

/** Published BG/BB estimates on the donations (FHS 2010, table 2; lifetimes' test). */
export const FHS_2010 = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } as const;
