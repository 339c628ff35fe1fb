/**
 * Assignment benchmark: 100,000 customers over 500 managers (`bench/assignmentData.ts`),
 * `assignAccounts` in `balanced` mode (rows read, eligibility per profile, the min-cost flow plan,
 * the value pass, traces) beside the plain greedy reference in the same run. Usage:
 *   node bench/_support/runBundled.mjs bench/assignmentRun.ts [--runs 3] [--customers N]
 */
import { assignAccounts } from '../src/assignment';
import { assignmentBook, BENCH_POLICY, plainGreedy } from './assignmentData';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const runs = option('runs', 3);
const customers = option('customers', 100_000);
const book = assignmentBook(customers, 500);
const engine: number[] = [];
const plain: number[] = [];
for (let run = 0; run < runs; run += 1) {
  let start = performance.now();
  const result = assignAccounts(BENCH_POLICY, book, { asOf: '2026-06-30' });
  engine.push(performance.now() - start);
  start = performance.now();
  const greedy = plainGreedy(book, 2026);
  plain.push(performance.now() - start);
  const placed = greedy.filter((m) => m !== -1).length;
  const lost = result.customers.filter(
    (r) => r.owner === 'rebalanced' || r.owner === 'capacity',
  ).length;
  console.log(
    `run ${run + 1}: engine ${engine[run]?.toFixed(0)} ms (moved ${result.moved}, owners it may keep lost ${lost}, unplaceable ${result.unplaceable.length}, count spread ${result.balance.customers.spread}, value spread ${result.balance.value.spread.amount}); plain greedy ${plain[run]?.toFixed(0)} ms (placed ${placed})`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `median: engine ${median(engine).toFixed(0)} ms, plain greedy ${median(plain).toFixed(0)} ms`,
);
