import * as z from 'zod';
import { attempt, type ErrorPath, parseWith, type SafeResult } from '../../errors';
import { CurrencyCode, DecimalString } from '../../money';
import { IsoDate } from '../../period';
import { InvoiceLedger } from './InvoiceLedger';
import { PayeeState } from './PayeeState';

/**
 * What the carried state keeps of one closed statement: its payee, currency and the `earned` and
 * `payable` totals it closed with — enough to check that the statements a recalculation is given
 * are the ones that closed (see `closePeriod`'s `recalculate`), small enough to keep for every
 * period.
 *
 * @example
 * ```ts
 * ClosedTotals.parse({ payeeId: 'AM-7', currency: 'USD', earned: '40.00', payable: '40.00' }).payable;
 * //=> '40.00'
 * ```
 */
export const ClosedTotals = z.strictObject({
  payeeId: z.string(),
  currency: CurrencyCode,
  earned: DecimalString,
  payable: DecimalString,
});
/** The totals a closed statement closed with (see {@link ClosedTotals}). */
export type ClosedTotals = z.infer<typeof ClosedTotals>;

/**
 * The JSON state `closePeriod` carries from one period to the next: for each closed period its
 * dates, the totals of its statements and each payee's YTD figures before it; each payee's
 * carried state; the invoice ledger. The closed statements themselves are not in it: they are
 * `closePeriod`'s result, for the caller to store (for instance as closed `commission-statement`
 * results in a `ResultStore`), so the state grows with the payees and open items, not with every
 * line ever paid. Start with `emptyCommissionState()`; store it as JSON; read it back with
 * {@link parseCommissionState}.
 *
 * @example
 * ```ts
 * CommissionState.parse({}).closed;
 * //=> []
 * ```
 */
export const CommissionState = z.strictObject({
  version: z.literal(1).default(1),
  closed: z
    .array(
      z.strictObject({
        period: z.string(),
        start: IsoDate,
        end: IsoDate,
        /** The totals of the period's statements, by payee id. */
        totals: z.array(ClosedTotals).default([]),
        /** Each payee's YTD figures as they stood before the period (for recalculation). */
        carried: z.array(PayeeState).default([]),
      }),
    )
    .default([]),
  payees: z.array(PayeeState).default([]),
  invoices: z.array(InvoiceLedger).default([]),
});

/** The carried commission state (see {@link CommissionState}). */
export type CommissionState = z.infer<typeof CommissionState>;

/**
 * An empty state: nothing closed, nothing carried.
 *
 * @returns a new empty {@link CommissionState}
 * @example
 * ```ts
 * emptyCommissionState();
 * //=> { version: 1, closed: [], payees: [], invoices: [] }
 * ```
 */
export function emptyCommissionState(): CommissionState {
  return { version: 1, closed: [], payees: [], invoices: [] };
}

/**
 * Reads a stored state (JSON), checking its shape.
 *
 * @param input - the state as JSON, untrusted
 * @param path - where the state sits in the caller's input
 * @returns the state with defaults filled in
 * @throws CrmRulesError `INVALID_INPUT` (or the field's own code) with the path
 * @example
 * ```ts
 * parseCommissionState({ payees: [{ payeeId: 'AM-7', drawBalance: '1800.00' }] }).payees[0]?.drawBalance;
 * //=> '1800.00'
 * ```
 */
export function parseCommissionState(input: unknown, path: ErrorPath = []): CommissionState {
  return parseWith(CommissionState, input, { path });
}

/**
 * Like {@link parseCommissionState}, returning `{ success, data | error }`.
 *
 * @param input - the state as JSON, untrusted
 * @param path - where the state sits in the caller's input
 * @returns the state or the {@link index!CrmRulesError}
 * @example
 * ```ts
 * safeParseCommissionState({ version: 2 }).success;
 * //=> false
 * ```
 */
export function safeParseCommissionState(
  input: unknown,
  path: ErrorPath = [],
): SafeResult<CommissionState> {
  return attempt(() => parseCommissionState(input, path));
}
