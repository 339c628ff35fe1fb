/**
 * The KPI benchmark (issue 15): 10,000 managers × 12 KPIs over a quarter of facts — 1,000,000
 * order lines (plus 100,000 of the prior quarter for growth), 200,000 survey responses, 300,000
 * payments and their invoices, deliveries, credit notes, complaints, training records, customers
 * and targets (bench/_support/kpiData.ts) — measured by `measureKpis` (evidence `counts`) and
 * scored by `scoreScorecard` (the scorecard prepared once by `prepareScorecard`) through `kpiValues`, against a plain-number implementation of the
 * same metrics and scorecard (bench/kpiFloat.ts) in the same process. Reports min and median
 * wall time and process CPU time (user + system, GC threads included) over `--runs` (default 3),
 * the wall and CPU time of the last run's scoring, the ratios of the medians and the load average:
 *
 *   npm run bench:kpi               # node bench/_support/runBundled.mjs bench/kpiRun.ts
 *   npm run bench:kpi -- --runs 5
 */
import { loadavg } from 'node:os';
import { kpiValues, measureKpis, prepareScorecard, scoreScorecard } from '../src/kpi';
import { createFxTable, findRate } from '../src/money';
import { FULL_SIZE, FX_RATES, kpiBenchFacts } from './_support/kpiData';
import { floatMeasure, floatScore, floatValues } from './kpiFloat';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at < 0 ? 3 : Number(args[at + 1]);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt < 0 ? 1 : Number(args[scaleAt + 1]);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const linear = (...xy: [number, number][]) => ({
  kind: 'linear' as const,
  points: xy.map(([x, y]) => ({ x: String(x), y: String(y) })),
});
const kpi = (id: string, metric: string, weight: number, curve: object) => ({
  id,
  metric,
  weight: String(weight),
  curve,
});
export const card = {
  id: 'am-2026-q1',
  effectiveFrom: '2026-01-01',
  scale: { min: '0', max: '100' },
  combine: 'weighted-sum' as const,
  kpis: [
    kpi('sales', 'sales_amount', 10, { kind: 'ratio', direction: 'higher-is-better', cap: '1.5' }),
    kpi('growth', 'sales_growth', 8, linear([-50, 0], [0, 50], [50, 100])),
    kpi('new', 'new_customers', 8, linear([0, 0], [5, 100])),
    kpi('completion', 'order_completion_rate', 8, linear([0, 0], [100, 100])),
    kpi('onTime', 'on_time_delivery_rate', 8, linear([50, 0], [100, 100])),
    kpi('collection', 'collection_rate', 10, linear([50, 0], [100, 100])),
    kpi('dso', 'dso', 8, linear([0, 100], [60, 0])),
    kpi('complaints', 'complaint_count', 8, linear([0, 100], [5, 0])),
    kpi('csat', 'csat', 8, linear([0, 0], [100, 100])),
    kpi('nps', 'nps', 8, linear([-100, 0], [100, 100])),
    kpi('training', 'training_completion', 8, linear([0, 0], [100, 100])),
    kpi('target', 'target_completion', 8, linear([0, 0], [100, 100], [150, 120])),
  ],
  gates: [{ kpi: 'collection', below: '20', capAt: '60' }],
};

const Q1 = { start: '2026-01-01', end: '2026-04-01', label: '2026-Q1' };
const Q4 = { start: '2025-10-01', end: '2026-01-01', label: '2025-Q4' };
const fx = createFxTable(FX_RATES);

const t0 = performance.now();
const { managerIds, facts } = kpiBenchFacts({
  managers: Math.round(FULL_SIZE.managers * scale),
  orderLines: Math.round(FULL_SIZE.orderLines * scale),
  surveys: Math.round(FULL_SIZE.surveys * scale),
  payments: Math.round(FULL_SIZE.payments * scale),
});
console.log(
  `facts generated in ${Math.round(performance.now() - t0)} ms: ${facts.orders.length} orders, ${facts.payments.length} payments, ${facts.surveyResponses.length} survey responses`,
);

function engine() {
  const measures = measureKpis(facts, {
    period: Q1,
    priorPeriod: Q4,
    baseCurrency: 'USD',
    fx,
    evidence: 'counts',
  });
  const t = performance.now();
  const cpu = process.cpuUsage();
  const prepared = prepareScorecard(card);
  let checksum = 0;
  for (const id of managerIds) {
    const scored = scoreScorecard(
      prepared,
      kpiValues(measures, id, prepared, { whenNull: 'zero' }),
    );
    checksum += Number(scored.score);
  }
  const used = process.cpuUsage(cpu);
  return {
    checksum,
    scoring: performance.now() - t,
    scoringCpu: (used.user + used.system) / 1000,
  };
}

function float() {
  const rates = new Map<string, number>();
  const rate = (currency: string, date: string) => {
    if (currency === 'USD') return 1;
    const key = `${currency}${date}`;
    let r = rates.get(key);
    if (r === undefined) {
      r = Number(findRate(fx, currency, 'USD', { method: 'on-or-before', date })?.rate);
      rates.set(key, r);
    }
    return r;
  };
  const by = floatMeasure(
    facts as never,
    {
      start: Q1.start,
      end: Q1.end,
      priorStart: Q4.start,
      priorEnd: Q4.end,
      asOf: '2026-03-31',
      days: 90,
      label: '2026-Q1',
    },
    rate,
  );
  let checksum = 0;
  for (const id of managerIds) {
    const a = by.get(id);
    if (a === undefined) continue;
    checksum += floatScore(card as never, 5, floatValues(a, 90), a.target);
  }
  return { checksum, scoring: 0, scoringCpu: 0 };
}

function time(run: () => { checksum: number; scoring: number; scoringCpu: number }) {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const out = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, ...out };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const exact: number[] = [];
const plain: number[] = [];
const exactCpu: number[] = [];
const plainCpu: number[] = [];
let scoring = 0;
let scoringCpu = 0;
let sums: [number, number] = [0, 0];
time(engine);
time(float);
for (let i = 0; i < runs; i += 1) {
  const e = time(engine);
  const f = time(float);
  exact.push(e.ms);
  plain.push(f.ms);
  exactCpu.push(e.cpuMs);
  plainCpu.push(f.cpuMs);
  scoring = e.scoring;
  scoringCpu = e.scoringCpu;
  sums = [e.checksum, f.checksum];
}
const report = {
  managers: managerIds.length,
  kpis: card.kpis.length,
  runs,
  exactMs: {
    min: Math.round(Math.min(...exact)),
    median: Math.round(median(exact)),
    scoringOfLastRun: Math.round(scoring),
    scoringCpuOfLastRun: Math.round(scoringCpu),
  },
  plainMs: { min: Math.round(Math.min(...plain)), median: Math.round(median(plain)) },
  ratio: Number((median(exact) / median(plain)).toFixed(2)),
  cpuMs: {
    exact: { min: Math.round(Math.min(...exactCpu)), median: Math.round(median(exactCpu)) },
    plain: { min: Math.round(Math.min(...plainCpu)), median: Math.round(median(plainCpu)) },
  },
  cpuRatio: Number((median(exactCpu) / median(plainCpu)).toFixed(2)),
  meanScore: {
    exact: Number((sums[0] / managerIds.length).toFixed(4)),
    plain: Number((sums[1] / managerIds.length).toFixed(4)),
  },
  loadavg: loadavg().map((x) => Number(x.toFixed(1))),
};
console.log(JSON.stringify(report, null, 2));
