import { attempt, attemptAsync, parseWith, type RunOptions, type SafeResult } from '../../errors';
import { withoutRunOptions } from '../../errors/_lib/runControl';
import { checkAsyncIterable, checkIterable } from '../_lib/input/checkArgument';
import type { SummaryResult } from './CustomerSummary';
import { type LedgerOptionsInput, ledgerOf, ledgerOfAsync } from './ledgerOf';
import { SummaryOptions, type SummaryOptionsInput } from './SummaryOptions';
import { summarise } from './summarise';

/**
 * Options of {@link summariseTransactions}: the ledger's `currency` (and its `dateFormat` and
 * `numericIds`, see `LedgerOptions`), the summary options, and a
 * `signal` and `onProgress` callback (see {@link index!RunOptions}).
 */
export type SummariseTransactionsOptions = SummaryOptionsInput &
  RunOptions &
  Pick<LedgerOptionsInput, 'currency' | 'dateFormat' | 'numericIds'>;

/**
 * Summarises transactions in one call: {@link ledgerOf} then {@link summarise}. The options are
 * checked before the first transaction is read. `onProgress` hears the stages `read`
 * (transactions) and `summarise` (customers); `signal` stops the run with `ABORTED` (see
 * {@link index!RunOptions}).
 *
 * @param transactions - untrusted transactions (any iterable, read once)
 * @param options - `currency` plus the {@link SummaryOptions}, `signal`, `onProgress`
 * @returns the summaries
 * @throws CrmRulesError as {@link ledgerOf} and {@link summarise}; `ABORTED` (path
 * `['options', 'signal']`, value: the signal's reason) once the signal is aborted
 * @example
 * ```ts
 * summariseTransactions(
 *   [{ customerId: 'C-1', date: '2026-01-05', amount: '120.00' }],
 *   { currency: 'USD', end: '2026-03-31', convention: 'rfm' },
 * ).summaries[0]?.recency;
 * //=> 85
 * ```
 * @example
 * ```ts
 * const reports: string[] = [];
 * summariseTransactions([{ customerId: 'C-1', date: '2026-01-05', amount: '120.00' }], {
 *   currency: 'USD',
 *   end: '2026-03-31',
 *   onProgress: ({ stage, done, total }) => reports.push(`${stage} ${done}/${total ?? '?'}`),
 * });
 * reports;
 * //=> ['read 0/1', 'read 1/1', 'summarise 0/1', 'summarise 1/1']
 * ```
 */
export function summariseTransactions(
  transactions: Iterable<unknown>,
  options: SummariseTransactionsOptions,
): SummaryResult {
  const { ledger, rest, run } = split(options);
  checkIterable(transactions, ['transactions']);
  return summarise(ledgerOf(transactions, { ...ledger, ...run }), rest);
}

/**
 * Like {@link summariseTransactions}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeSummariseTransactions(null, null).success;
 * //=> false
 * ```
 */
export function safeSummariseTransactions(
  transactions: Iterable<unknown>,
  options: SummariseTransactionsOptions,
): SafeResult<SummaryResult> {
  return attempt(() => summariseTransactions(transactions, options));
}

/**
 * The async form of {@link summariseTransactions}, for streams and cursors; `options.signal` is
 * looked at between any two transactions.
 *
 * @param transactions - an async (or sync) iterable of untrusted transactions
 * @param options - `currency` plus the {@link SummaryOptions}
 * @returns a promise of the summaries
 * @throws CrmRulesError (as a rejection) as {@link summariseTransactions}
 * @example
 * ```ts
 * async function* rows() {
 *   yield { customerId: 'C-1', date: '2026-01-05', amount: '120.00' };
 * }
 * (await summariseTransactionsAsync(rows(), { currency: 'USD', end: '2026-01-31' })).summaries.length;
 * //=> 1
 * ```
 */
export async function summariseTransactionsAsync(
  transactions: AsyncIterable<unknown> | Iterable<unknown>,
  options: SummariseTransactionsOptions,
): Promise<SummaryResult> {
  const { ledger, rest, run } = split(options);
  checkAsyncIterable(transactions, ['transactions']);
  return summarise(await ledgerOfAsync(transactions, { ...ledger, ...run }), rest);
}

/**
 * Like {@link summariseTransactionsAsync}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * (await safeSummariseTransactionsAsync(null, null)).success;
 * //=> false
 * ```
 */
export function safeSummariseTransactionsAsync(
  transactions: AsyncIterable<unknown> | Iterable<unknown>,
  options: SummariseTransactionsOptions,
): Promise<SafeResult<SummaryResult>> {
  return attemptAsync(() => summariseTransactionsAsync(transactions, options));
}

function split(options: SummariseTransactionsOptions): {
  ledger: Pick<LedgerOptionsInput, 'currency' | 'dateFormat' | 'numericIds'>;
  rest: SummaryOptionsInput & RunOptions;
  run: RunOptions;
} {
  const { currency, dateFormat, numericIds, ...rest } = (options ??
    {}) as SummariseTransactionsOptions;
  parseWith(SummaryOptions, withoutRunOptions(rest), { path: ['options'] });
  const { signal, onProgress } = rest;
  const ledger = {
    currency,
    ...(dateFormat === undefined ? {} : { dateFormat }),
    ...(numericIds === undefined ? {} : { numericIds }),
  };
  return { ledger, rest, run: { signal, onProgress } };
}
