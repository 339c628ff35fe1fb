import { type Order, parseDataset } from '../../model';
import { toDecimal } from '../../money';
import {
  matchesQuery,
  parseQuery,
  summariseCustomerPurchases,
  summariseManagerSales,
  summariseOrderDays,
} from '../../ports';
import { SUMMARY_NAMES, type SummaryName } from '../../ports/Supports';
import { sampleDataset } from '../sampleDataset';
import { collect, rejectsWith, sameJson } from './check';
import type { ContractCase, ContractContext } from './context';

/** Internal: `net` compared as a number, whatever its scale. */
export function normaliseTotals<T extends { readonly net: string }>(totals: readonly T[]): T[] {
  return totals.map((total) => ({ ...total, net: toDecimal(total.net).toFixed() }));
}

/** Internal: each summary's reference computation, and what it groups by (for the case name). */
export const SUMMARY_REFERENCES = {
  orderDays: { reference: summariseOrderDays, by: 'customer, day and currency' },
  managerSales: { reference: summariseManagerSales, by: 'owner, month and currency' },
  customerPurchases: { reference: summariseCustomerPurchases, by: 'customer and currency' },
} as const satisfies Record<SummaryName, unknown>;

/** Internal: the cases of pushed-down summaries, one per summary the manifest lists or not. */
export function summaryCases(ctx: ContractContext): ContractCase[] {
  return SUMMARY_NAMES.map((name) => summaryCase(ctx, name));
}

function summaryCase(ctx: ContractContext, name: SummaryName): ContractCase {
  const seed = sampleDataset();
  const group = 'summaries';
  if (ctx.supports.summaries[name] !== true) {
    return {
      group,
      name: `${name} rejects with UNSUPPORTED_CAPABILITY`,
      run: () =>
        ctx.withStore(seed, async (store) => {
          await rejectsWith(
            () => collect<unknown>(store.summaries[name]()),
            'UNSUPPORTED_CAPABILITY',
            `summaries.${name}`,
          );
        }),
    };
  }
  const orders = (parseDataset(seed).orders ?? []) as Order[];
  const pushed: readonly string[] = ctx.supports.readers.orders ?? [];
  const queries: Array<Record<string, unknown>> = [
    {},
    { range: { start: '2026-01-01', end: '2026-02-01' } },
    { status: ['confirmed', 'completed'] },
    { customerId: 'C-ｚ' },
    { ownerId: 'AM-1', range: { start: '2026-01-01', end: '2026-04-01' } },
  ].filter((query) => Object.keys(query).every((filter) => pushed.includes(filter)));
  const { reference, by } = SUMMARY_REFERENCES[name];
  return {
    group,
    name: `${name} sums orders by ${by}, as orders.list would select them`,
    run: () =>
      ctx.withStore(seed, async (store) => {
        for (const query of queries) {
          const parsed = parseQuery('orders', query);
          const expected: Array<{ readonly net: string }> = reference(
            orders.filter((order) => matchesQuery('orders', order, parsed)),
          );
          const actual = await collect<{ readonly net: string }>(store.summaries[name](query));
          sameJson(
            normaliseTotals(actual),
            normaliseTotals(expected),
            `summaries.${name}(${JSON.stringify(query)})`,
          );
        }
      }),
  };
}
