import type { z } from 'zod';
import { attempt, CrmRulesError, type SafeResult } from '../errors';
import type { CreditNote, Invoice, Order, Payment } from '../model';
import { Decimal } from '../money';
import { checkInput, checkOptions, materialiseInput } from './_lib/input/checkInput';
import { type ComputeStatementsOptions, computeStatements } from './computeStatements';
import type { CommissionInput } from './model/CommissionInput';
import type { Statement } from './model/Statement';
import type { StatementLine } from './model/StatementLine';

/** Hypothetical documents for {@link estimateCommission}: deals not (yet) closed. */
export interface HypotheticalDeals {
  readonly orders?: readonly z.input<typeof Order>[];
  readonly invoices?: readonly z.input<typeof Invoice>[];
  readonly payments?: readonly z.input<typeof Payment>[];
  readonly creditNotes?: readonly z.input<typeof CreditNote>[];
}

/** What the deals change for one payee. */
export interface PayeeEstimate {
  readonly payeeId: string;
  readonly currency: string;
  /** The change in earned commission (estimate − baseline). */
  readonly earned: string;
  /** The change in what is payable this period. */
  readonly payable: string;
  /** The lines that are new or changed in the estimate. */
  readonly lines: StatementLine[];
}

/** The outcome of {@link estimateCommission}. */
export interface CommissionEstimate {
  readonly baseline: Statement[];
  readonly estimate: Statement[];
  /** Payees whose statement the deals change, sorted by payee id. */
  readonly changes: PayeeEstimate[];
}

const DEAL_FIELDS = ['orders', 'invoices', 'payments', 'creditNotes'] as const;

function checkDeals(deals: unknown): asserts deals is HypotheticalDeals {
  if (typeof deals !== 'object' || deals === null || Array.isArray(deals))
    throw new CrmRulesError('INVALID_INPUT', 'expected the deals { orders?, invoices?, … }', {
      path: ['deals'],
      value: deals,
    });
  for (const field of DEAL_FIELDS) {
    const value = (deals as Record<string, unknown>)[field];
    if (value !== undefined && !Array.isArray(value))
      throw new CrmRulesError('INVALID_INPUT', 'expected an array of documents', {
        path: ['deals', field],
        value,
      });
  }
}

function concat<T>(
  a: Iterable<T> | AsyncIterable<T> | undefined,
  b: readonly T[] | undefined,
): T[] {
  return [...((a ?? []) as Iterable<T>), ...(b ?? [])];
}

/**
 * What-if: runs the same engine with and without hypothetical deals ("what do I earn if I close
 * this?") and returns both statements and the difference per payee — the change in earned and
 * payable commission and the lines that are new or changed (a new deal can move earlier lines'
 * neighbours into a higher tier, and period steps such as accelerators and caps move with it).
 *
 * @param input - the period as it stands: arrays or synchronous iterables, each read once (a
 * one-shot generator is read into an array first, so the baseline and the estimate see the same
 * documents)
 * @param deals - hypothetical orders, invoices, payments, credit notes (ids must not clash)
 * @param options - as {@link computeStatements}, `state` included
 * @returns `{ baseline, estimate, changes }`
 * @throws CrmRulesError as {@link computeStatements}, with paths into the merged documents;
 * `INVALID_INPUT` at `['deals', field]` for deals that are not arrays
 * @example
 * ```ts
 * // 145,000 closed this month under marginal tiers (< 150,000 at 4 %, then 6 %): what does a
 * // new deal of 20,000 earn?
 * const input = {
 *   period: '2026-03',
 *   plans: [{ id: 'p', version: 1, name: 'Plan', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [{ id: 'base', name: 'Base', calculation: { kind: 'tiers', mode: 'marginal', measure: 'period-to-date',
 *       tiers: [{ from: '0', to: '150000', rate: '0.04' }, { from: '150000', to: null, rate: '0.06' }] } }] }],
 *   assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-03-05', dueDate: '2026-04-04', currency: 'USD', total: '145000.00' }],
 * };
 * estimateCommission(input, { invoices: [{ id: 'INV-NEW', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-03-28', dueDate: '2026-04-27', currency: 'USD', total: '20000.00' }] })
 *   .changes[0]?.earned;
 * //=> '1100.00'
 * ```
 */
export function estimateCommission(
  input: CommissionInput,
  deals: HypotheticalDeals,
  options: ComputeStatementsOptions = {},
): CommissionEstimate {
  checkInput(input, 'sync');
  checkDeals(deals);
  checkOptions(options);
  // One-shot streams are read once: the baseline and the estimate see the same documents.
  const once = materialiseInput(input);
  const baseline = computeStatements(once, options);
  const estimate = computeStatements(
    {
      ...once,
      orders: concat(once.orders, deals.orders),
      invoices: concat(once.invoices, deals.invoices),
      payments: concat(once.payments, deals.payments),
      creditNotes: concat(once.creditNotes, deals.creditNotes),
    },
    options,
  );
  const before = new Map(baseline.map((s) => [s.payeeId, s]));
  const changes: PayeeEstimate[] = [];
  for (const statement of estimate) {
    const was = before.get(statement.payeeId);
    const old = new Map((was?.lines ?? []).map((l) => [l.id, l.amount]));
    const lines = statement.lines.filter((l) => old.get(l.id) !== l.amount);
    const earned = new Decimal(statement.totals.earned).minus(was?.totals.earned ?? 0);
    const payable = new Decimal(statement.totals.payable).minus(was?.totals.payable ?? 0);
    if (lines.length === 0 && earned.isZero() && payable.isZero()) continue;
    const places = statement.totals.payable.split('.')[1]?.length ?? 0;
    changes.push({
      payeeId: statement.payeeId,
      currency: statement.currency,
      earned: earned.toFixed(places),
      payable: payable.toFixed(places),
      lines,
    });
  }
  return { baseline, estimate, changes };
}

/**
 * Like {@link estimateCommission}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeEstimateCommission(null, null).success;
 * //=> false
 * ```
 */
export function safeEstimateCommission(
  input: CommissionInput,
  deals: HypotheticalDeals,
  options: ComputeStatementsOptions = {},
): SafeResult<CommissionEstimate> {
  return attempt(() => estimateCommission(input, deals, options));
}
