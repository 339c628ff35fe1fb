import type { OrderDayTotal, ParsedQuery } from '../../../ports';
import type { Connection } from './connection';
import { SCHEMA } from './TABLES';
import { whereClause } from './whereClause';

/**
 * Internal: `summaries.orderDays` pushed down: one `GROUP BY` over orders and their lines, exact
 * in `numeric` (a line's net is `orderLineNet`: quantity × unit price, less a rate's share of it
 * or an amount off its magnitude), ordered by customer, day and currency (`COLLATE "C"`), read
 * in pages of `pageSize` groups by keyset.
 */
export async function* orderDays(
  db: Connection,
  query: ParsedQuery,
  pageSize: number,
): AsyncGenerator<OrderDayTotal> {
  let after: OrderDayTotal | undefined;
  for (;;) {
    const params: unknown[] = [];
    const conditions = whereClause('orders', query, params);
    const having =
      after === undefined
        ? ''
        : `HAVING (t.customer_id, t.order_date, t.currency) > ($${params.push(after.customerId)}::text COLLATE "C", $${params.push(after.date)}::date, $${params.push(after.currency)}::text COLLATE "C")`;
    params.push(pageSize);
    const rows = await db.rows(
      `SELECT t.customer_id AS "customerId", to_char(t.order_date, 'YYYY-MM-DD') AS date,
         t.currency, count(*)::integer AS orders, trim_scale(sum(n.net))::text AS net
       FROM ${SCHEMA}.orders t
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(CASE
           WHEN l.discount_rate IS NOT NULL THEN l.quantity * l.unit_price - l.quantity * l.unit_price * l.discount_rate
           WHEN l.discount_amount IS NOT NULL THEN l.quantity * l.unit_price
             - l.discount_amount * (CASE WHEN l.quantity * l.unit_price < 0 THEN -1 ELSE 1 END)
           ELSE l.quantity * l.unit_price END), 0) AS net
         FROM ${SCHEMA}.order_lines l WHERE l.order_id = t.id
       ) AS n
       ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`}
       GROUP BY t.customer_id, t.order_date, t.currency
       ${having}
       ORDER BY t.customer_id, t.order_date, t.currency LIMIT $${params.length}`,
      params,
      'summarising orders by day',
    );
    const page = rows as unknown as OrderDayTotal[];
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1];
  }
}
