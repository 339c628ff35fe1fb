import { CrmRulesError, type ErrorPath } from '../../../../errors';
import { type FxLookup, type FxTable, findRate } from '../../../../money';
import { ONE, parseScaled, type Scaled } from '../../../../money/_lib/scaled/Fixed';
import type { KpiFxPolicy } from '../../../MeasureKpisOptions';

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
  /** Rates by pair (`from`, then `to`) and then by date (or `start..end` for an average). */
  readonly #cache = new Map<string, Map<string, Map<string, Scaled>>>();

  constructor(table: FxTable | undefined, policy: KpiFxPolicy) {
    this.#table = table;
    this.#policy = policy;
  }

  /** The rate from `from` to `to` for a fact dated `date` measured in `period`. */
  rate(from: string, to: string, date: string, period: FxPeriod, path: ErrorPath): Scaled {
    if (from === to) return ONE;
    const byDate = this.#pair(from, to);
    const key = this.#dateKey(date, period);
    const hit = byDate.get(key);
    if (hit !== undefined) return hit;
    const how = this.#lookup(date, period);
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
    const rate = parseScaled(quote.rate, true) as Scaled;
    byDate.set(key, rate);
    return rate;
  }

  /** The cache of one pair, looked up without building a key per fact. */
  #pair(from: string, to: string): Map<string, Scaled> {
    let byTo = this.#cache.get(from);
    if (byTo === undefined) {
      byTo = new Map();
      this.#cache.set(from, byTo);
    }
    let byDate = byTo.get(to);
    if (byDate === undefined) {
      byDate = new Map();
      byTo.set(to, byDate);
    }
    return byDate;
  }

  /** What the rate depends on besides the pair: the date looked up, or the averaged period. */
  #dateKey(date: string, period: FxPeriod): string {
    switch (this.#policy.policy) {
      case 'document-date':
      case 'payment-date':
        return date;
      case 'period-end':
        return period.last;
      case 'period-average':
        return `${period.start}..${period.end}`;
      default: {
        const _exhaustive: never = this.#policy.policy;
        return _exhaustive;
      }
    }
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
