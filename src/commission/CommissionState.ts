import { z } from 'zod';
import { attempt, type ErrorPath, parseWith, type SafeResult } from '../errors';
import { IsoDate } from '../period';
import { InvoiceLedger } from './InvoiceLedger';
import { PayeeState } from './PayeeState';
import { Statement } from './Statement';

/**
 * The JSON state `closePeriod` carries from one period to the next: the closed periods with
 * their immutable statements, each payee's carried state and the invoice ledger. Start with
 * `emptyCommissionState()`; store it as JSON; read it back with {@link parseCommissionState}.
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
        statements: z.array(Statement),
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
