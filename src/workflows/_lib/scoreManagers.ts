import {
  type KpiMeasures,
  type KpiScoreRecord,
  kpiValues,
  measureKpis,
  type RankedScore,
  rankScores,
  scorecardAt,
  scoreScorecard,
  toKpiScores,
} from '../../kpi';
import type { ManagerScore } from '../CloseReport';
import type { CloseContext } from './gradeBook';
import type { Book } from './readBook';

/** What {@link scoreManagers} returns. */
export interface ManagerScores {
  readonly measures: KpiMeasures;
  readonly scorecards: ManagerScore[];
  readonly leaderboard: RankedScore[];
  readonly kpiScores: KpiScoreRecord[];
}

/**
 * Measures every manager's KPIs over the period, scores the scorecard in force on `asOf` for each
 * manager employed during the period (a metric without a value scores as 0), ranks the totals
 * and writes them as commission's KPI scores.
 */
export function scoreManagers(
  book: Book,
  versions: unknown,
  manual: readonly unknown[],
  ctx: CloseContext,
): ManagerScores {
  const card = scorecardAt(versions, ctx.asOf);
  const measures = measureKpis(
    {
      customers: book.customers,
      orders: book.orders,
      deliveries: book.deliveries,
      invoices: book.invoices,
      creditNotes: book.creditNotes,
      payments: book.payments,
      surveyResponses: book.surveyResponses,
      complaints: book.complaints,
      trainingRecords: book.trainingRecords,
      targets: book.targets,
      manual,
    },
    {
      period: { start: ctx.start, end: ctx.end, label: ctx.period },
      baseCurrency: ctx.baseCurrency,
      fx: ctx.fx,
      asOf: ctx.asOf,
    },
  );
  const measured = new Set(measures.managers.map((m) => m.managerId));
  const scorecards = book.accountManagers
    .filter((m) => m.hireDate < ctx.end && (m.leaveDate === undefined || m.leaveDate >= ctx.start))
    .filter((m) => measured.has(m.id))
    .map((m) => ({
      managerId: m.id,
      result: scoreScorecard(card, kpiValues(measures, m.id, card, { whenNull: 'zero' })),
    }));
  const leaderboard = rankScores(
    scorecards.map((s) => ({ id: s.managerId, score: s.result.score })),
  );
  const kpiScores = scorecards.flatMap((s) =>
    toKpiScores(s.result, { payeeId: s.managerId, period: ctx.period }),
  );
  return { measures, scorecards, leaderboard, kpiScores };
}
