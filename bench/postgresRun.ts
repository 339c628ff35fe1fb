/**
 * The PostgreSQL adapter at scale (docs/performance.md, "PostgreSQL"). Run with
 * `npm run bench:postgres -- [transactions] [closeLines]`: on the server of `CRM_RULES_PG_URL`
 * when set (`source .ci/postgres && postgres_start` starts one), else on PGlite (embedded).
 *
 * 1. Summarise N orders (one line each; default 1,000,000 on a server, 100,000 on PGlite) by
 *    customer and by manager and month: pushed down (`summaries.customerPurchases`,
 *    `summaries.managerSales`: one GROUP BY in the database) vs streamed through the port
 *    (`orders.list()`, every row validated, then `summariseCustomerPurchases` /
 *    `summariseManagerSales` in Node). Both answers are checked equal.
 * 2. Close a period of M order lines (commission; default 200,000) and store every statement,
 *    lines and traces included, as the close's result records (`results.putMany`, one
 *    transaction): the time to store, per statement line.
 * Runs under tsx, not bundled: the drivers load files (PGlite its WASM) relative to themselves.
 * Reports wall and CPU time of this process (the database's own CPU is not in it) and the load.
 */
import { loadavg } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createPostgresStore, migrate, type PostgresClient } from '../src/adapters/postgres';
import { closePeriod, emptyCommissionState } from '../src/commission';
import { type ResultRecord, summariseCustomerPurchases, summariseManagerSales } from '../src/ports';
import { benchData } from './commissionData';

const numbers = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const url = process.env.CRM_RULES_PG_URL;
const onServer = url !== undefined && url !== '';
const transactions = numbers[0] ?? (onServer ? 1_000_000 : 100_000);
const closeLines = numbers[1] ?? 200_000;

const pool = onServer ? new pg.Pool({ connectionString: url, max: 4 }) : undefined;
pool?.on('error', () => undefined);
const client: PostgresClient = pool ?? new PGlite();
const report: Record<string, unknown> = {
  node: process.version,
  database: onServer ? 'PostgreSQL server (pg.Pool)' : 'PGlite',
  transactions,
  load: loadavg().map((l) => Number(l.toFixed(1))),
};

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  report[name] = {
    wallMs: Math.round(performance.now() - start),
    nodeCpuMs: Math.round((used.user + used.system) / 1000),
  };
  return value;
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

await migrate(client);
await client.query(
  'TRUNCATE crm_rules.results, crm_rules.result_lines, crm_rules.order_lines, crm_rules.orders',
);
await timed('loadOrders', async () => {
  // Generated in SQL: 20,000 customers, 1,000 managers, 2026-01 to 2026-06, three currencies.
  await client.query(
    `INSERT INTO crm_rules.orders (id, customer_id, owner_id, status, order_date, currency, doc)
     SELECT 'SO-' || lpad(g::text, 8, '0'), 'C-' || lpad((g % 20000)::text, 5, '0'),
       'AM-' || lpad((g % 1000)::text, 4, '0'), 'confirmed', date '2026-01-01' + (g % 181),
       (ARRAY['USD', 'EUR', 'CNY'])[1 + g % 3], '{}'::jsonb
     FROM generate_series(1, $1::int) g`,
    [transactions],
  );
  await client.query(
    `INSERT INTO crm_rules.order_lines (order_id, line_no, line_id, product_id, category_id, quantity, unit_price)
     SELECT 'SO-' || lpad(g::text, 8, '0'), 0, '1', 'P-' || (g % 500), 'CAT-' || (g % 20),
       1 + g % 7, ((g::bigint * 7919) % 100000) / 100.0
     FROM generate_series(1, $1::int) g`,
    [transactions],
  );
  await client.query('ANALYZE crm_rules.orders');
  await client.query('ANALYZE crm_rules.order_lines');
});

const store = createPostgresStore(client, { pageSize: 5_000 });
const pushed = await timed('pushdown', async () => ({
  customers: await collect(store.summaries.customerPurchases()),
  managers: await collect(store.summaries.managerSales()),
}));
const streamed = await timed('streaming', async () => {
  const orders = await collect(store.orders.list());
  return {
    customers: summariseCustomerPurchases(orders),
    managers: summariseManagerSales(orders),
  };
});
const same = (a: Array<{ net: string }>, b: Array<{ net: string }>) =>
  JSON.stringify(a.map((x) => ({ ...x, net: Number(x.net) }))) ===
  JSON.stringify(b.map((x) => ({ ...x, net: Number(x.net) })));
report.pushdownEqualsStreaming =
  same(pushed.customers, streamed.customers) && same(pushed.managers, streamed.managers);
report.groups = { customers: pushed.customers.length, managerMonths: pushed.managers.length };
await client.query('TRUNCATE crm_rules.order_lines, crm_rules.orders');

// 2. A commission close of `closeLines` order lines, every statement stored with its lines.
const march = closePeriod(emptyCommissionState(), benchData(closeLines), { documents: 'trusted' });
const records: ResultRecord[] = march.statements.map((s) => ({
  kind: 'commission-statement',
  key: `${s.payeeId}/2026-03`,
  period: '2026-03',
  subjectId: s.payeeId,
  value: JSON.parse(JSON.stringify(s)),
  closed: true,
}));
const statementLines = march.statements.reduce((n, s) => n + s.lines.length, 0);
report.close = { orderLines: closeLines, statements: records.length, statementLines };
await timed('storeStatements', () => store.results.putMany(records));
const stored = report.storeStatements as { wallMs: number; nodeCpuMs: number };
report.perStatementLineUs = {
  wall: Number(((stored.wallMs * 1000) / statementLines).toFixed(2)),
  nodeCpu: Number(((stored.nodeCpuMs * 1000) / statementLines).toFixed(2)),
};
report.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
report.loadAfter = loadavg().map((l) => Number(l.toFixed(1)));
console.log(JSON.stringify(report, null, 2));
await (pool === undefined ? (client as PGlite).close() : pool.end());
