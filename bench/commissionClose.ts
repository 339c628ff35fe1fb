/**
 * Period closing at scale (docs/performance.md): closes the benchmark's March (N order lines,
 * 10,000 payees; `commissionData.ts`) from an empty state, writes the state as JSON and reads it
 * back as a store would, then closes April (no new documents) from it — so the second close
 * measures what carrying March costs. Reports each close's wall time, the state's JSON size and
 * the process's peak memory. Run with `npm run bench:commission:close -- [lines]` (default
 * 200,000: the close prices every line in full, for the payout records exact clawbacks need).
 */
import { closePeriod, emptyCommissionState } from '../src/commission';
import { benchData } from './commissionData';

const lines = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200_000);
const ms = (start: number) => Math.round(performance.now() - start);
const data = benchData(lines);
const report: Record<string, unknown> = { node: process.version, lines, payees: 10_000 };

let start = performance.now();
const march = closePeriod(emptyCommissionState(), data, { documents: 'trusted' });
report.closeMarchMs = ms(start);
report.statements = march.statements.length;

start = performance.now();
const json = JSON.stringify(march.state);
report.stateJsonMs = ms(start);
report.stateMb = Number((json.length / 1_048_576).toFixed(1));
report.payoutRecords = march.state.payees.reduce((n, p) => n + p.payouts.length, 0);
const stored: unknown = JSON.parse(json);

start = performance.now();
const april = closePeriod(stored, { ...data, period: '2026-04', orders: [], splits: [] });
report.closeAprilMs = ms(start);
report.aprilStatements = april.statements.length;
report.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(report, null, 2));
