import { createMemoryStore } from '../adapters/memory';
import type { Statement } from '../commission';
import type { RiskRunReport } from '../risk';
import { type CloseReport, closeBooks } from '../workflows';
import { checkBook } from '../workflows/_lib/checkBook';
import { closeContext } from '../workflows/_lib/closeContext';
import { gradeBook } from '../workflows/_lib/gradeBook';
import { payBook } from '../workflows/_lib/payBook';
import { readBook } from '../workflows/_lib/readBook';
import { type ManagerScores, scoreManagers } from '../workflows/_lib/scoreManagers';
import type { Company, RuleFile } from './readCompany';

/** The jobs of the CLI: the whole close, or one of its four jobs alone. */
export const JOBS = ['close', 'grade', 'score', 'commission', 'risk'] as const;
export type Job = (typeof JOBS)[number];

/** The rule files each job needs (a job reads only the ones it applies). */
export const JOB_RULES = {
  close: ['gradePolicy', 'scorecard', 'commissionPlan', 'commissionAssignments', 'riskPolicy'],
  grade: ['gradePolicy'],
  score: ['scorecard'],
  commission: ['scorecard', 'commissionPlan', 'commissionAssignments'],
  risk: ['gradePolicy', 'riskPolicy'],
} as const satisfies Record<Job, readonly RuleFile[]>;

/** What a job computed. */
export type JobResult =
  | { readonly job: 'close'; readonly report: CloseReport }
  | {
      readonly job: 'grade';
      readonly grading: ReturnType<typeof gradeBook>;
      readonly asOf: string;
      readonly period: string;
    }
  | {
      readonly job: 'score';
      readonly kpi: ManagerScores;
      readonly asOf: string;
      readonly period: string;
    }
  | {
      readonly job: 'commission';
      readonly statements: readonly Statement[];
      readonly period: string;
    }
  | { readonly job: 'risk'; readonly risk: RiskRunReport };

/**
 * Runs a job over a company on the memory store, by the same steps as `closeBooks` (one
 * source): `grade` grades the customers (movements against each customer's stored grade),
 * `score` measures, scores and ranks the managers, `commission` scores them and computes the
 * statements with the KPI-linked bonus, `risk` grades and runs the risk checks with the new
 * grades; `close` is `closeBooks` itself.
 */
export async function runJob(job: Job, company: Company): Promise<JobResult> {
  const { input } = company;
  const store = createMemoryStore(company.dataset);
  if (job === 'close') return { job, report: await closeBooks(store, input) };
  const ctx = closeContext(input);
  const book = await readBook(store);
  const manual = input.manualKpis ?? [];
  switch (job) {
    case 'grade':
      return {
        job,
        grading: gradeBook(book, input.rules.gradePolicy, ctx, null),
        asOf: ctx.asOf,
        period: ctx.period,
      };
    case 'score':
      return {
        job,
        kpi: scoreManagers(book, input.rules.scorecard, manual, ctx),
        asOf: ctx.asOf,
        period: ctx.period,
      };
    case 'commission': {
      const kpi = scoreManagers(book, input.rules.scorecard, manual, ctx);
      return { job, statements: payBook(book, input, ctx, kpi.kpiScores), period: ctx.period };
    }
    case 'risk': {
      const grading = gradeBook(book, input.rules.gradePolicy, ctx, null);
      return { job, risk: checkBook(book, input, ctx, grading.result.grades) };
    }
    default: {
      const _exhaustive: never = job;
      return _exhaustive;
    }
  }
}
