import type {
  CustomerPurchaseTotal,
  ManagerSalesTotal,
  OrderDayTotal,
  ParsedQuery,
} from '../../../ports';
import type { Connection } from './connection';
import { SCHEMA } from './TABLES';
import { whereClause } from './whereClause';

/**
 * Internal: the orders a query selects, each with its net (`n.net`), exact in `numeric`: a line's
 * net is `orderLineNet` (quantity × unit price, less a rate's share of it or an amount off its
 * magnitude), an order without lines nets 0.
 */
function ordersWithNet(query: ParsedQuery, params: unknown[]): string {
  const conditions = whereClause('orders', query, params);
  return `${SCHEMA}.orders t
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(CASE
        WHEN l.discount_rate IS NOT NULL THEN l.quantity * l.unit_price - l.quantity * l.unit_price * l.discount_rate
        WHEN l.discount_amount IS NOT NULL THEN l.quantity * l.unit_price
          - l.discount_amount * (CASE WHEN l.quantity * l.unit_price < 0 THEN -1 ELSE 1 END)
        ELSE l.quantity * l.unit_price END), 0) AS net
      FROM ${SCHEMA}.order_lines l WHERE l.order_id = t.id
    ) AS n
    ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`}`;
}

/** The summaries and their statements: grouping columns (also the order), then the aggregates. */
const SUMMARIES = {
  orderDays: {
    groupBy: ['t.customer_id', 't.order_date', 't.currency'],
    select: `t.customer_id AS "customerId", to_char(t.order_date, 'YYYY-MM-DD') AS date,
      t.currency, count(*)::integer AS orders, trim_scale(sum(n.net))::text AS net`,
  },
  managerSales: {
    groupBy: ['t.owner_id', `to_char(t.order_date, 'YYYY-MM') COLLATE "C"`, 't.currency'],
    select: `t.owner_id AS "ownerId", to_char(t.order_date, 'YYYY-MM') COLLATE "C" AS period,
      t.currency, count(*)::integer AS orders, trim_scale(sum(n.net))::text AS net`,
  },
  customerPurchases: {
    groupBy: ['t.customer_id', 't.currency'],
    select: `t.customer_id AS "customerId", t.currency, count(*)::integer AS orders,
      count(DISTINCT t.order_date)::integer AS days,
      to_char(min(t.order_date), 'YYYY-MM-DD') AS first,
      to_char(max(t.order_date), 'YYYY-MM-DD') AS last, trim_scale(sum(n.net))::text AS net`,
  },
} as const;

/** Internal: what each pushed-down summary yields. */
export interface SummaryRows {
  readonly orderDays: OrderDayTotal;
  readonly managerSales: ManagerSalesTotal;
  readonly customerPurchases: CustomerPurchaseTotal;
}

/**
 * Internal: a summary pushed down: one `GROUP BY` over the selected orders and their lines, exact
 * in `numeric` (`trim_scale`, read as text), ordered by the grouping columns (`COLLATE "C"`: code
 * point, as `compareKeys`). The database aggregates once; the groups are fetched from a cursor in
 * pages of `pageSize`, from one snapshot (see `Connection.pages`).
 */
export async function* orderSummary<N extends keyof SummaryRows>(
  db: Connection,
  name: N,
  query: ParsedQuery,
  pageSize: number,
): AsyncGenerator<SummaryRows[N]> {
  const { groupBy, select } = SUMMARIES[name];
  const params: unknown[] = [];
  const text = `SELECT ${select} FROM ${ordersWithNet(query, params)}
    GROUP BY ${groupBy.join(', ')} ORDER BY ${groupBy.join(', ')}`;
  for await (const page of db.pages(text, params, `summarising orders (${name})`, pageSize))
    yield* page as unknown as Array<SummaryRows[N]>;
}
