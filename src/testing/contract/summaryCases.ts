import { type Order, parseDataset } from '../../model';
import { toDecimal } from '../../money';
import { matchesQuery, type OrderDayTotal, parseQuery, summariseOrderDays } from '../../ports';
import { sampleDataset } from '../sampleDataset';
import { collect, rejectsWith, sameJson } from './check';
import type { ContractCase, ContractContext } from './context';

/** Internal: `net` compared as a number, whatever its scale. */
export function normaliseTotals(totals: readonly OrderDayTotal[]): OrderDayTotal[] {
  return totals.map((total) => ({ ...total, net: toDecimal(total.net).toFixed() }));
}

/** Internal: the cases of pushed-down summaries. */
export function summaryCases(ctx: ContractContext): ContractCase[] {
  const seed = sampleDataset();
  const orders = (parseDataset(seed).orders ?? []) as Order[];
  const pushed: readonly string[] = ctx.supports.readers.orders ?? [];
  const group = 'summaries';
  if (!ctx.supports.summaries.orderDays) {
    return [
      {
        group,
        name: 'orderDays rejects with UNSUPPORTED_CAPABILITY',
        run: () =>
          ctx.withStore(seed, async (store) => {
            await rejectsWith(
              () => collect(store.summaries.orderDays()),
              'UNSUPPORTED_CAPABILITY',
              'summaries.orderDays',
            );
          }),
      },
    ];
  }
  const queries: Array<Record<string, unknown>> = [
    {},
    { range: { start: '2026-01-01', end: '2026-02-01' } },
    { status: ['confirmed', 'completed'] },
    { customerId: 'C-ｚ' },
    { ownerId: 'AM-1', range: { start: '2026-01-01', end: '2026-04-01' } },
  ].filter((query) => Object.keys(query).every((filter) => pushed.includes(filter)));
  return [
    {
      group,
      name: 'orderDays sums orders by customer, day and currency, as orders.list would select them',
      run: () =>
        ctx.withStore(seed, async (store) => {
          for (const query of queries) {
            const parsed = parseQuery('orders', query);
            const expected = summariseOrderDays(
              orders.filter((order) => matchesQuery('orders', order, parsed)),
            );
            const actual = await collect(store.summaries.orderDays(query));
            sameJson(
              normaliseTotals(actual),
              normaliseTotals(expected),
              `summaries.orderDays(${JSON.stringify(query)})`,
            );
          }
        }),
    },
  ];
}
