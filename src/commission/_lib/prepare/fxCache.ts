import { CrmRulesError, type ErrorPath } from '../../../errors';
import { type FxLookup, type FxQuote, type FxTable, findRate } from '../../../money';
import type { FxPolicy } from '../../model/PlanPolicies';
import { type Arithmetic, type Num, parseNum } from '../exact/num';

/** Internal: a conversion rate found once and reused: the quote kept on lines and its rate. */
export interface FxHit {
  /** `null` for the same currency (no conversion). */
  readonly quote: FxQuote | null;
  readonly rate: Num;
}

/** Internal: what date (or range) a conversion uses. */
export type FxWhen = { readonly date: string } | { readonly start: string; readonly end: string };

/** Internal: FX lookups cached per (pair, date or range, policy settings). */
export interface FxCache {
  get(from: string, to: string, when: FxWhen, policy: FxPolicy, path: ErrorPath): FxHit;
}

/** Internal: creates an FX cache over a table. */
export function fxCache(table: FxTable, arithmetic: Arithmetic): FxCache {
  // policy → from → to → date (or range) → hit: no key strings on the hot path.
  const hits = new Map<FxPolicy, Map<string, Map<string, Map<string, FxHit>>>>();
  const identity: FxHit = { quote: null, rate: parseNum('1', arithmetic) };
  return {
    get(from, to, when, policy, path) {
      if (from === to) return identity;
      let byFrom = hits.get(policy);
      if (byFrom === undefined) {
        byFrom = new Map();
        hits.set(policy, byFrom);
      }
      let byTo = byFrom.get(from);
      if (byTo === undefined) {
        byTo = new Map();
        byFrom.set(from, byTo);
      }
      let byWhen = byTo.get(to);
      if (byWhen === undefined) {
        byWhen = new Map();
        byTo.set(to, byWhen);
      }
      const at = 'date' in when ? when.date : `${when.start}..${when.end}`;
      let hit = byWhen.get(at);
      if (hit === undefined) {
        hit = lookup(table, from, to, when, policy, path, arithmetic);
        byWhen.set(at, hit);
      }
      return hit;
    },
  };
}

function lookup(
  table: FxTable,
  from: string,
  to: string,
  when: FxWhen,
  policy: FxPolicy,
  path: ErrorPath,
  arithmetic: Arithmetic,
): FxHit {
  const how: FxLookup =
    'date' in when
      ? policy.lookup === 'exact'
        ? { method: 'exact', date: when.date }
        : policy.maxAgeDays === undefined
          ? { method: 'on-or-before', date: when.date }
          : { method: 'on-or-before', date: when.date, maxAgeDays: policy.maxAgeDays }
      : { method: 'average', start: when.start, end: when.end };
  const quote = findRate(table, from, to, how, policy.via === undefined ? {} : { via: policy.via });
  if (quote === null)
    throw new CrmRulesError(
      'MISSING_FX_RATE',
      `no ${from}/${to} rate for ${'date' in when ? when.date : `${when.start}..${when.end}`} (${policy.lookup})`,
      {
        path,
        value: { base: from, quote: to, ...('date' in when ? { date: when.date } : when) },
      },
    );
  return { quote: Object.freeze(quote), rate: parseNum(quote.rate, arithmetic) };
}
