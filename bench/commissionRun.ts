/**
 * The commission benchmark in one run (docs/design/commission.md §9): N order lines for 10,000
 * payees through the benchmark plan — rate table, cumulative marginal tiers, accelerator, cap,
 * two-way splits, FX — timed for the exact engine (statements with totals; lines built on first
 * read) and for a plain-number implementation of the same plan (`commissionFloat.ts`), with wall
 * and CPU time (`process.cpuUsage`, all threads), min and median over `--runs`, the ratio, and the
 * process's peak memory; then the time to read every line of every statement. `--scale` instead
 * streams the orders from a generator (nothing holds them) for 1,000,000 and 10,000,000 lines and
 * reports the time ratio. `--fresh N` runs N child processes instead, each warmed up and timed
 * once (a batch job's view: no heap left over from an earlier run, no forced full collection of
 * the 300 MB input between runs), and reports their runs, min and median. Bundle it first so module
 * interop does not distort the timings:
 *
 *   D=$(mktemp -d) && npx esbuild bench/commissionRun.ts --bundle --platform=node --format=esm \
 *     --outfile=$D/run.mjs && node --expose-gc $D/run.mjs 1000000 --runs 5
 *   node --expose-gc --max-old-space-size=4096 $D/run.mjs --scale
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { computeStatements, type Statement } from '../src/commission';
import { type BenchOrder, benchData, benchFacts, benchStream } from './commissionData';
import { floatStatements } from './commissionFloat';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const lines = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const runs = option('--runs', 3);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => Math.round(bytes / 1_048_576);
const peak = () => Math.round(process.resourceUsage().maxRSS / 1024);

interface Timing {
  wall: number;
  cpu: number;
}

function time<T>(run: () => T): [T, Timing] {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [result, { wall, cpu: (used.user + used.system) / 1000 }];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const summary = (ts: Timing[]) => ({
  wallMin: Math.round(Math.min(...ts.map((t) => t.wall))),
  wallMedian: Math.round(median(ts.map((t) => t.wall))),
  cpuMin: Math.round(Math.min(...ts.map((t) => t.cpu))),
  cpuMedian: Math.round(median(ts.map((t) => t.cpu))),
});

function engine(input: ReturnType<typeof benchData> | ReturnType<typeof benchStream>) {
  return computeStatements(input, { documents: 'trusted' });
}

function float(input: ReturnType<typeof benchData> | ReturnType<typeof benchStream>) {
  const { keys, payCurrency } = benchFacts(input);
  return floatStatements(
    input.orders as Iterable<BenchOrder>,
    input.splits ?? [],
    keys,
    (id) => payCurrency.get(id) ?? 'USD',
  );
}

if (args.includes('--fresh')) {
  // One child process per timed run; each prints its report, gathered here.
  const children = option('--fresh', 5);
  const rest = args.filter((a, i) => a !== '--fresh' && args[i - 1] !== '--fresh');
  const reports: Array<{
    engine: { wallMin: number; cpuMin: number };
    float: { wallMin: number };
  }> = [];
  for (let i = 0; i < children; i++) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] as string, ...rest, '--runs', '1', '--engine-only'],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (child.status !== 0) throw new Error(`run ${i + 1} failed: ${child.stderr}`);
    reports.push(JSON.parse(child.stdout));
  }
  const engineRuns = reports.map((r) => r.engine.wallMin);
  const floatRuns = reports.map((r) => r.float.wallMin);
  console.log(
    JSON.stringify(
      {
        node: process.version,
        loadAverage: loadavg().map((x) => x.toFixed(2)),
        lines,
        freshProcesses: children,
        engineWallRuns: engineRuns,
        engineWallMin: Math.min(...engineRuns),
        engineWallMedian: Math.round(median(engineRuns)),
        engineCpuMedian: Math.round(median(reports.map((r) => r.engine.cpuMin))),
        floatWallMedian: Math.round(median(floatRuns)),
        ratioWallMedian: (median(engineRuns) / median(floatRuns)).toFixed(2),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

// Warm up the JIT on a small data set (another seed).
const warm = benchData(40_000, 1_000, 7);
engine(warm);
float(warm);

const report: Record<string, unknown> = {
  node: process.version,
  loadAverage: loadavg().map((x) => x.toFixed(2)),
};

if (args.includes('--scale')) {
  // Streamed orders: the generator's own cost is measured alone and reported with the runs.
  for (const n of [1_000_000, 10_000_000]) {
    const input = benchStream(n);
    const [, generate] = time(() => {
      let count = 0;
      for (const order of input.orders) count += order.lines.length;
      return count;
    });
    const [statements, run] = time(() => engine(input));
    report[`lines${n}`] = {
      statements: statements.length,
      engineWallMs: Math.round(run.wall),
      engineCpuMs: Math.round(run.cpu),
      generatorAloneWallMs: Math.round(generate.wall),
      peakRssMb: peak(),
    };
  }
  const one = report.lines1000000 as { engineWallMs: number; engineCpuMs: number };
  const ten = report.lines10000000 as { engineWallMs: number; engineCpuMs: number };
  report.ratioWall = (ten.engineWallMs / one.engineWallMs).toFixed(2);
  report.ratioCpu = (ten.engineCpuMs / one.engineCpuMs).toFixed(2);
} else {
  const data = benchData(lines);
  report.lines = lines;
  report.payees = 10_000;
  report.rssAfterDataMb = peak();
  const engineTimes: Timing[] = [];
  const floatTimes: Timing[] = [];
  let statements: Statement[] = [];
  let floats: ReturnType<typeof float> = [];
  for (let i = 0; i < runs; i++) {
    statements = [];
    const [s, e] = time(() => engine(data));
    statements = s;
    engineTimes.push(e);
    report.peakRssAfterEngineMb = peak();
    const [f, t] = time(() => float(data));
    floats = f;
    floatTimes.push(t);
  }
  const exact = summary(engineTimes);
  const plain = summary(floatTimes);
  report.runs = runs;
  report.engineWallRuns = engineTimes.map((t) => Math.round(t.wall));
  report.engine = exact;
  report.float = plain;
  report.ratioCpuMedian = (exact.cpuMedian / plain.cpuMedian).toFixed(2);
  report.ratioWallMedian = (exact.wallMedian / plain.wallMedian).toFixed(2);
  report.statements = statements.length;
  report.payableExact = statements
    .reduce((sum: number, s: Statement) => sum + Number(s.totals.payable), 0)
    .toFixed(2);
  report.payableFloat = floats.reduce((sum, s) => sum + s.payable, 0).toFixed(2);
  if (!args.includes('--engine-only')) {
    // Read every line of every statement the way an export does: statement by statement, letting
    // each one go once written.
    const pending: Array<Statement | undefined> = statements.splice(0);
    const [count, read] = time(() => {
      let n = 0;
      for (let i = 0; i < pending.length; i++) {
        n += (pending[i] as Statement).lines.length;
        pending[i] = undefined;
      }
      return n;
    });
    report.statementLines = count;
    report.readLines = { wallMs: Math.round(read.wall), cpuMs: Math.round(read.cpu) };
    report.peakRssAfterLinesMb = peak();
  }
}
report.heapUsedMb = mb(process.memoryUsage().heapUsed);
console.log(JSON.stringify(report, null, 2));
