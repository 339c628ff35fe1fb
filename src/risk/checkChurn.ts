import * as z from 'zod';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { Customer, Order } from '../model';
import { IsoDate } from '../period';
import { churnFindings } from './_lib/churn/churnFindings';
import { lastOrderDates } from './_lib/churn/lastOrderDates';
import { ChurnPolicy, type ChurnPolicyInput } from './DocumentPolicies';
import type { Finding } from './Finding';

/** The facts {@link checkChurn} reads: customers (with their grades) and their orders. */
export interface ChurnFacts {
  readonly customers: readonly z.input<typeof Customer>[];
  readonly orders: readonly z.input<typeof Order>[];
}

/** Options of {@link checkChurn}. */
export interface ChurnOptions {
  /** The date the check is made on. */
  readonly asOf: string;
  /**
   * P(alive) per customer id, from `crm-rules/grading`'s BG/NBD or Pareto/NBD fit (not
   * recomputed here): numbers or decimal strings from 0 to 1.
   */
  readonly pAlive?: ReadonlyMap<string, number | string>;
}

const Customers = z.array(Customer);
const Orders = z.array(Order);

function uniqueIds(customers: readonly Customer[]): void {
  const ids = new Set<string>();
  customers.forEach((customer, index) => {
    if (ids.has(customer.id))
      throw new CrmRulesError('INVALID_INPUT', 'duplicate customer id', {
        path: ['facts', 'customers', index, 'id'],
        value: customer.id,
      });
    ids.add(customer.id);
  });
}

/**
 * Finds key customers drifting away (DOMAIN §7). Key customers are those whose `grade` is one of
 * the policy's `keyGrades`. As of `asOf`, counting orders that are not cancelled and dated on or
 * before it:
 * - `churn.dormant` when the last order is `dormantDays` days old or more (evidence `grade`,
 *   `lastOrderDate`, `days`, `dormantDays`);
 * - `churn.no-orders` when the customer has no such order at all;
 * - `churn.p-alive.low` when the policy sets `pAliveBelow`, the caller supplies `pAlive`, and
 *   the customer's P(alive) is below the threshold (equal passes).
 * All with the policy's `severity`, subject the customer, sorted by severity then subject.
 *
 * @param facts - `customers` ({@link Customer}) and `orders` ({@link Order})
 * @param policy - the churn policy version in force ({@link ChurnPolicy})
 * @param options - `asOf` and, optionally, `pAlive` by customer id
 * @returns the findings
 * @throws CrmRulesError `INVALID_INPUT` at `['options', 'pAlive', id]` for a key customer without
 * a P(alive) (when the policy checks it) or with one outside 0–1; at `['facts', 'customers', i,
 * 'id']` for a duplicate customer; `INVALID_INPUT` (or the schema's code) under `facts`, `policy`
 * or `options`
 * @example
 * ```ts
 * const customers = [
 *   { id: 'C-1', name: 'Hamburg Trading GmbH', country: 'DE', ownerId: 'AM-1', grade: 'A' },
 *   { id: 'C-2', name: 'Small Shop', country: 'DE', ownerId: 'AM-1', grade: 'C' },
 * ];
 * const orders = [{
 *   id: 'SO-1', customerId: 'C-1', ownerId: 'AM-1', orderDate: '2026-01-15', currency: 'EUR', status: 'completed',
 *   lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: '100' }],
 * }] as const;
 * checkChurn({ customers, orders }, { effectiveFrom: '2026-01-01', keyGrades: ['A'], dormantDays: 90 }, { asOf: '2026-06-30' })
 *   .map((f) => [f.code, f.subject.id, f.evidence.days]);
 * //=> [['churn.dormant', 'C-1', '166']]
 * ```
 */
export function checkChurn(
  facts: ChurnFacts,
  policy: ChurnPolicyInput,
  options: ChurnOptions,
): Finding[] {
  const customers = parseWith(Customers, facts?.customers, { path: ['facts', 'customers'] });
  const orders = parseWith(Orders, facts.orders, { path: ['facts', 'orders'] });
  const rules = parseWith(ChurnPolicy, policy, { path: ['policy'] });
  const asOf = parseWith(IsoDate, options?.asOf, { path: ['options', 'asOf'] });
  const pAlive = options.pAlive;
  if (pAlive !== undefined && !(pAlive instanceof Map))
    throw new CrmRulesError('INVALID_INPUT', 'pAlive is a Map of customer id to probability', {
      path: ['options', 'pAlive'],
      value: pAlive,
    });
  uniqueIds(customers);
  return churnFindings(customers, lastOrderDates(orders, asOf), rules, asOf, pAlive);
}

/**
 * Like {@link checkChurn}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeCheckChurn(null, null, null).success;
 * //=> false
 * ```
 */
export function safeCheckChurn(
  facts: ChurnFacts,
  policy: ChurnPolicyInput,
  options: ChurnOptions,
): SafeResult<Finding[]> {
  return attempt(() => checkChurn(facts, policy, options));
}
