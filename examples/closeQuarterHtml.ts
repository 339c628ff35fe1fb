/**
 * The 2026-Q3 close of the sample export trader as a self-contained HTML page
 * (`crm-rules/report`): the grade distribution, the KPI leaderboard, attainment against payout,
 * the receivables aging, each manager's commission and the top risk findings — tables and inline
 * SVG charts, in English or Chinese. `npm run demo` writes it to `reports/` and prints its path.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  coreCatalog,
  Decimal,
  type Locale,
  mergeCatalogs,
  renderStep,
  renderTrace,
  type TraceStep,
} from 'crm-rules';
import { createFxTable } from 'crm-rules/money';
import { type HtmlReportInput, type ReportBlockInput, renderHtmlReport } from 'crm-rules/report';
import { ageReceivables, buildExposureIndex, riskCatalog } from 'crm-rules/risk';
import { type CloseBooksInput, type CloseReport, closeCatalog } from 'crm-rules/workflows';
import { shownScore } from './closeQuarter';
import { exportTraderCompany, exportTraderDocuments } from './exportTraderClose';

/** The chart titles and column heads of the page, in each language. */
const WORDS = {
  en: {
    grades: 'Customers by grade',
    leaderboard: 'KPI leaderboard (score)',
    payout: 'Attainment against payout',
    attainment: 'attainment (%)',
    credited: 'credited sales',
    payable: 'payable',
    managers: 'account managers',
    aging: 'Receivables aging',
    manager: 'Account manager',
    rank: 'Rank',
    score: 'Score',
    severity: 'Severity',
    subject: 'Subject',
    finding: 'Finding',
  },
  'zh-CN': {
    grades: '各等级客户数',
    leaderboard: 'KPI 排行（得分）',
    payout: '目标达成率与应发提成',
    attainment: '达成率（%）',
    credited: '计提销售额',
    payable: '应发提成',
    managers: '客户经理',
    aging: '应收账款账龄',
    manager: '客户经理',
    rank: '名次',
    score: '得分',
    severity: '严重程度',
    subject: '对象',
    finding: '发现',
  },
} as const;

const catalog = mergeCatalogs(coreCatalog, riskCatalog, closeCatalog);

/** The page's report: its blocks in the order of the printed report. */
export function closeReportPage(
  report: CloseReport,
  input: CloseBooksInput,
  locale: Locale,
): HtmlReportInput {
  const words = WORDS[locale];
  const say = (code: string, params: TraceStep['params'] = {}) =>
    renderStep({ code, params }, { locale, catalog });
  return {
    title: say('workflow.close.title', {
      period: report.period.label,
      company: exportTraderCompany().name,
      start: report.period.start,
      end: report.asOf,
      currency: report.baseCurrency,
    }),
    locale,
    blocks: [
      {
        kind: 'heading',
        text: say('workflow.close.grades', { customers: report.grading.result.grades.length }),
      },
      {
        kind: 'bars',
        title: words.grades,
        bars: report.grading.result.counts.map(({ grade, customers }) => ({
          label: grade,
          value: String(customers),
        })),
      },
      {
        kind: 'heading',
        text: say('workflow.close.leaderboard', {
          scorecard: report.kpi.scorecards[0]?.result.scorecard ?? '',
        }),
      },
      {
        kind: 'bars',
        title: words.leaderboard,
        bars: report.kpi.leaderboard.map((row) => ({
          label: `${row.rank}. ${row.id}`,
          value: row.score,
          text: shownScore(row.score),
        })),
      },
      ...commissionBlocks(report, say, words),
      ...riskBlocks(
        report,
        input,
        say,
        words,
        (trace, fallback) => renderTrace(trace, { locale, catalog }).at(-1) ?? fallback,
      ),
    ],
  };
}

type Say = (code: string, params?: TraceStep['params']) => string;
type Words = (typeof WORDS)[Locale];

function commissionBlocks(report: CloseReport, say: Say, words: Words): ReportBlockInput[] {
  const { statements } = report.commission;
  // Attainment in % of quota where payees have quotas, else the credited sales themselves.
  const byPercent = statements.every((s) => s.attainment.percent !== null);
  const points = statements.map((s) => ({
    x: (byPercent ? s.attainment.percent : null) ?? s.attainment.credited,
    y: s.totals.payable,
  }));
  return [
    { kind: 'heading', text: say('workflow.close.commission', { period: report.period.label }) },
    ...(points.length === 0
      ? []
      : [
          {
            kind: 'line' as const,
            title: words.payout,
            xLabel: byPercent ? words.attainment : `${words.credited} (${report.baseCurrency})`,
            yLabel: `${words.payable} (${report.baseCurrency})`,
            series: [{ name: words.managers, points }],
          },
        ]),
    {
      kind: 'table',
      columns: [
        { label: words.manager },
        { label: `${words.payable} (${report.baseCurrency})`, align: 'right' },
      ],
      rows: statements.map((s) => [s.payeeId, s.totals.payable]),
    },
  ];
}

function riskBlocks(
  report: CloseReport,
  input: CloseBooksInput,
  say: Say,
  words: Words,
  explainFinding: (trace: readonly TraceStep[], fallback: string) => string,
): ReportBlockInput[] {
  const seen = new Set<string>();
  const top = report.risk.findings.filter((f) => !seen.has(f.code) && seen.add(f.code)).slice(0, 8);
  return [
    { kind: 'heading', text: say('workflow.close.risk', { ...report.risk.company.bySeverity }) },
    {
      kind: 'bars',
      title: `${words.aging} (${report.baseCurrency})`,
      bars: agingBars(report, input),
    },
    {
      kind: 'table',
      columns: [{ label: words.severity }, { label: words.subject }, { label: words.finding }],
      rows: top.map((f) => [f.severity, f.subject.id, explainFinding(f.trace ?? [], f.message)]),
    },
  ];
}

/** The aging buckets of the close's open invoices at its `asOf` (the credit limit plays no part in aging). */
function agingBars(
  report: CloseReport,
  input: CloseBooksInput,
): Array<{ label: string; value: string }> {
  const { invoices, payments, creditNotes } = exportTraderDocuments();
  const index = buildExposureIndex(
    { invoices, payments, creditNotes },
    {
      asOf: report.asOf,
      baseCurrency: report.baseCurrency,
      fx: createFxTable(input.fxRates ?? []),
      policy: {
        effectiveFrom: '2000-01-01',
        defaultLimit: { amount: '1', currency: report.baseCurrency },
        warnAtPercent: '80',
        blockAtPercent: '100',
      },
    },
  );
  const { total } = ageReceivables(index, { effectiveFrom: '2000-01-01' });
  return total.buckets.map((bucket) => ({
    label: bucket.label,
    value: bucket.amount,
    text: new Decimal(bucket.amount).toFixed(2, Decimal.ROUND_HALF_UP),
  }));
}

/** Writes the page to `reports/close-<period>.<locale>.html` and returns its path. */
export function writeCloseReport(
  report: CloseReport,
  input: CloseBooksInput,
  locale: Locale,
): string {
  const dir = new URL('../reports/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`close-${report.period.label}.${locale}.html`, dir);
  writeFileSync(file, renderHtmlReport(closeReportPage(report, input, locale)));
  return file.pathname;
}
