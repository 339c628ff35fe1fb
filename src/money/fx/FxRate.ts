import * as z from 'zod/mini';
import { englishByDefault } from '../../_lib/englishByDefault';
import { fxRateField } from '../../_lib/numberNotes';
import { IsoDate } from '../../period/IsoDate';
import { CurrencyCode } from '../currencies';
import { Decimal, DecimalString } from '../decimal';

/**
 * One exchange rate as data: on `date`, 1 `base` = `rate` `quote` (`{ base: 'USD', quote: 'CNY',
 * rate: '7.1', date: '2026-06-30' }` means 1 USD = 7.1 CNY). `source` names where it came from
 * (a central bank fixing, a treasury table).
 *
 * @example
 * ```ts
 * FxRate.parse({ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30' }).rate;
 * //=> '7.1'
 * ```
 */
export const FxRate = /* @__PURE__ */ englishByDefault(() =>
  z
    .strictObject({
      base: CurrencyCode,
      quote: CurrencyCode,
      rate: fxRateField(
        DecimalString.check(
          z.refine((text) => new Decimal(text).gt(0), {
            message: 'a rate must be above zero',
          }),
        ),
      ),
      date: IsoDate,
      source: z.optional(z.string().check(z.minLength(1))),
    })
    .check(
      z.refine((rate) => rate.base !== rate.quote, {
        message: 'base and quote must differ',
        path: ['quote'],
      }),
    ),
);
/** An exchange rate (see {@link FxRate}). */
export type FxRate = z.infer<typeof FxRate>;

/**
 * Which rate a conversion uses. `exact`: the rate dated exactly `date`. `on-or-before`: the latest
 * rate dated on or before `date` (optionally no older than `maxAgeDays`). `average`: the mean of
 * the rates dated in the half-open range `[start, end)`, e.g. a month's average.
 *
 * @example
 * ```ts
 * FxLookup.parse({ method: 'on-or-before', date: '2026-07-04' }).method;
 * //=> 'on-or-before'
 * ```
 */
export const FxLookup = /* @__PURE__ */ englishByDefault(() =>
  z.discriminatedUnion('method', [
    z.strictObject({ method: z.literal('exact'), date: IsoDate }),
    z.strictObject({
      method: z.literal('on-or-before'),
      date: IsoDate,
      maxAgeDays: z.optional(z.number().check(z.int(), z.gte(0))),
    }),
    z.strictObject({ method: z.literal('average'), start: IsoDate, end: IsoDate }),
  ]),
);
/** How to pick a rate (see {@link FxLookup}). */
export type FxLookup = z.infer<typeof FxLookup>;

/**
 * The rate a conversion actually used, kept on every converted line: pair, rate (full
 * precision, as a decimal string), method, the rate's own date (or the averaged range and the
 * number of rates averaged), its source, whether it was inverted from the opposite pair, and the
 * legs when it was crossed through another currency.
 */
export interface FxQuote {
  readonly base: string;
  readonly quote: string;
  readonly rate: string;
  readonly method: FxLookup['method'] | 'identity' | 'cross';
  readonly date?: string;
  readonly range?: { readonly start: string; readonly end: string };
  readonly observations?: number;
  readonly source?: string;
  readonly inverted: boolean;
  readonly legs?: readonly FxQuote[];
}
