import * as z from 'zod';
import { fxRateField, rateField } from '../../_lib/numberNotes';
import { TraceStep } from '../../explain';
import { CurrencyCode, DecimalString, type FxQuote, MoneyJson, RoundingMode } from '../../money';
import { IsoDate } from '../../period';

/**
 * What a statement line is: `commission` (a component on a credit line), `override` (a manager's
 * override on rolled-up credit), `spiff`, `kpi-bonus`, `multiplier` (accelerator or decelerator),
 * `gate` (earnings withheld by an unmet gate), `cap`, `minimum`, `clawback`, `adjustment` (a
 * recalculation of a closed period), `manual`, `deferral` / `release` (earned now, payable later),
 * `holdback` (withheld or released) and `draw` (top-up or recovery).
 *
 * @example
 * ```ts
 * LineKind.options.length;
 * //=> 15
 * ```
 */
export const LineKind = z.enum([
  'commission',
  'override',
  'spiff',
  'kpi-bonus',
  'multiplier',
  'gate',
  'cap',
  'minimum',
  'clawback',
  'adjustment',
  'manual',
  'deferral',
  'release',
  'holdback',
  'draw',
]);
/** A statement line kind (see {@link LineKind}). */
export type LineKind = z.infer<typeof LineKind>;

/**
 * Where a line comes from: a document line (`order`, `invoice`, `payment`, `credit-note`; for a
 * payment, `lineId` is `invoiceId/invoiceLineId`), the `period` itself (period-level steps), a
 * `manual` adjustment or the carried `state` (draw balance, holdbacks, deferrals).
 *
 * @example
 * ```ts
 * LineSource.parse({ kind: 'invoice', id: 'INV-1', lineId: '1', date: '2026-03-20' }).kind;
 * //=> 'invoice'
 * ```
 */
export const LineSource = z.strictObject({
  kind: z.enum(['order', 'invoice', 'payment', 'credit-note', 'period', 'manual', 'state']),
  id: z.string(),
  lineId: z.string().nullable(),
  date: IsoDate,
});
/** The source of a line (see {@link LineSource}). */
export type LineSource = z.infer<typeof LineSource>;

/**
 * One slice of a tiered line: the part of the measured amount in `[from, to)` (`amount`, negative
 * for a reduction) at `rate`, paying `commission`. A `retro` slice is the retroactive uplift of a
 * `whole` or `interpolated` table: the amount measured before this line, at the change of rate.
 *
 * @example
 * ```ts
 * TierSlice.parse({ kind: 'slice', from: '145000', to: '150000', rate: '0.04', amount: '5000', commission: '200' }).commission;
 * //=> '200'
 * ```
 */
export const TierSlice = z.strictObject({
  kind: z.enum(['slice', 'retro']),
  from: DecimalString,
  to: DecimalString,
  rate: rateField(DecimalString),
  amount: DecimalString,
  commission: DecimalString,
});
/** A tier slice (see {@link TierSlice}). */
export type TierSlice = z.infer<typeof TierSlice>;

/**
 * The rate a line used: the rate-table `row` (`null` for flat rates, tiers and the no-match
 * rate), the rate's `kind` and `value` (a fraction for `rate`, a plan-currency amount for
 * fixed rates, and for `tiers` the line's blended rate — its commission ÷ the amount measured on
 * the line, rounded half-up to 6 places of the fraction; `null` for a line of 0), and the stated
 * `noMatch` reason when no row matched.
 *
 * @example
 * ```ts
 * AppliedRate.parse({ row: 'pumps', kind: 'rate', value: '0.05', noMatch: null }).value;
 * //=> '0.05'
 * ```
 */
export const AppliedRate = z.strictObject({
  row: z.string().nullable(),
  kind: z.enum(['rate', 'fixed-per-line', 'fixed-per-unit', 'none', 'tiers']),
  value: z.nullable(DecimalString),
  noMatch: z.string().nullable(),
});
/** The rate a line used (see {@link AppliedRate}). */
export type AppliedRate = z.infer<typeof AppliedRate>;

/**
 * Schema of a stored FX quote (see `FxQuote` in the money module): pair, rate and how it was
 * found. Extra fields (date, range, source, legs) are kept as they are.
 *
 * @example
 * ```ts
 * FxQuoteJson.parse({ base: 'CNY', quote: 'USD', rate: '0.14', method: 'on-or-before', date: '2026-03-01', inverted: false }).rate;
 * //=> '0.14'
 * ```
 */
export const FxQuoteJson = z
  .looseObject({
    base: CurrencyCode,
    quote: CurrencyCode,
    rate: fxRateField(DecimalString),
    method: z.string(),
    inverted: z.boolean(),
  })
  .transform((quote) => quote as unknown as FxQuote);

/**
 * Who a line credits and how much: `owner` (the document's owner, 100 %), `split` (a share of a
 * dividing credit split), `full` (full credit from a `full` split: the whole line, as a sole
 * owner would have it, while other payees named by the split have it too) or `roll-up` (credit
 * from the team `level` steps below), and the `share` in percent of the document line.
 *
 * @example
 * ```ts
 * LineCredit.parse({ kind: 'split', share: '60', level: 0, from: null }).share;
 * //=> '60'
 * ```
 */
export const LineCredit = z.strictObject({
  kind: z.enum(['owner', 'split', 'roll-up', 'full']),
  share: DecimalString,
  level: z.number().int().min(0),
  /** For roll-up credit: the payee whose credit rolled up. */
  from: z.string().nullable(),
});
/** The credit of a line (see {@link LineCredit}). */
export type LineCredit = z.infer<typeof LineCredit>;

/**
 * One statement line, as stored (JSON). Every line carries its source, the credit share, the
 * original amount and FX quote, the base (in `baseCurrency`, the plan currency), the rate or tier
 * slices, the modifiers applied, the conversion to the statement `currency`, the rounding, the
 * unrounded and rounded amounts, `params` with the figures of its own step (period steps,
 * clawbacks, draws …), and its `trace` — the coded steps that explain it in `en` and `zh-CN`
 * (`commissionCatalog`), derived from the data above by `explainLine`. The `id` is stable: it
 * comes from the kind, the component and the source, never from input order.
 *
 * @example
 * ```ts
 * StatementLine.shape.trace.safeParse([]).success;
 * //=> true
 * ```
 */
export const StatementLine = z.strictObject({
  id: z.string(),
  kind: LineKind,
  component: z.string().nullable(),
  source: LineSource,
  credit: LineCredit.nullable(),
  original: z.nullable(MoneyJson),
  fx: FxQuoteJson.nullable(),
  measure: z.enum(['amount', 'margin']).nullable(),
  cost: z.nullable(DecimalString),
  base: z.nullable(DecimalString),
  baseCurrency: z.nullable(CurrencyCode),
  rate: AppliedRate.nullable(),
  slices: z.array(TierSlice).nullable(),
  modifiers: z.array(z.string()),
  payFx: FxQuoteJson.nullable(),
  rounding: z
    .strictObject({
      at: z.enum(['line', 'component', 'statement']),
      mode: RoundingMode,
      scale: z.number().int().min(0),
    })
    .nullable(),
  currency: CurrencyCode,
  unrounded: DecimalString,
  amount: DecimalString,
  reason: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
  trace: z.array(TraceStep),
});
/** A statement line (see {@link StatementLine}). */
export type StatementLine = z.infer<typeof StatementLine>;
/** A statement line without its trace: the data the trace is derived from. */
export type StatementLineData = Omit<StatementLine, 'trace'>;
