import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import {
  CurrencyCode,
  createFxTable,
  FxLookup,
  type FxQuote,
  type FxRate,
  type FxTable,
  findRate,
} from '../money';
import { IsoDate } from '../period';
import { sortFindings } from './_lib/catalog/documentFinding';
import { type NetPosition, netPositions } from './_lib/fx/netPositions';
import { positionFindings, type ValuedPosition } from './_lib/fx/positionFindings';
import { FxOpenItem } from './DocumentInputs';
import { FxExposurePolicy, type FxExposurePolicyInput } from './DocumentPolicies';
import type { Finding } from './Finding';

/** Options of {@link fxOpenPosition}. */
export interface FxOpenPositionOptions {
  /** The currency positions are valued in (the company's functional currency). */
  readonly baseCurrency: string;
  /** Rates: a table from `createFxTable`, or the rate records themselves. */
  readonly fx: FxTable | readonly FxRate[];
  /** The valuation date. */
  readonly asOf: string;
  /** Which rate to use; default the latest on or before `asOf`. */
  readonly lookup?: FxLookup;
  /** Shock scenarios and limits; default shocks ±5 % and ±10 %, no limits. */
  readonly policy?: FxExposurePolicyInput;
}

/** One shock scenario of a currency position, valued in the base currency. */
export interface FxScenario {
  /** The move of the currency against the base, in percent (`'-5'`). */
  readonly shockPercent: string;
  /** The shocked rate: rate × (1 + shock ÷ 100). */
  readonly rate: string;
  /** net × shocked rate. */
  readonly baseValue: string;
  /** The gain (positive) or loss (negative) against the position's value. */
  readonly change: string;
}

/** The net open position in one currency (amounts as exact decimal strings). */
export interface FxCurrencyPosition {
  readonly currency: string;
  readonly receivables: string;
  readonly payables: string;
  readonly hedgesBought: string;
  readonly hedgesSold: string;
  /** receivables + hedges bought − payables − hedges sold: long when positive, short when negative. */
  readonly net: string;
  /** The rate used (currency → base), with its date and source. */
  readonly quote: FxQuote;
  /** net × rate, in the base currency. */
  readonly baseValue: string;
  readonly scenarios: readonly FxScenario[];
}

/** What {@link fxOpenPosition} returns. */
export interface FxOpenPositionResult {
  readonly baseCurrency: string;
  readonly asOf: string;
  /** One position per foreign currency, by currency code. */
  readonly positions: readonly FxCurrencyPosition[];
  /** Findings above the policy's limits, by severity then subject. */
  readonly findings: readonly Finding[];
}

const Documents = z.array(FxOpenItem);

function value(
  p: NetPosition,
  quote: FxQuote,
  shocks: readonly string[],
): { valued: ValuedPosition; position: FxCurrencyPosition } {
  const rate = new Decimal(quote.rate);
  const baseValue = p.net.times(rate);
  const moves = shocks.map((shock) => ({ shock, change: baseValue.times(shock).div(100) }));
  const position: FxCurrencyPosition = {
    currency: p.currency,
    receivables: p.receivables.toFixed(),
    payables: p.payables.toFixed(),
    hedgesBought: p.hedgesBought.toFixed(),
    hedgesSold: p.hedgesSold.toFixed(),
    net: p.net.toFixed(),
    quote,
    baseValue: baseValue.toFixed(),
    scenarios: moves.map(({ shock, change }) => ({
      shockPercent: shock,
      rate: rate.times(new Decimal(shock).div(100).plus(1)).toFixed(),
      baseValue: baseValue.plus(change).toFixed(),
      change: change.toFixed(),
    })),
  };
  return { valued: { currency: p.currency, net: p.net, baseValue, scenarios: moves }, position };
}

function rateFor(table: FxTable, currency: string, base: string, lookup: FxLookup): FxQuote {
  const quote = findRate(table, currency, base, lookup, { path: ['options'] });
  if (quote === null)
    throw new CrmRulesError('MISSING_FX_RATE', `no ${currency}/${base} rate for the lookup`, {
      path: ['options', 'fx'],
      value: { base: currency, quote: base, ...lookup },
    });
  return quote;
}

/**
 * The net open FX position per currency (DOMAIN §7): open receivables plus hedges that buy the
 * currency, less open payables and hedges that sell it — long when positive, short when
 * negative — valued in the base currency at the rate the lookup picks (default: the latest on or
 * before `asOf`; the quote, with its date and source, is kept on each position; a missing rate
 * is `MISSING_FX_RATE`, never 1). Each policy shock `s` (percent) moves the currency's rate to
 * rate × (1 + s ÷ 100): the scenario's value is net × that rate and its change is value × s ÷
 * 100, all exact. Items in the base currency carry no FX risk and are left out. Findings, subject
 * the currency: `fx.open-position.exceeded` when |value| is above `maxOpenPosition`,
 * `fx.shock-loss.exceeded` when the worst scenario loses more than `maxShockLoss` (limits in
 * the base currency), sorted by severity then subject.
 *
 * @param documents - the open items ({@link FxOpenItem}), in any order, ids unique
 * @param options - `baseCurrency`, `fx`, `asOf`, optional `lookup` and `policy`
 * ({@link FxExposurePolicy})
 * @returns the positions by currency code and the findings
 * @throws CrmRulesError `MISSING_FX_RATE` at `['options', 'fx']`; `CURRENCY_MISMATCH` for a limit
 * outside the base currency; `INVALID_INPUT` (or the schema's code) under `documents` (a
 * duplicate id at `['documents', i, 'id']`) or `options`
 * @example
 * ```ts
 * const fx = createFxTable([{ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30', source: 'PBOC' }]);
 * const documents = [
 *   { id: 'INV-1', kind: 'receivable', amount: { amount: '100000', currency: 'USD' } },
 *   { id: 'FWD-1', kind: 'hedge-sell', amount: { amount: '60000', currency: 'USD' } },
 * ] as const;
 * const [usd] = fxOpenPosition(documents, { baseCurrency: 'CNY', fx, asOf: '2026-07-03' }).positions;
 * [usd?.net, usd?.baseValue, usd?.quote.date, usd?.scenarios[1]?.change];
 * //=> ['40000', '284000', '2026-06-30', '-14200']
 * ```
 */
export function fxOpenPosition(
  documents: readonly z.input<typeof FxOpenItem>[],
  options: FxOpenPositionOptions,
): FxOpenPositionResult {
  const items = parseWith(Documents, documents, { path: ['documents'] });
  const base = parseWith(CurrencyCode, options?.baseCurrency, {
    path: ['options', 'baseCurrency'],
  });
  const asOf = parseWith(IsoDate, options.asOf, { path: ['options', 'asOf'] });
  const lookup = parseWith(FxLookup, options.lookup ?? { method: 'on-or-before', date: asOf }, {
    path: ['options', 'lookup'],
  });
  const policy = parseWith(FxExposurePolicy, options.policy ?? { effectiveFrom: asOf }, {
    path: ['options', 'policy'],
  });
  const table = Array.isArray(options.fx) ? createFxTable(options.fx) : (options.fx as FxTable);
  const positions: FxCurrencyPosition[] = [];
  const findings: Finding[] = [];
  for (const net of netPositions(items, base)) {
    const { valued, position } = value(
      net,
      rateFor(table, net.currency, base, lookup),
      policy.shocksPercent,
    );
    positions.push(position);
    findings.push(...positionFindings(policy, base, valued));
  }
  return { baseCurrency: base, asOf, positions, findings: sortFindings(findings) };
}

/**
 * Like {@link fxOpenPosition}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeFxOpenPosition(null, null).success;
 * //=> false
 * ```
 */
export function safeFxOpenPosition(
  documents: readonly z.input<typeof FxOpenItem>[],
  options: FxOpenPositionOptions,
): SafeResult<FxOpenPositionResult> {
  return attempt(() => fxOpenPosition(documents, options));
}
