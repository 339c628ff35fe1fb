import { z } from 'zod';
import { EntityId } from '../../model';
import { CurrencyCode, type Money, type MoneyJson } from '../../money';
import { IsoDate } from '../../period';
import { amountProblem } from '../_lib/readAmount';

/** What a transaction amount may be: a decimal string, a safe integer, a bigint or money. */
export type TransactionAmount = string | number | bigint | Money | MoneyJson;

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
export const TransactionAmount = z.custom<TransactionAmount>().superRefine((amount, ctx) => {
  const problem = amountProblem(amount);
  if (problem === undefined) return;
  ctx.addIssue({
    code: 'custom',
    path: problem.field === undefined ? [] : [problem.field],
    message: problem.message,
    input:
      problem.field === undefined ? amount : (amount as Record<string, unknown>)[problem.field],
    params: { code: problem.code },
  });
});

/**
 * Schema of one transaction as summaries read it: who (`customerId`), when (`date`, a
 * `YYYY-MM-DD` day — no time, no zone), how much (`amount`, negative for a return) and,
 * optionally, the `currency` (checked against the ledger's). Summaries do not care where
 * transactions come from: orders ({@link transactionsFromOrders}), invoices, a POS export, a SQL
 * query. {@link ledgerOf} validates every transaction exactly as this schema does, without
 * paying for zod on the million-row path.
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
    currency: CurrencyCode.optional(),
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
