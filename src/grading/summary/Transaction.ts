import * as z from 'zod';
import { EntityId } from '../../model';
import { CurrencyCode, type Money, type MoneyJson } from '../../money';
import { IsoDate } from '../../period';
import { amountProblem, DECIMAL_TEXT } from '../_lib/exact/readAmount';

/** What a transaction amount may be: a decimal string, a safe integer, a bigint or money. */
export type TransactionAmount = string | number | bigint | Money | MoneyJson;

/**
 * The forms of an amount once `amountProblem` has passed it: a bigint or a `Money` (JavaScript
 * values, so `{ not: {} }` in JSON Schema: no JSON document holds one; listed first, so every
 * value passes through unchanged), a decimal string, a safe integer, or money JSON (whose other
 * keys are not read). Only the JSON Schema looks past the first branch.
 */
const AmountForms = z.union([
  z.unknown().meta({ not: {} }),
  z.string().regex(DECIMAL_TEXT),
  z.int(),
  z.looseObject({ amount: z.string().regex(DECIMAL_TEXT), currency: CurrencyCode }),
]);

/**
 * Schema of a transaction amount: a decimal string (`"-12.50"`), a safe integer, a bigint, a
 * `Money` or money JSON `{ amount: "12.50", currency: "USD" }`. Floats, NaN and Infinity fail
 * with `INVALID_AMOUNT`; an unknown currency in money JSON with `UNKNOWN_CURRENCY`. A negative
 * amount is a return (see {@link summarise} for how returns count).
 *
 * @example
 * ```ts
 * [TransactionAmount.safeParse('12.50').success, TransactionAmount.safeParse(12.5).success];
 * //=> [true, false]
 * ```
 */
export const TransactionAmount = z.preprocess((amount, ctx) => {
  const problem = amountProblem(amount);
  if (problem !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: problem.field === undefined ? [] : [problem.field],
      message: problem.message,
      input:
        problem.field === undefined ? amount : (amount as Record<string, unknown>)[problem.field],
      params: { code: problem.code },
    });
  return amount;
}, AmountForms) as z.ZodType<TransactionAmount, TransactionAmount>;

/**
 * Schema of one transaction as summaries read it: who (`customerId`), when (`date`, a
 * `YYYY-MM-DD` day — no time, no zone), how much (`amount`, negative for a return) and,
 * optionally, the `currency` (checked against the ledger's). Summaries do not care where
 * transactions come from: orders ({@link transactionsFromOrders}), invoices, a POS export, a SQL
 * query. {@link ledgerOf} validates every transaction exactly as this schema does, without
 * paying for zod on the million-row path (with its default options: its `dateFormat` and
 * `numericIds` options widen the dates and ids it reads, see `LedgerOptions`).
 *
 * @example
 * ```ts
 * Transaction.parse({ customerId: 'C-1', date: '2026-03-02', amount: '99.90', currency: 'CNY' }).amount;
 * //=> '99.90'
 * ```
 */
export const Transaction = z
  .strictObject({
    customerId: EntityId,
    date: IsoDate,
    amount: TransactionAmount,
    currency: z.optional(CurrencyCode),
  })
  .superRefine((transaction, ctx) => {
    const { amount, currency } = transaction;
    if (currency === undefined || typeof amount !== 'object' || amount === null) return;
    if (amount.currency !== currency)
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: `the amount is in ${amount.currency}, the transaction says ${currency}`,
        input: currency,
        params: { code: 'CURRENCY_MISMATCH' },
      });
  });
/** One transaction (see {@link Transaction}). */
export type Transaction = z.infer<typeof Transaction>;
