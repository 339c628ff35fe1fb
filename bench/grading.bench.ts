import { bench, describe } from 'vitest';
import { type CustomerFacts, gradingFacts } from '../src/grading/facts';
import { gradeCustomers } from '../src/grading/policy';
import { rfmScores } from '../src/grading/rfm';
import {
  ledgerOf,
  type PurchaseLedger,
  type SummaryResult,
  summarise,
} from '../src/grading/summary';
import { GRADING_POLICY, gradingTransactions } from './_support/gradingData';

/**
 * Customer grading at scale (target in docs/performance.md: 1,000,000 transactions of 100,000
 * customers summarised and graded in ≤ 1.5 s). The data are generated once, outside the timings,
 * by a seeded generator (bench/_support/gradingData.ts): three years of purchases and 3 % returns
 * in random order. "summarised and graded" times the whole public path: reading and validating
 * every transaction into a ledger, RFM summaries, quintile RFM scores, grading facts and a
 * four-rule grade policy with traces.
 *
 *   npx vitest bench --run bench/grading.bench.ts
 */

const transactions = gradingTransactions({
  customers: 100_000,
  transactions: 1_000_000,
  seed: 20261122,
});
const END = '2025-12-31';

const policy = GRADING_POLICY;

interface Stages {
  ledger: PurchaseLedger;
  summary: SummaryResult;
  /** The RFM scores as extra facts. */
  scores: CustomerFacts[];
  facts: CustomerFacts[];
}

/** Everything before grading, for the benches that time one stage (built outside the timing). */
function stages(): Stages {
  const ledger = ledgerOf(transactions, { currency: 'USD' });
  const summary = summarise(ledger, { end: END, convention: 'rfm', periodStart: '2025-01-01' });
  const scores = rfmScores(summary).map((s) => ({
    customerId: s.customerId,
    facts: { rfmR: s.r, rfmF: s.f, rfmM: s.m },
  }));
  const facts = gradingFacts(summary, scores);
  return { ledger, summary, scores, facts };
}

function summariseAndGrade(): number {
  const { facts } = stages();
  return gradeCustomers(policy, facts, { asOf: END, period: '2025' }).grades.length;
}

describe('grading: 1,000,000 transactions of 100,000 customers', () => {
  // Each stage's input is built in `setup` and dropped in `teardown`, so no bench pays for the
  // garbage collector walking another bench's retained results.
  let input: Stages | null = null;
  const options = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };
  const staged = {
    ...options,
    setup: () => {
      input ??= stages();
    },
    teardown: () => {
      input = null;
    },
  };
  const ready = (): Stages => input as Stages;

  bench(
    'summarised and graded (ledger → RFM summary → RFM scores → facts → grade policy)',
    () => {
      summariseAndGrade();
    },
    options,
  );

  bench(
    'read 1,000,000 transactions into a ledger',
    () => {
      ledgerOf(transactions, { currency: 'USD' });
    },
    options,
  );

  bench(
    'summarise 100,000 customers (RFM convention)',
    () => {
      summarise(ready().ledger, { end: END, convention: 'rfm', periodStart: '2025-01-01' });
    },
    staged,
  );

  bench(
    'RFM quintile scores of 100,000 customers',
    () => {
      rfmScores(ready().summary);
    },
    staged,
  );

  bench(
    'grading facts of 100,000 customers (summary and RFM scores)',
    () => {
      gradingFacts(ready().summary, ready().scores);
    },
    staged,
  );

  bench(
    'grade 100,000 customers by a four-rule policy',
    () => {
      gradeCustomers(policy, ready().facts, { asOf: END, period: '2025' });
    },
    staged,
  );
});
