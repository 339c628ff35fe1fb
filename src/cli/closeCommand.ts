import type { Locale } from '../explain';
import type { Dataset } from '../model';
import { renderHtmlReport } from '../report';
import { type CloseBooksInput, type CloseReport, closeReportPage } from '../workflows';

/** The report's figures as JSON: each area's totals, without the traces. */
export function reportSummary(report: CloseReport) {
  return {
    period: report.period,
    asOf: report.asOf,
    baseCurrency: report.baseCurrency,
    grades: report.grading.result.counts,
    movements: report.grading.movements.totals,
    leaderboard: report.kpi.leaderboard.map(({ id, score, rank }) => ({
      managerId: id,
      score,
      rank,
    })),
    commission: report.commission.statements.map((s) => ({
      payeeId: s.payeeId,
      payable: s.totals.payable,
      currency: s.currency,
    })),
    risk: { checks: report.risk.checks, ...report.risk.company.bySeverity },
    stored: report.stored,
  };
}

/**
 * The close as a self-contained HTML page (`closeReportPage`, with the folder's open documents
 * for the aging chart).
 */
export function closeHtmlPage(
  report: CloseReport,
  { dataset, input }: { dataset: Dataset; input: CloseBooksInput },
  locale: Locale,
): string {
  const receivables = {
    invoices: dataset.invoices ?? [],
    payments: dataset.payments ?? [],
    creditNotes: dataset.creditNotes ?? [],
    fxRates: input.fxRates ?? [],
  };
  return renderHtmlReport(closeReportPage(report, { locale, receivables })).trimEnd();
}

const WORDS = {
  en: {
    close: 'close',
    to: 'to',
    grades: 'grades',
    movements: 'movements',
    up: 'up',
    down: 'down',
    new: 'new',
    risk: 'risk',
    stored: 'stored',
    replaced: 'replaced',
    unchanged: 'unchanged',
    block: 'block',
    warning: 'warning',
    info: 'info',
    sep: ', ',
  },
  'zh-CN': {
    close: '期末结算',
    to: '至',
    grades: '等级',
    movements: '变动',
    up: '升级',
    down: '降级',
    new: '新增',
    risk: '风险',
    stored: '已存储',
    replaced: '替换',
    unchanged: '未变',
    block: '阻断',
    warning: '警告',
    info: '提示',
    sep: '，',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The close's figures as text lines, words in the locale. */
export function summaryText(s: ReturnType<typeof reportSummary>, locale: Locale = 'en'): string[] {
  const w = WORDS[locale];
  return [
    `${w.close} ${s.period.label} (${s.period.start} ${w.to} ${s.asOf}), ${s.baseCurrency}`,
    `${w.grades}: ${s.grades.map((g) => `${g.grade} ${g.customers}`).join(w.sep)}`,
    `${w.movements}: ${s.movements.up} ${w.up}, ${s.movements.down} ${w.down}, ${s.movements.new} ${w.new}`,
    ...s.leaderboard.map((r) => `kpi ${r.rank}. ${r.managerId} ${r.score}`),
    ...s.commission.map((c) => `commission ${c.payeeId} ${c.payable} ${c.currency}`),
    `${w.risk}: ${s.risk.block} ${w.block}, ${s.risk.warning} ${w.warning}, ${s.risk.info} ${w.info}`,
    `${w.stored}: ${s.stored.created} ${w.new}, ${s.stored.replaced} ${w.replaced}, ${s.stored.unchanged} ${w.unchanged}`,
  ];
}
