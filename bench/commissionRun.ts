/**
 * The commission benchmark in one run (docs/design/commission.md §9): N order lines for 10,000
 * payees through the benchmark plan — rate table, cumulative marginal tiers, accelerator, cap,
 * two-way splits, FX — timed for the exact engine (statements with totals; lines built on first
 * read), for reading every line of every statement, and for a plain-number implementation of the
 * same plan, with the ratio and the process's peak memory. Bundle it first so module interop does
 * not distort the timings:
 *
 *   D=$(mktemp -d) && npx esbuild bench/commissionRun.ts --bundle --platform=node --format=esm \
 *     --outfile=$D/run.mjs && node --expose-gc $D/run.mjs 1000000
 *   node --expose-gc --max-old-space-size=16000 $D/run.mjs 10000000 --engine-only
 */
import { computeStatements, type Statement } from '../src/commission';
import { benchData } from './commissionData';
import { floatStatements } from './commissionFloat';

const lines = Number(process.argv[2] ?? 1_000_000);
const engineOnly = process.argv.includes('--engine-only');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => Math.round(bytes / 1_048_576);
const peak = () => Math.round(process.resourceUsage().maxRSS / 1024);

function time<T>(run: () => T): [T, number] {
  gc();
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

// Warm up the JIT on a small data set (another seed), then build the measured one.
const warm = benchData(40_000, 1_000, 7);
computeStatements(warm, { documents: 'trusted' });
floatStatements(warm.orders, warm.splits ?? [], new Set(), () => 'USD');
const data = benchData(lines);
const keys = new Set(
  (data.customers as Array<{ id: string; grade?: string }>)
    .filter((c) => c.grade === 'key')
    .map((c) => c.id),
);
const payCurrency = new Map(
  (data.assignments as unknown as Array<{ payeeId: string; currency: string }>).map((a) => [
    a.payeeId,
    a.currency,
  ]),
);
const report: Record<string, number | string> = { lines, payees: 10_000, rssAfterData: peak() };

const [statements, engine] = time(() => computeStatements(data, { documents: 'trusted' }));
report.engineMs = Math.round(engine);
report.statements = statements.length;
report.peakRssAfterEngine = peak();
if (!engineOnly) {
  const exact = statements.reduce((sum: number, s: Statement) => sum + Number(s.totals.payable), 0);
  const [floats, float] = time(() =>
    floatStatements(data.orders, data.splits ?? [], keys, (id) => payCurrency.get(id) ?? 'USD'),
  );
  report.floatMs = Math.round(float);
  report.ratio = (engine / float).toFixed(2);
  report.payableExact = exact.toFixed(2);
  report.payableFloat = floats.reduce((sum, s) => sum + s.payable, 0).toFixed(2);
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
  report.readLinesMs = Math.round(read);
  report.ratioWithLines = ((engine + read) / float).toFixed(2);
  report.peakRssAfterLines = peak();
}
report.heapUsedMb = mb(process.memoryUsage().heapUsed);
console.log(JSON.stringify(report, null, 2));
