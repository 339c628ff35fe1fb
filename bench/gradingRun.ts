/**
 * The grading benchmark with its plain-number reference (issue 18): 1,000,000 transactions of
 * 100,000 customers (bench/_support/gradingData.ts) read into a ledger, summarised (RFM
 * convention), scored (RFM quintiles), turned into facts and graded by a four-rule policy with
 * traces — the public path of bench/grading.bench.ts — against a plain-number implementation of
 * the same summary and grading (bench/gradingFloat.ts) in the same process. Reports min and
 * median wall time and process CPU time over `--runs` (default 3), the ratios of the medians, the
 * customers per grade of both, and the load average:
 *
 *   npm run bench:grading               # node bench/_support/runBundled.mjs bench/gradingRun.ts
 *   npm run bench:grading -- --runs 5
 */
import { loadavg } from 'node:os';
import { gradingFacts } from '../src/grading/facts';
import { gradeCustomers } from '../src/grading/policy';
import { rfmScores } from '../src/grading/rfm';
import { ledgerOf, summarise } from '../src/grading/summary';
import { GRADING_POLICY, gradingTransactions } from './_support/gradingData';
import { floatSummariseAndGrade } from './gradingFloat';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at < 0 ? 3 : Number(args[at + 1]);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const END = '2025-12-31';
const PERIOD_START = '2025-01-01';

const t0 = performance.now();
const transactions = gradingTransactions({
  customers: 100_000,
  transactions: 1_000_000,
  seed: 20261122,
});
console.log(
  `${transactions.length} transactions generated in ${Math.round(performance.now() - t0)} ms`,
);

function engine(): Record<string, number> {
  const ledger = ledgerOf(transactions, { currency: 'USD' });
  const summary = summarise(ledger, { end: END, convention: 'rfm', periodStart: PERIOD_START });
  const scores = rfmScores(summary).map((s) => ({
    customerId: s.customerId,
    facts: { rfmR: s.r, rfmF: s.f, rfmM: s.m },
  }));
  const facts = gradingFacts(summary, scores);
  const { grades } = gradeCustomers(GRADING_POLICY, facts, { asOf: END, period: '2025' });
  const counts: Record<string, number> = { key: 0, dormant: 0, ordinary: 0, potential: 0 };
  for (const g of grades) counts[g.grade] = (counts[g.grade] ?? 0) + 1;
  return counts;
}

function float(): Record<string, number> {
  return floatSummariseAndGrade(transactions, END, PERIOD_START);
}

function time(run: () => Record<string, number>) {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const grades = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, grades };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const exact: number[] = [];
const plain: number[] = [];
const exactCpu: number[] = [];
const plainCpu: number[] = [];
let grades: [Record<string, number>, Record<string, number>] = [{}, {}];
time(engine);
time(float);
for (let i = 0; i < runs; i += 1) {
  const e = time(engine);
  const f = time(float);
  exact.push(e.ms);
  plain.push(f.ms);
  exactCpu.push(e.cpuMs);
  plainCpu.push(f.cpuMs);
  grades = [e.grades, f.grades];
}
console.log(
  JSON.stringify(
    {
      transactions: transactions.length,
      runs,
      exactMs: { min: Math.round(Math.min(...exact)), median: Math.round(median(exact)) },
      plainMs: { min: Math.round(Math.min(...plain)), median: Math.round(median(plain)) },
      ratio: Number((median(exact) / median(plain)).toFixed(2)),
      cpuMs: {
        exact: { min: Math.round(Math.min(...exactCpu)), median: Math.round(median(exactCpu)) },
        plain: { min: Math.round(Math.min(...plainCpu)), median: Math.round(median(plainCpu)) },
      },
      cpuRatio: Number((median(exactCpu) / median(plainCpu)).toFixed(2)),
      grades: { exact: grades[0], plain: grades[1] },
      loadavg: loadavg().map((x) => Number(x.toFixed(1))),
    },
    null,
    2,
  ),
);
