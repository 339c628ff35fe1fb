import { attemptAsync, CrmRulesError, type SafeResult } from '../errors';
import type { GradeRecord } from '../grading';
import type { CrmStore } from '../ports';
import { checkBook } from './_lib/checkBook';
import { closeContext } from './_lib/closeContext';
import { CLOSE_RESULT_KINDS, closeRecords } from './_lib/closeRecords';
import { type CloseContext, gradeBook } from './_lib/gradeBook';
import { payBook } from './_lib/payBook';
import { readBook } from './_lib/readBook';
import { scoreManagers } from './_lib/scoreManagers';
import { storeRecords } from './_lib/storeRecords';
import type { CloseBooksInput, CloseReport } from './CloseReport';

/**
 * Closes a period for a company (the period close of issue 20; not commission's `closePeriod`,
 * which closes commission state alone): reads every collection of the store once, grades the
 * customers (`gradeCustomers`, with movements against the last close), measures and scores each
 * manager's KPIs (`measureKpis`, `scoreScorecard`, `rankScores`), computes the commission
 * statements with the KPI-linked bonus fed by those scores (`toKpiScores`, `computeStatements`),
 * runs the risk checks with the new grades (`runRiskChecks`), and stores every result through
 * `store.results` — grades, scorecards, statements and findings, keyed by subject and period.
 * Puts are idempotent: closing the same period again with the same data stores nothing
 * (`stored.unchanged` counts every record). With `closed: true` the records are closed, so a
 * later close that would change them rejects with `CONFLICT`.
 *
 * @param store - a {@link CrmStore} (e.g. `createMemoryStore(dataset)` from `crm-rules/memory`)
 * that can list every collection and write results
 * @param input - the period, base currency, rules and the inputs a store does not hold (see
 * {@link CloseBooksInput})
 * @returns the report: each area's result, the leaderboard and what was stored
 * @throws CrmRulesError `INVALID_PERIOD` at `['input', 'period']`; `INVALID_INPUT` at
 * `['input', …]` for a missing rule or a bad currency; `UNSUPPORTED_CAPABILITY` from a store that
 * cannot list or write; and whatever the areas throw for bad rules or data, with their paths
 * (`['policy', …]`, `['scorecard', …]`, `MISSING_FX_RATE` …)
 * @example
 * ```ts
 * import { createMemoryStore } from 'crm-rules/memory';
 *
 * const store = createMemoryStore({
 *   accountManagers: [{ id: 'AM-1', name: 'Wang Li', teamId: 'T-EU', hireDate: '2020-01-01', payCurrency: 'CNY' }],
 *   customers: [{ id: 'C-1', name: 'Hamburg Pumpen GmbH', country: 'DE', ownerId: 'AM-1' }],
 * });
 * const rules = {
 *   gradePolicy: { effectiveFrom: '2026-01-01', rules: [], default: 'potential' },
 *   scorecard: { id: 'card', effectiveFrom: '2026-01-01', scale: { min: '0', max: '5' }, combine: 'weighted-sum',
 *     kpis: [{ id: 'teamwork', metric: 'manual', weight: '100', curve: { kind: 'linear', points: [{ x: '0', y: '0' }, { x: '5', y: '5' }] } }] },
 *   commission: {
 *     plans: [{ id: 'am', version: 1, name: 'Account managers', effectiveFrom: '2026-01-01', currency: 'CNY',
 *       periodGrain: 'quarter', crediting: { base: 'invoiced' },
 *       kpiBonuses: [{ id: 'card-bonus', name: 'Scorecard bonus', kpi: 'card', targetBonus: { amount: '1000', currency: 'CNY' },
 *         curve: [{ score: '0', payoutPercent: '0' }, { score: '5', payoutPercent: '100' }] }] }],
 *     assignments: [{ payeeId: 'AM-1', planId: 'am', effectiveFrom: '2026-01-01' }],
 *   },
 *   riskPolicy: { effectiveFrom: '2026-01-01', checks: {} },
 * };
 * const manualKpis = [{ managerId: 'AM-1', kpi: 'teamwork', value: '4', source: 'review' }];
 * const input = { period: '2026-Q3', baseCurrency: 'CNY', rules, manualKpis };
 * const report = await closeBooks(store, input);
 * [report.grading.result.grades[0]?.grade, report.kpi.leaderboard[0]?.score, report.commission.statements[0]?.totals.payable, report.stored];
 * //=> ['potential', '4', '800.00', { created: 3, replaced: 0, unchanged: 0 }]
 * (await closeBooks(store, input)).stored;
 * //=> { created: 0, replaced: 0, unchanged: 3 }
 * ```
 */
export async function closeBooks(store: CrmStore, input: CloseBooksInput): Promise<CloseReport> {
  if (typeof store !== 'object' || store === null || typeof store.results !== 'object')
    throw new CrmRulesError('INVALID_INPUT', 'expected a CrmStore', { path: ['store'] });
  const ctx = closeContext(input);
  const book = await readBook(store);
  const { rules } = input;
  const grading = gradeBook(book, rules.gradePolicy, ctx, await previousGrades(store, ctx));
  const kpi = scoreManagers(book, rules.scorecard, input.manualKpis ?? [], ctx);
  const statements = payBook(book, input, ctx, kpi.kpiScores);
  const risk = checkBook(book, input, ctx, grading.result.grades);
  const records = closeRecords(
    {
      period: ctx.period,
      grades: grading.result.grades,
      scorecards: kpi.scorecards,
      statements,
      findings: risk.findings,
    },
    input.closed === true,
  );
  const stored = await storeRecords(store.results, store.supports, records);
  return {
    period: { label: ctx.period, start: ctx.start, end: ctx.end, previous: ctx.previous },
    asOf: ctx.asOf,
    baseCurrency: ctx.baseCurrency,
    grading,
    kpi,
    commission: { statements },
    risk,
    stored,
  };
}

/**
 * Like {@link closeBooks}, but resolves to `{ success, data | error }` instead of rejecting; it
 * never rejects.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'crm-rules/memory';
 *
 * const closed = await safeCloseBooks(createMemoryStore(), { period: '2026-Q5' } as never);
 * closed.success ? null : [closed.error.code, closed.error.path];
 * //=> ['INVALID_PERIOD', ['input', 'period']]
 * ```
 */
export function safeCloseBooks(
  store: CrmStore,
  input: CloseBooksInput,
): Promise<SafeResult<CloseReport>> {
  return attemptAsync(() => closeBooks(store, input));
}

/** The grades stored by the previous period's close, or `null` when there are none. */
async function previousGrades(store: CrmStore, ctx: CloseContext): Promise<GradeRecord[] | null> {
  if (!store.supports.results.read) return null;
  const grades: GradeRecord[] = [];
  const filter = { period: ctx.previous };
  for await (const record of store.results.list(CLOSE_RESULT_KINDS.grade, filter))
    grades.push(record.value as unknown as GradeRecord);
  return grades.length === 0 ? null : grades;
}
