import * as z from 'zod';
import { attempt, attemptAsync, parseWith, type RunOptions, type SafeResult } from '../../errors';
import { RunControl, withoutRunOptions } from '../../errors/_lib/runControl';
import { CurrencyCode } from '../../money';
import { checkAsyncIterable, checkIterable } from '../_lib/input/checkArgument';
import { LedgerBuilder } from '../_lib/ledger/LedgerBuilder';
import { readTransactions, readTransactionsAsync } from '../_lib/ledger/readTransactions';
import type { PurchaseLedger } from './PurchaseLedger';

/**
 * The date formats {@link ledgerOf} reads (`LedgerOptions.dateFormat`): `iso-date` (the default:
 * `YYYY-MM-DD` only), `basic-date` (`YYYYMMDD`, as many ERP and POS exports write it) and
 * `iso-date-time` (`YYYY-MM-DD`, or an ISO 8601 date-time such as `2014-01-01 00:00:00` or
 * `2026-03-01T23:30:00-05:00`, whose day is the date as written: the time and zone are not
 * converted, so a purchase stays on the day its writer saw).
 *
 * @example
 * ```ts
 * DATE_FORMATS;
 * //=> ['iso-date', 'basic-date', 'iso-date-time']
 * ```
 */
export const DATE_FORMATS = ['iso-date', 'basic-date', 'iso-date-time'] as const;

/**
 * Options of {@link ledgerOf}: the ISO 4217 `currency` every transaction is in; `dateFormat`
 * (default `iso-date`, see {@link DATE_FORMATS}); `numericIds` (default `false`): when `true`, a
 * `customerId` may also be a number — a safe integer ≥ 0, read as its decimal text (`1234` is the
 * customer `'1234'`); any other number is `INVALID_INPUT`. Ids are text either way, so the ledger
 * (and every summary) lists them in its one order, ascending UTF-16 code units: `'10'` before
 * `'9'`. Sort the summaries by `Number(customerId)` when numeric order matters.
 *
 * @example
 * ```ts
 * LedgerOptions.parse({ currency: 'USD' });
 * //=> { currency: 'USD', dateFormat: 'iso-date', numericIds: false }
 * ```
 */
export const LedgerOptions = z.strictObject({
  currency: CurrencyCode,
  dateFormat: z.enum(DATE_FORMATS).default('iso-date'),
  numericIds: z.boolean().default(false),
});
/** Options of {@link ledgerOf}, parsed. */
export type LedgerOptions = z.infer<typeof LedgerOptions>;
/** Options of {@link ledgerOf} as a caller writes them. */
export type LedgerOptionsInput = z.input<typeof LedgerOptions>;

/**
 * Reads transactions (see {@link Transaction}) into a {@link PurchaseLedger}, streaming: any
 * iterable (an array, a generator over a file or a cursor) is read once, and each transaction is
 * validated as it is read. Amounts stay exact: they are summed as integers of the currency's
 * minor unit (or finer, when an amount has more decimal places), never as binary floats. Rows
 * are then sorted by customer and day in linear time; for very large inputs, read chunks into
 * ledgers and {@link mergeLedgers} them.
 *
 * @param transactions - untrusted transactions `{ customerId, date, amount, currency? }`
 * @param options - the `currency` of the ledger, its `dateFormat` and `numericIds` rule (see
 * {@link LedgerOptions}); `signal` and `onProgress` (stage `read`, see
 * {@link index!RunOptions}): `ABORTED` once the signal is aborted
 * @returns the ledger
 * @throws CrmRulesError at `[index, field]` of the offending transaction: `INVALID_INPUT` (not
 * an object, a bad `customerId`, a date or currency that is not a string), `UNSAFE_KEY`
 * (`__proto__` as id), `INVALID_DATE` (not a calendar day), `INVALID_AMOUNT` (floats, NaN,
 * malformed), `UNKNOWN_CURRENCY`, `CURRENCY_MISMATCH`; and `INVALID_INPUT` /
 * `UNKNOWN_CURRENCY` at `['options', …]` for bad options
 * @example
 * ```ts
 * const ledger = ledgerOf(
 *   [
 *     { customerId: 'C-1', date: '2026-01-05', amount: '120.00' },
 *     { customerId: 'C-1', date: '2026-01-05', amount: '30.00' },
 *     { customerId: 'C-1', date: '2026-02-10', amount: '-20.00' },
 *   ],
 *   { currency: 'USD' },
 * );
 * [ledger.customerIds, ledger.days.length];
 * //=> [['C-1'], 2]
 * ```
 */
export function ledgerOf(
  transactions: Iterable<unknown>,
  options: LedgerOptionsInput & RunOptions,
): PurchaseLedger {
  const { currency, ...input } = parseWith(LedgerOptions, withoutRunOptions(options), {
    path: ['options'],
  });
  checkIterable(transactions, ['transactions']);
  const control = RunControl.of(options);
  const builder = new LedgerBuilder(
    currency,
    Array.isArray(transactions) ? transactions.length : 0,
    input,
  );
  readTransactions(builder, transactions, control);
  return builder.build();
}

/**
 * Like {@link ledgerOf}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeLedgerOf(null, null).success;
 * //=> false
 * ```
 */
export function safeLedgerOf(
  transactions: Iterable<unknown>,
  options: LedgerOptionsInput & RunOptions,
): SafeResult<PurchaseLedger> {
  return attempt(() => ledgerOf(transactions, options));
}

/**
 * Like {@link ledgerOf}, for an async iterable (a stream, a paginated API, a database cursor);
 * `options.signal` is looked at between any two transactions.
 *
 * @param transactions - an async (or sync) iterable of untrusted transactions
 * @param options - the `currency` of the ledger
 * @returns a promise of the ledger
 * @throws CrmRulesError (as a rejection) as {@link ledgerOf}
 * @example
 * ```ts
 * async function* rows() {
 *   yield { customerId: 'C-1', date: '2026-01-05', amount: '120.00' };
 * }
 * (await ledgerOfAsync(rows(), { currency: 'USD' })).customerIds.length;
 * //=> 1
 * ```
 */
export async function ledgerOfAsync(
  transactions: AsyncIterable<unknown> | Iterable<unknown>,
  options: LedgerOptionsInput & RunOptions,
): Promise<PurchaseLedger> {
  const { currency, ...input } = parseWith(LedgerOptions, withoutRunOptions(options), {
    path: ['options'],
  });
  checkAsyncIterable(transactions, ['transactions']);
  const control = RunControl.of(options);
  const builder = new LedgerBuilder(currency, 0, input);
  await readTransactionsAsync(builder, transactions, control);
  return builder.build();
}

/**
 * Like {@link ledgerOfAsync}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * (await safeLedgerOfAsync(null, null)).success;
 * //=> false
 * ```
 */
export function safeLedgerOfAsync(
  transactions: AsyncIterable<unknown> | Iterable<unknown>,
  options: LedgerOptionsInput & RunOptions,
): Promise<SafeResult<PurchaseLedger>> {
  return attemptAsync(() => ledgerOfAsync(transactions, options));
}
