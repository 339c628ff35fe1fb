import * as z from 'zod';
import { percentField } from '../../_lib/numberNotes';
import { TraceStep } from '../../explain';
import { CurrencyCode, DecimalString, RoundingMode } from '../../money';
import { IsoDate } from '../../period';
import { StatementLine } from './StatementLine';

/**
 * The totals of a statement, in the payee currency: `earned` (commission, overrides, SPIFFs,
 * bonuses, multipliers, gates, caps, minimums, clawbacks), `adjustments` (recalculations and
 * manual lines), `timing` (deferred and released), `holdback`, `draw`, and `payable` — the sum
 * of all lines, exactly.
 *
 * @example
 * ```ts
 * StatementTotals.parse({ earned: '100.00', adjustments: '0.00', timing: '0.00', holdback: '0.00', draw: '0.00', payable: '100.00' }).payable;
 * //=> '100.00'
 * ```
 */
export const StatementTotals = z.strictObject({
  earned: DecimalString,
  adjustments: DecimalString,
  timing: DecimalString,
  holdback: DecimalString,
  draw: DecimalString,
  payable: DecimalString,
});
/** Statement totals (see {@link StatementTotals}). */
export type StatementTotals = z.infer<typeof StatementTotals>;

/**
 * The plan-year-to-date view of a statement (the YTD true-up): what was earned in the plan year
 * before this period and including it, what was paid before it, and what is payable now.
 *
 * @example
 * ```ts
 * YtdSummary.parse({ planYear: '2026', earnedBefore: '0.00', earned: '100.00', paidBefore: '0.00', payable: '100.00' }).planYear;
 * //=> '2026'
 * ```
 */
export const YtdSummary = z.strictObject({
  planYear: z.string(),
  earnedBefore: DecimalString,
  earned: DecimalString,
  paidBefore: DecimalString,
  payable: DecimalString,
});
/** A YTD summary (see {@link YtdSummary}). */
export type YtdSummary = z.infer<typeof YtdSummary>;

/**
 * One payee's commission statement for one period: the plan version used for period-level steps,
 * the plan and statement currencies, the rounding applied, attainment (credited base in the plan
 * currency against the period quota, in percent — or units against a quota in units, with
 * `measure: 'quantity'`, on a plan whose `quotaMeasure` is `quantity`), the lines, the totals (`payable` = Σ lines,
 * exactly), the YTD summary, the recoverable draw balance carried out of the period
 * (`drawBalance`, in the statement currency at its minor-unit scale; `'0.00'` without a
 * recoverable draw) and the statement's own trace.
 *
 * @example
 * ```ts
 * Statement.shape.lines.safeParse([]).success;
 * //=> true
 * ```
 */
export const Statement = z.strictObject({
  payeeId: z.string(),
  period: z.string(),
  start: IsoDate,
  end: IsoDate,
  planId: z.string(),
  planVersion: z.number().int(),
  planCurrency: CurrencyCode,
  currency: CurrencyCode,
  rounding: z.strictObject({
    at: z.enum(['line', 'component', 'statement']),
    mode: RoundingMode,
    scale: z.number().int().min(0),
  }),
  attainment: z.strictObject({
    credited: DecimalString,
    quota: z.nullable(DecimalString),
    percent: z.nullable(percentField(DecimalString)),
    /** `quantity` when the plan's `quotaMeasure` counts units (credited and quota are units). */
    measure: z.optional(z.literal('quantity')),
  }),
  lines: z.array(StatementLine),
  totals: StatementTotals,
  ytd: YtdSummary,
  drawBalance: DecimalString,
  trace: z.array(TraceStep),
});
/** A commission statement (see {@link Statement}). */
export type Statement = z.infer<typeof Statement>;
