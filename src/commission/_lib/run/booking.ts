import type { Order } from '../../../model';
import type { CommissionInput } from '../../model/CommissionInput';
import { SplitShares } from '../columns/SplitShares';
import { bookOrder } from '../events/table/bookOrder';
import { EventTable, type Keep } from '../events/table/EventTable';
import { Interner } from '../exact/Column';
import type { Documents } from '../input/readDocuments';
import type { CompiledPlan } from '../plan/compilePlan';
import type { RunContext } from '../prepare/RunContext';
import { LINE_FACT_TABLE } from '../schema/lineFactTable';

/** Internal: every plan version of a run. */
export function planVersions(ctx: RunContext): CompiledPlan[] {
  return [...ctx.plans.values()].flatMap((history) => history.versions.items);
}

/** Which optional event columns the plans read. */
function keep(ctx: RunContext): Keep {
  const all = planVersions(ctx);
  // The columns the facts read, from the one fact table.
  const columns = new Set(all.flatMap((v) => [...v.facts].map((f) => LINE_FACT_TABLE[f].column)));
  const perUnit = all.some(
    (v) =>
      v.spiffs.some((s) => s.award.kind === 'fixed-per-unit') ||
      v.components.some(
        (c) =>
          c.rates !== null &&
          (c.rates.rows.some((row) => row.rate.kind === 'fixed-per-unit') ||
            c.rates.noMatch?.kind === 'fixed-per-unit'),
      ),
  );
  return {
    product: columns.has('product'),
    category: columns.has('category'),
    quantity:
      perUnit || columns.has('quantity') || all.some((v) => v.plan.quotaMeasure === 'quantity'),
    cost: columns.has('cost') || all.some((v) => v.plan.crediting.measure === 'margin'),
  };
}

/**
 * Lays the table out by day for the orders of an array input that will be booked (confirmed or
 * completed, dated in the period: what `book` books), counted first, so they are written in
 * crediting order as they are read (see `EventTable.layDays`). Streams are read once, as they come.
 */
function layOrders(table: EventTable, orders: unknown, start: string, end: string): void {
  if (!Array.isArray(orders)) return;
  const days = table.days.length;
  const rows = new Int32Array(days);
  const events = new Int32Array(days);
  for (let i = 0; i < orders.length; i += 1) {
    const order = orders[i] as { orderDate?: unknown; status?: unknown; lines?: unknown } | null;
    const date = order?.orderDate;
    if (typeof date !== 'string' || date < start || date >= end) continue;
    if (order?.status !== 'confirmed' && order?.status !== 'completed') continue;
    const day = table.dayIndex(date) as number | undefined;
    if (day === undefined) continue;
    rows[day] = (rows[day] as number) + 1;
    if (Array.isArray(order?.lines))
      events[day] = (events[day] as number) + (order.lines as unknown[]).length;
  }
  table.layDays(rows, events);
}

/** Internal: what reading the orders books them into: the event table and split shares, if the run prepared. */
export interface Booking {
  readonly table: EventTable;
  readonly shares: SplitShares;
  readonly book: (order: Order, index: number) => void;
  readonly claim: (id: string, index: number) => number;
}

/** Internal: the event table laid out for the period, the split shares, and how an order read is booked. */
export function booking(
  input: CommissionInput,
  documents: Documents | null,
  ctx: RunContext,
): Booking {
  const { start, end } = ctx.period;
  const payees = new Interner();
  for (const id of [...ctx.payees.keys()].sort()) payees.id(id);
  const table = new EventTable(start, end, payees, keep(ctx));
  if (documents === null && ctx.bases.has('booked')) layOrders(table, input.orders, start, end);
  const shares = new SplitShares(ctx.splits, payees);
  const booked = ctx.bases.has('booked');
  return {
    table,
    shares,
    claim: (id, index) => shares.claim(id, index),
    book: (order, index) => {
      if (
        booked &&
        order.orderDate >= start &&
        order.orderDate < end &&
        (order.status === 'confirmed' || order.status === 'completed')
      )
        bookOrder(table, order, index, shares.forOrder(order.id), shares.key);
    },
  };
}
