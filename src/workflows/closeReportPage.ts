import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { requireObject } from '../errors/_lib/argumentGuards';
import { coreCatalog, type Locale, mergeCatalogs, renderStep, type TraceStep } from '../explain';
import { createFxTable, Decimal } from '../money';
import type { HtmlReportInput, ReportBlockInput } from '../report';
import {
  ageReceivables,
  buildExposureIndex,
  type Finding,
  renderFinding,
  riskCatalog,
} from '../risk';
import type { CloseReport } from './CloseReport';
import { closeCatalog } from './closeCatalog';

/** What {@link closeReportPage} shows besides the report. */
export interface CloseReportPageOptions {
  /** The page's language (default `en`). */
  readonly locale?: Locale;
  /** The company's name, in the title (default: none). */
  readonly company?: string;
  /**
   * The open documents to chart the receivables aging from, at the close's `asOf` in its base
   * currency (`ageReceivables` with its default buckets; foreign amounts at `fxRates`); the chart
   * is left out without them.
   */
  readonly receivables?: {
    readonly invoices: Iterable<unknown>;
    readonly payments?: Iterable<unknown>;
    readonly creditNotes?: Iterable<unknown>;
    readonly fxRates?: readonly unknown[];
  };
  /** How many findings the table lists: the first of each code, most severe first (default 8). */
  readonly findings?: number;
}

type Say = (code: string, params?: TraceStep['params']) => string;

/**
 * A period close's report ({@link closeBooks}) as a page for `renderHtmlReport`
 * (`crm-rules/report`): the grade distribution, the KPI leaderboard, attainment (or credited
 * sales, when payees have no quota) against payout, the receivables aging when given, each
 * manager's payable and the first finding of each code — headings and chart titles from
 * {@link closeCatalog} in `en` or `zh-CN`, findings in English by their message and in Chinese by
 * their trace.
 *
 * @param report - the close's report
 * @param options - language, company name, the open documents for the aging chart, number of findings
 * @returns the page's report, for `renderHtmlReport`
 * @throws CrmRulesError `INVALID_INPUT` at `['report']` when `report` is not a close's report
 * @example
 * ```ts
 * import { createMemoryStore } from 'crm-rules/memory';
 * import { renderHtmlReport } from 'crm-rules/report';
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
 *       periodGrain: 'quarter', crediting: { base: 'invoiced' } }],
 *     assignments: [{ payeeId: 'AM-1', planId: 'am', effectiveFrom: '2026-01-01' }],
 *   },
 *   riskPolicy: { effectiveFrom: '2026-01-01', checks: {} },
 * };
 * const manualKpis = [{ managerId: 'AM-1', kpi: 'teamwork', value: '4', source: 'review' }];
 * const report = await closeBooks(store, { period: '2026-Q3', baseCurrency: 'CNY', rules, manualKpis });
 * const page = closeReportPage(report, { locale: 'zh-CN', company: 'Ningbo Haitong' });
 * page.blocks.map((block) => block.kind);
 * //=> ['heading', 'bars', 'heading', 'bars', 'heading', 'line', 'table', 'heading', 'table']
 * renderHtmlReport(page).includes('各等级客户数');
 * //=> true
 * ```
 */
export function closeReportPage(
  report: CloseReport,
  options: CloseReportPageOptions = {},
): HtmlReportInput {
  requireObject(report, 'report');
  requireObject(options, 'options');
  if (
    !['grading', 'kpi', 'commission', 'risk', 'period'].every(
      (key) => typeof (report as unknown as Record<string, unknown>)[key] === 'object',
    )
  )
    throw new CrmRulesError('INVALID_INPUT', 'expected the report of closeBooks', {
      path: ['report'],
      value: report,
    });
  const locale = options.locale ?? 'en';
  const catalog = mergeCatalogs(coreCatalog, riskCatalog, closeCatalog);
  const say: Say = (code, params = {}) => renderStep({ code, params }, { locale, catalog });
  // Amounts at the currency's minor unit, the rounding stated (the evidence stays exact).
  const explain = (finding: Finding) =>
    locale === 'en' ? finding.message : renderFinding(finding, { locale }).trace.join('；');
  const { grading, kpi, period } = report;
  return {
    title: say('workflow.close.title', {
      period: period.label,
      company: options.company ?? '',
      start: period.start,
      end: report.asOf,
      currency: report.baseCurrency,
    }).trim(),
    locale,
    blocks: [
      {
        kind: 'heading',
        text: say('workflow.close.grades', { customers: grading.result.grades.length }),
      },
      {
        kind: 'bars',
        title: say('workflow.close.page-grades'),
        bars: grading.result.counts.map(({ grade, customers }) => ({
          label: grade,
          value: String(customers),
        })),
      },
      {
        kind: 'heading',
        text: say('workflow.close.leaderboard', {
          scorecard: kpi.scorecards[0]?.result.scorecard ?? '',
        }),
      },
      {
        kind: 'bars',
        title: say('workflow.close.page-leaderboard'),
        bars: kpi.leaderboard.map((row) => ({
          label: `${row.rank}. ${row.id}`,
          value: row.score,
          text: new Decimal(row.score).toFixed(1, Decimal.ROUND_HALF_UP),
        })),
      },
      ...commissionBlocks(report, say),
      ...riskBlocks(report, say, explain, options),
    ],
  };
}

function commissionBlocks(report: CloseReport, say: Say): ReportBlockInput[] {
  const { statements } = report.commission;
  const currency = report.baseCurrency;
  // Attainment in % of quota where every payee has a quota, else the credited sales themselves.
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
            title: say('workflow.close.page-payout'),
            xLabel: byPercent
              ? say('workflow.close.page-attainment')
              : say('workflow.close.page-credited', { currency }),
            yLabel: say('workflow.close.page-payable', { currency }),
            series: [{ name: say('workflow.close.page-managers'), points }],
          },
        ]),
    {
      kind: 'table',
      columns: [
        { label: say('workflow.close.page-manager') },
        { label: say('workflow.close.page-payable', { currency }), align: 'right' },
      ],
      rows: statements.map((s) => [s.payeeId, s.totals.payable]),
    },
  ];
}

function riskBlocks(
  report: CloseReport,
  say: Say,
  explain: (finding: Finding) => string,
  options: CloseReportPageOptions,
): ReportBlockInput[] {
  const seen = new Set<string>();
  const first = report.risk.findings.filter((f) => !seen.has(f.code) && seen.add(f.code));
  const aging =
    options.receivables === undefined ? undefined : agingBuckets(report, options.receivables);
  return [
    { kind: 'heading', text: say('workflow.close.risk', { ...report.risk.company.bySeverity }) },
    ...(aging === undefined || aging.length === 0
      ? []
      : [
          {
            kind: 'bars' as const,
            title: say('workflow.close.page-aging', { currency: report.baseCurrency }),
            bars: aging.map((bucket) => ({
              label: bucket.label,
              value: bucket.amount,
              text: new Decimal(bucket.amount).toFixed(2, Decimal.ROUND_HALF_UP),
            })),
          },
        ]),
    {
      kind: 'table',
      columns: [
        { label: say('workflow.close.page-severity') },
        { label: say('workflow.close.page-subject') },
        { label: say('workflow.close.page-finding') },
      ],
      rows: first
        .slice(0, options.findings ?? 8)
        .map((f) => [f.severity, f.subject.id, explain(f)]),
    },
  ];
}

/** The aging buckets of the open documents at the close's date (the credit limit plays no part in aging). */
function agingBuckets(
  report: CloseReport,
  { fxRates = [], ...documents }: NonNullable<CloseReportPageOptions['receivables']>,
): ReadonlyArray<{ readonly label: string; readonly amount: string }> {
  const index = buildExposureIndex(documents, {
    asOf: report.asOf,
    baseCurrency: report.baseCurrency,
    fx: createFxTable(fxRates),
    policy: {
      effectiveFrom: '0001-01-01',
      defaultLimit: { amount: '1', currency: report.baseCurrency },
      warnAtPercent: '80',
      blockAtPercent: '100',
    },
  });
  return ageReceivables(index, { effectiveFrom: '0001-01-01' }).total.buckets;
}

/**
 * Like {@link closeReportPage}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param report - see {@link closeReportPage}
 * @param options - see {@link closeReportPage}
 * @returns the page's report, or the coded error
 * @example
 * ```ts
 * safeCloseReportPage(null).success;
 * //=> false
 * ```
 */
export function safeCloseReportPage(
  report: CloseReport,
  options: CloseReportPageOptions = {},
): SafeResult<HtmlReportInput> {
  return attempt(() => closeReportPage(report, options));
}
