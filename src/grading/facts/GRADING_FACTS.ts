import type { FactTypes } from '../../rules';

/**
 * The facts grade policies and point rules know (DOMAIN §4), by name and type. From a summary
 * ({@link gradingFacts}): `purchases` (first included), `repeatPurchases`, `recencyDays` (days
 * since the last purchase), `tenureDays`, `tenureYears` (whole years since the first purchase —
 * 合作年限), `amount` (net value of all purchases), `averageAmount` (the summary's average
 * value), `returnedAmount`, `periodAmount` and `periodPurchases` (from the summary's
 * `periodStart`), `firstPurchase`, `lastPurchase`. From the caller (other systems, the
 * lifetime-value models, other scores): `satisfaction` (CSAT 1–5), `nps` (0–10),
 * `overdueAmount`, `clv`, `pAlive` (probability alive, 0–1), `rfmR`, `rfmF`, `rfmM`,
 * `rfmSegment`, `abcClass`, `points`. A policy may declare more in its `facts`. Number facts
 * follow the rules language: safe integers or decimal strings, never binary floats — write a
 * model's probability as a decimal string (`pAlive: p.toFixed(4)`), and a CLV as money (the
 * lifetime models' `estimateToMoney`).
 *
 * @example
 * ```ts
 * [GRADING_FACTS.amount, GRADING_FACTS.tenureYears, GRADING_FACTS.lastPurchase];
 * //=> ['money', 'number', 'date']
 * ```
 */
export const GRADING_FACTS: FactTypes = Object.freeze({
  purchases: 'number',
  repeatPurchases: 'number',
  recencyDays: 'number',
  tenureDays: 'number',
  tenureYears: 'number',
  amount: 'money',
  averageAmount: 'money',
  returnedAmount: 'money',
  periodAmount: 'money',
  periodPurchases: 'number',
  firstPurchase: 'date',
  lastPurchase: 'date',
  satisfaction: 'number',
  nps: 'number',
  overdueAmount: 'money',
  clv: 'money',
  pAlive: 'number',
  rfmR: 'number',
  rfmF: 'number',
  rfmM: 'number',
  rfmSegment: 'string',
  abcClass: 'string',
  points: 'number',
});
