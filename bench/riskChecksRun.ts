/**
 * The whole-run risk benchmark (issue 16): `runRiskChecks` with credit, aging, concentration,
 * payment terms (read from the orders) and contracts (read from the contracts) over generated
 * facts — `--customers` customers (default 100,000), 1,000 managers, `--items` invoices (default
 * 1,000,000; a payment on every tenth), `--orders` open orders with payment terms (default
 * 100,000) and `--contracts` contracts (default 10,000) — beside a plain-number version of the
 * same checks in the same run. Wall and CPU time, min and median over `--runs`.
 *
 *   npm run bench:risk:run                          # --runs 3
 *   npm run bench:risk:run -- --items 100000 --customers 10000
 */
import { loadavg } from 'node:os';
import { runRiskChecks } from '../src/risk';
import { plainRun, RUN_POLICY, syntheticFacts } from './riskChecksData';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const runs = option('--runs', 3);
const items = option('--items', 1_000_000);
const customers = option('--customers', 100_000);
const orders = option('--orders', 100_000);
const contracts = option('--contracts', 10_000);
const asOf = '2026-06-30';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function measure(run: () => unknown): { wall: number[]; cpu: number[]; last: unknown } {
  const wall: number[] = [];
  const cpu: number[] = [];
  let last: unknown;
  for (let i = 0; i < runs; i += 1) {
    gc();
    const used = process.cpuUsage();
    const start = performance.now();
    last = run();
    wall.push(performance.now() - start);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall, cpu, last };
}

console.log(
  `risk run bench: ${customers} customers, ${items} invoices, ${orders} orders, ${contracts} contracts, ${runs} runs, load ${load()}`,
);
const facts = syntheticFacts(items, customers, orders, contracts);
const exact = measure(() => runRiskChecks(RUN_POLICY, facts, { asOf, baseCurrency: 'USD' }));
const plain = measure(() => plainRun(facts, customers, asOf));
const report = exact.last as ReturnType<typeof runRiskChecks>;
const count = (code: string) => report.findings.filter((f) => f.code.startsWith(code)).length;
console.log(
  `findings ${report.findings.length} (credit ${count('credit.')}, receivables ${count('receivables.')}, concentration ${count('concentration.')}, terms ${count('terms.')}, contract ${count('contract.')}); plain flags ${plain.last}`,
);
const documents = items + items / 10 + orders + contracts + customers;
console.log(
  `runRiskChecks: wall min ${ms(Math.min(...exact.wall))} median ${ms(median(exact.wall))}, CPU median ${ms(median(exact.cpu))}` +
    ` (${Math.round(documents / (median(exact.cpu) / 1000)).toLocaleString('en')} records per CPU second)` +
    ` | plain wall min ${ms(Math.min(...plain.wall))} median ${ms(median(plain.wall))}, CPU median ${ms(median(plain.cpu))}` +
    ` | ratio (medians) wall ${(median(exact.wall) / median(plain.wall)).toFixed(1)}×, CPU ${(median(exact.cpu) / median(plain.cpu)).toFixed(1)}×`,
);
console.log(`load ${load()}`);
