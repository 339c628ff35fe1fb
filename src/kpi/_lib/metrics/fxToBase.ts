import { CrmRulesError, type ErrorPath } from '../../../errors';
import { type FxLookup, type FxTable, findRate } from '../../../money';
import type { KpiFxPolicy } from '../../MeasureKpisOptions';
import { type Exact, ONE, parseExact } from './exact';

/** Internal: which period a fact is measured in, for the period-end and period-average rules. */
export interface FxPeriod {
  readonly start: string;
  readonly end: string;
  /** The period's last day (`end` − 1 day). */
  readonly last: string;
}

/**
 * Internal: conversion rates found once per (pair, date or period) and reused. The lookup is
 * built from the policy exactly as commission builds it, and done by the same `findRate`; a
 * missing rate is `MISSING_FX_RATE` at the fact's path, never 1.
 */
export class FxRates {
  readonly #table: FxTable | undefined;
  readonly #policy: KpiFxPolicy;
  readonly #cache = new Map<string, Exact>();

  constructor(table: FxTable | undefined, policy: KpiFxPolicy) {
    this.#table = table;
    this.#policy = policy;
  }

  /** The rate from `from` to `to` for a fact dated `date` measured in `period`. */
  rate(from: string, to: string, date: string, period: FxPeriod, path: ErrorPath): Exact {
    if (from === to) return ONE;
    const how = this.#lookup(date, period);
    const key = `${from}|${to}|${'date' in how ? how.date : `${how.start}..${how.end}`}`;
    const hit = this.#cache.get(key);
    if (hit !== undefined) return hit;
    if (this.#table === undefined)
      throw new CrmRulesError('MISSING_FX_RATE', `no FX table to convert ${from} to ${to}`, {
        path: [...path],
        value: { base: from, quote: to, date },
      });
    const policy = this.#policy;
    const quote = findRate(this.#table, from, to, how, {
      ...(policy.via === undefined ? {} : { via: policy.via }),
      path: [...path],
    });
    if (quote === null)
      throw new CrmRulesError('MISSING_FX_RATE', `no ${from}/${to} rate for ${date}`, {
        path: [...path],
        value: { base: from, quote: to, ...how },
      });
    const rate = parseExact(quote.rate) as Exact;
    this.#cache.set(key, rate);
    return rate;
  }

  #lookup(date: string, period: FxPeriod): FxLookup {
    const policy = this.#policy;
    switch (policy.policy) {
      case 'document-date':
      case 'payment-date':
        return this.#onDate(date);
      case 'period-end':
        return this.#onDate(period.last);
      case 'period-average':
        return { method: 'average', start: period.start, end: period.end };
      default: {
        const _exhaustive: never = policy.policy;
        return _exhaustive;
      }
    }
  }

  #onDate(date: string): FxLookup {
    const policy = this.#policy;
    if (policy.lookup === 'exact') return { method: 'exact', date };
    return policy.maxAgeDays === undefined
      ? { method: 'on-or-before', date }
      : { method: 'on-or-before', date, maxAgeDays: policy.maxAgeDays };
  }
}
