import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  buildCompanies,
  filesOf,
  generateSample,
  SAMPLE_DIR,
  SAMPLE_SEED,
} from '../../../scripts/sample/generateSample';
import { buildRetail } from '../../../scripts/sample/retail';
import { ENTITY_KINDS, type EntityKind, orderNet, parseDataset } from '../../../src/model';
import { add, convert, createFxTable, Decimal, FxRate, money } from '../../../src/money';
import { ContractReview, matchScore, ScreeningEntry } from '../../../src/risk';

/**
 * The sample data of issue 20 (`npm run sample:generate`): deterministic, committed as generated,
 * valid against the library's own schemas, the counts the issue states, small, and with the
 * cases the demo shows (aging buckets, customers over their limit, missed targets, near matches
 * on the screening list, an FX swing, a leaver).
 */
const companies = buildCompanies();
const files = filesOf(companies, SAMPLE_SEED);
const json = (company: string, name: string): Array<Record<string, unknown>> =>
  JSON.parse(files.get(`${SAMPLE_DIR}/${company}/${name}.json`) ?? 'null');
const EXPORT = 'export-trader';

describe('the sample data generator', () => {
  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const again = generateSample(SAMPLE_SEED);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, content] of files) expect(again.get(path), path).toBe(content);
    const other = filesOf([buildRetail(SAMPLE_SEED + 1)], SAMPLE_SEED + 1);
    expect(other.get(`${SAMPLE_DIR}/retail/orders.json`)).not.toBe(
      files.get(`${SAMPLE_DIR}/retail/orders.json`),
    );
  });

  it('the committed files equal a fresh generation (run `npm run sample:generate`)', () => {
    const stale = [...files].filter(([path, content]) => readFileSync(path, 'utf8') !== content);
    expect(stale.map(([path]) => path)).toEqual([]);
    for (const company of ['export-trader', 'retail']) {
      // The collections, and the company's rules in `rules/` (the export trader's).
      const committed = readdirSync(`${SAMPLE_DIR}/${company}`, { recursive: true })
        .map(String)
        .filter((file) => /\.(json|csv)$/.test(file))
        .map((file) => `${SAMPLE_DIR}/${company}/${file}`);
      const expected = [...files.keys()].filter((path) =>
        path.startsWith(`${SAMPLE_DIR}/${company}/`),
      );
      expect(committed.sort()).toEqual(expected.sort());
    }
  });

  it('is at most 5 MB in all', () => {
    let bytes = 0;
    for (const content of files.values()) bytes += Buffer.byteLength(content);
    expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});

describe('every record parses with the library schemas', () => {
  for (const company of ['export-trader', 'retail']) {
    it(`${company}: the model's collections as one Dataset (ids unique)`, () => {
      const dataset: Record<string, unknown> = {};
      for (const kind of ENTITY_KINDS) {
        const records = files.has(`${SAMPLE_DIR}/${company}/${kind}.json`)
          ? json(company, kind)
          : undefined;
        if (records !== undefined) dataset[kind] = records;
      }
      expect(Object.keys(dataset).length).toBeGreaterThanOrEqual(10);
      const parsed = parseDataset(dataset);
      for (const kind of Object.keys(dataset) as EntityKind[])
        expect(parsed[kind]?.length).toBe((dataset[kind] as unknown[]).length);
    });
  }

  it('export trader: FX rates, screening list, contract reviews and manual ratings', () => {
    const rates = json(EXPORT, 'fxRates');
    for (const rate of rates) FxRate.parse(rate);
    expect(createFxTable(rates).size).toBe(rates.length);
    for (const entry of json(EXPORT, 'screeningList')) ScreeningEntry.parse(entry);
    const contracts = new Map(json(EXPORT, 'contracts').map((k) => [k.id, k]));
    for (const { contractId, ...clauses } of json(EXPORT, 'contractClauses'))
      ContractReview.parse({ contract: contracts.get(contractId as string), ...clauses });
    // The shape `measureKpis` reads for a `manual` KPI, plus the period it belongs to.
    const Rating = z.strictObject({
      period: z.string().regex(/^\d{4}-Q[1-4]$/),
      managerId: z.string().min(1),
      kpi: z.string().min(1),
      value: z.string().regex(/^[1-5]$/),
      source: z.string().min(1),
    });
    for (const rating of json(EXPORT, 'managerRatings')) Rating.parse(rating);
  });

  it('references resolve: owners, customers, orders, invoices; payments never exceed the balance', () => {
    const { collections: c } = companies[0]!;
    const managers = new Set(c.accountManagers?.map((m) => m.id));
    const customers = new Map(c.customers?.map((x) => [x.id, x]));
    const invoices = new Map(c.invoices?.map((i) => [i.id, i]));
    const orders = new Set(c.orders?.map((o) => o.id));
    for (const doc of [
      ...(c.orders ?? []),
      ...(c.invoices ?? []),
      ...(c.payments ?? []),
      ...(c.creditNotes ?? []),
    ]) {
      expect(managers.has(doc.ownerId), doc.id).toBe(true);
      expect(customers.get(doc.customerId)?.id, doc.id).toBe(doc.customerId);
    }
    for (const invoice of c.invoices ?? [])
      expect(orders.has(invoice.orderId as string)).toBe(true);
    const balance = new Map([...invoices].map(([id, i]) => [id, new Decimal(i.total)]));
    for (const note of c.creditNotes ?? [])
      balance.set(
        note.invoiceId as string,
        balance.get(note.invoiceId as string)!.minus(note.amount),
      );
    for (const payment of c.payments ?? [])
      for (const allocation of payment.allocations) {
        const invoice = invoices.get(allocation.invoiceId)!;
        expect(invoice.customerId).toBe(payment.customerId);
        expect(payment.date >= invoice.issueDate).toBe(true);
        balance.set(invoice.id, balance.get(invoice.id)!.minus(allocation.amount.amount));
      }
    expect([...balance].filter(([, open]) => open.lt(0))).toEqual([]);
  });

  it('every CSV file has a header and one row per record (per order line, per allocation)', () => {
    for (const [path, content] of files) {
      if (!path.endsWith('.csv')) continue;
      const rows = parseCsv(content);
      const width = rows[0]?.length ?? 0;
      expect(
        rows.every((row) => row.length === width),
        path,
      ).toBe(true);
      const records = JSON.parse(files.get(path.replace(/\.csv$/, '.json'))!) as Array<{
        lines?: unknown[];
        allocations?: unknown[];
      }>;
      const expected =
        path.includes('/orders.') || path.includes('/deliveries.')
          ? records.reduce((n, r) => n + (r.lines?.length ?? 0), 0)
          : path.includes('/payments.')
            ? records.reduce((n, r) => n + (r.allocations?.length ?? 0), 0)
            : records.length;
      expect(rows.length - 1, path).toBe(expected);
    }
  });
});

describe('the counts the issue states', () => {
  it('export trader: 12 managers in 3 teams, 600 customers in 30 countries, 4 order currencies, CNY base', () => {
    const company = JSON.parse(files.get(`${SAMPLE_DIR}/${EXPORT}/company.json`)!);
    expect(company.baseCurrency).toBe('CNY');
    expect(company.closePeriod).toBe('2026-Q3');
    const managers = json(EXPORT, 'accountManagers');
    expect(managers).toHaveLength(12);
    expect(json(EXPORT, 'teams')).toHaveLength(3);
    const perTeam = new Map<unknown, number>();
    for (const m of managers) perTeam.set(m.teamId, (perTeam.get(m.teamId) ?? 0) + 1);
    expect([...perTeam.values()]).toEqual([4, 4, 4]);
    const customers = json(EXPORT, 'customers');
    expect(customers).toHaveLength(600);
    expect(new Set(customers.map((x) => x.country)).size).toBe(30);
    expect(new Set(json(EXPORT, 'orders').map((o) => o.currency))).toEqual(
      new Set(['USD', 'EUR', 'GBP', 'JPY']),
    );
    expect(new Set(json(EXPORT, 'fxRates').map((r) => `${r.base}/${r.quote}`)).size).toBe(4);
    expect(json(EXPORT, 'orders').some((o) => String(o.orderDate) >= '2026-09-01')).toBe(true);
  });

  it('retail: stores under regions, managers in each store, members, all in CNY', () => {
    const teams = json('retail', 'teams');
    const stores = teams.filter((t) => t.parentTeamId !== undefined);
    expect(stores).toHaveLength(6);
    const managers = json('retail', 'accountManagers');
    for (const store of stores)
      expect(managers.filter((m) => m.teamId === store.id)).toHaveLength(3);
    expect(json('retail', 'customers')).toHaveLength(400);
    expect(new Set(json('retail', 'orders').map((o) => o.currency))).toEqual(new Set(['CNY']));
  });
});

describe('what the demo shows', () => {
  const { collections: c } = companies[0]!;
  const fx = createFxTable(c.fxRates ?? []);
  const asOf = '2026-09-30';

  it('open receivables in every aging bucket, and customers over their credit limit', () => {
    const open = new Map((c.invoices ?? []).map((i) => [i.id, new Decimal(i.total)]));
    for (const n of c.creditNotes ?? [])
      open.set(n.invoiceId!, open.get(n.invoiceId!)!.minus(n.amount));
    for (const p of c.payments ?? [])
      for (const a of p.allocations)
        open.set(a.invoiceId, open.get(a.invoiceId)!.minus(a.amount.amount));
    const buckets = [0, 0, 0, 0, 0, 0];
    const exposure = new Map<string, Decimal>();
    for (const invoice of c.invoices ?? []) {
      const amount = open.get(invoice.id)!;
      if (!amount.gt(0)) continue;
      const late = (Date.parse(asOf) - Date.parse(invoice.dueDate)) / 86_400_000;
      buckets[late <= 0 ? 0 : Math.min(5, Math.ceil(late / 30))]! += 1;
      exposure.set(
        invoice.customerId,
        (exposure.get(invoice.customerId) ?? new Decimal(0)).plus(amount),
      );
    }
    expect(
      buckets.every((n) => n > 0),
      String(buckets),
    ).toBe(true);
    const over = (c.customers ?? []).filter(
      (x) => x.creditLimit !== undefined && exposure.get(x.id)?.gt(x.creditLimit.amount),
    );
    expect(over.length).toBeGreaterThanOrEqual(3);
  });

  it('some managers miss their 2026-Q3 sales target, most reach it (orders in CNY at the order date)', () => {
    const sold = new Map<string, ReturnType<typeof money>>();
    for (const order of c.orders ?? []) {
      if (order.status === 'cancelled' || order.orderDate < '2026-07-01' || order.orderDate > asOf)
        continue;
      const cny = convert(orderNet(order), 'CNY', fx, {
        method: 'on-or-before',
        date: order.orderDate,
      }).to;
      sold.set(order.ownerId, add(sold.get(order.ownerId) ?? money('0', 'CNY'), cny));
    }
    const target = new Map<string, string>();
    for (const t of c.targets ?? [])
      if (
        t.subjectKind === 'manager' &&
        t.metric === 'sales_amount' &&
        t.period === '2026-Q3' &&
        typeof t.value !== 'string'
      )
        target.set(t.subjectId, t.value.amount);
    const missed = [...target].filter(([id, amount]) =>
      (sold.get(id)?.amount ?? new Decimal(0)).lt(amount),
    );
    expect(missed.length).toBeGreaterThanOrEqual(2);
    expect(target.size - missed.length).toBeGreaterThanOrEqual(6);
  });

  it('grade movers, a leaver, an FX swing and near matches on the screening list', () => {
    const q3 = new Map<string, number>();
    for (const o of c.orders ?? [])
      if (o.orderDate >= '2026-07-01') q3.set(o.customerId, (q3.get(o.customerId) ?? 0) + 1);
    const risers = (c.customers ?? []).filter(
      (x) => x.grade === 'potential' && (q3.get(x.id) ?? 0) >= 3,
    );
    const silentKeys = (c.customers ?? []).filter((x) => x.grade === 'key' && !q3.has(x.id));
    expect(risers.length).toBeGreaterThanOrEqual(3);
    expect(silentKeys.length).toBeGreaterThanOrEqual(3);
    const leavers = (c.accountManagers ?? []).filter((m) => m.leaveDate !== undefined);
    expect(leavers.map((m) => m.leaveDate! >= '2026-07-01' && m.leaveDate! <= asOf)).toEqual([
      true,
    ]);
    const usd = (date: string) =>
      new Decimal((c.fxRates ?? []).find((r) => r.base === 'USD' && r.date === date)!.rate);
    expect(usd('2026-09-30').div(usd('2026-07-01')).lt('0.97')).toBe(true);
    const list = (c.screeningList ?? []).map((e) => e.name);
    const scores = (c.customers ?? []).map((x) =>
      Math.max(...list.map((name) => matchScore(x.name, name))),
    );
    expect(scores.filter((s) => s >= 0.85).length).toBe(2);
    expect(scores.filter((s) => s >= 0.95)).toEqual([]);
  }, 20_000);
});

/** A small RFC 4180 reader for the test (the CLI reads CSV with csv-parse). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\n')) {
      field += char;
    } else {
      row.push(field);
      field = '';
      if (char === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  return rows;
}
