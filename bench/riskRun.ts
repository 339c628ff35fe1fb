/**
 * The risk benchmark (issue 16) as one bundled script: aging, concentration and the exposure
 * index build over `--items` open items (default 1,000,000) of 100,000 customers and 1,000
 * managers, each beside a plain-number version of the same arithmetic in the same run, and
 * `checkOrder` latency (p50, p99) over 10,000 orders. Wall and CPU time, min and median over
 * `--runs`, and the ratio to the plain version.
 *
 *   npm run bench:risk                 # --runs 3 --items 1000000
 *   npm run bench:risk -- --only aging
 */
import { loadavg } from 'node:os';
import { ageReceivables, buildExposureIndex, checkOrder, measureConcentration } from '../src/risk';
import {
  plainAging,
  plainConcentration,
  plainExposure,
  plainItems,
  syntheticDocuments,
  syntheticIndex,
} from './riskData';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const runs = option('--runs', 3);
const items = option('--items', 1_000_000);
const customers = 100_000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

function measure(run: () => unknown): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    gc();
    const used = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall, cpu };
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
function report(name: string, exact: () => unknown, plain: () => unknown): void {
  const e = measure(exact);
  const p = measure(plain);
  console.log(
    `${name}: exact wall min ${ms(Math.min(...e.wall))} median ${ms(median(e.wall))}, CPU median ${ms(median(e.cpu))}` +
      ` | plain wall min ${ms(Math.min(...p.wall))} median ${ms(median(p.wall))}, CPU median ${ms(median(p.cpu))}` +
      ` | ratio (medians) wall ${(median(e.wall) / median(p.wall)).toFixed(1)}×, CPU ${(median(e.cpu) / median(p.cpu)).toFixed(1)}×`,
  );
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(
  `risk bench: ${items} open items, ${customers} customers, ${runs} runs, load ${load()}`,
);
const documents = syntheticDocuments(items, customers);
const index = syntheticIndex(documents.invoices);
const plain = plainItems(documents.invoices);
const asOfDay = Date.parse(index.asOf) / 86_400_000;

if (only === undefined || only === 'aging') {
  const policy = { effectiveFrom: '2026-01-01' };
  const plainRun = () => plainAging(plain, customers, asOfDay, [30, 60, 90, 120]);
  report('aging', () => ageReceivables(index, policy), plainRun);
  // The lines and findings are made on first read: the same with all of them read.
  report(
    'aging, every line and finding read',
    () => {
      const aged = ageReceivables(index, policy);
      return aged.customers.length + aged.managers.length + aged.findings.length;
    },
    plainRun,
  );
}

if (only === undefined || only === 'concentration') {
  const rows = documents.invoices.map((raw) => {
    const invoice = raw as { customerId: string; ownerId: string; total: string };
    return { customerId: invoice.customerId, managerId: invoice.ownerId, amount: invoice.total };
  });
  const policy = {
    effectiveFrom: '2026-01-01',
    topN: 10,
    topShareWarnPercent: '50',
    hhiWarn: '1500',
    hhiBlock: '2500',
  };
  report(
    'concentration',
    () => measureConcentration(rows, policy, { currency: 'USD' }),
    () => plainConcentration(rows, customers),
  );
}

if (only === undefined || only === 'exposure') {
  const policy = {
    effectiveFrom: '2026-01-01',
    defaultLimit: { amount: '50000', currency: 'USD' },
    warnAtPercent: '80',
    blockAtPercent: '100',
  };
  report(
    'exposure index',
    () => buildExposureIndex(documents, { asOf: index.asOf, baseCurrency: 'USD', policy }),
    () => plainExposure(documents, customers),
  );
}

if (only === undefined || only === 'checkOrder') {
  const orders = Array.from({ length: 10_000 }, (_, i) => ({
    id: `O-${i}`,
    customerId: `C-${(i * 13) % customers}`,
    ownerId: 'M-1',
    orderDate: index.asOf,
    currency: 'USD',
    status: 'open' as const,
    lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '2', unitPrice: '12.50' }],
  }));
  for (let run = 0; run < runs; run += 1) {
    gc();
    const times: number[] = [];
    const used = process.cpuUsage();
    for (const order of orders) {
      const start = performance.now();
      checkOrder(order, index);
      times.push(performance.now() - start);
    }
    const spent = process.cpuUsage(used);
    times.sort((a, b) => a - b);
    console.log(
      `checkOrder × 10,000: p50 ${times[5_000]?.toFixed(4)} ms, p99 ${times[9_900]?.toFixed(4)} ms, max ${times[9_999]?.toFixed(3)} ms, CPU ${ms((spent.user + spent.system) / 1000)} in all`,
    );
  }
}
console.log(`load ${load()}`);
