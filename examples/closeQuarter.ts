/**
 * The period close of the sample export trader (examples/data/export-trader): 2026-Q3 closed on
 * the memory store by `closeBooks` (`crm-rules/workflows`) with the company's rules
 * (`rules/*.json`), printed as a report a sales manager reads — grade distribution and movers,
 * the KPI leaderboard, each manager's commission with one statement in full, the top risk
 * findings — in English or Chinese, every line through the explanation catalogs.
 *
 *   npx tsx examples/closeQuarter.ts            # English
 *   npx tsx examples/closeQuarter.ts zh-CN      # Chinese
 */
import { readFileSync } from 'node:fs';
import {
  coreCatalog,
  Decimal,
  type Labels,
  type Locale,
  mergeCatalogs,
  renderStep,
  renderTrace,
  type TraceStep,
} from 'crm-rules';
import { commissionCatalog, planLabels } from 'crm-rules/commission';
import { gradePolicyLabels, gradingCatalog } from 'crm-rules/grading';
import { kpiCatalog } from 'crm-rules/kpi';
import { type Finding, renderFinding, riskCatalog } from 'crm-rules/risk';
import {
  type CloseBooksInput,
  type CloseReport,
  closeBooks,
  closeCatalog,
} from 'crm-rules/workflows';
import { exportTraderClose, exportTraderStore } from './exportTraderClose';

/** How many movers, findings … the report lists. */
export const REPORT_LIMITS = { movers: 5, findings: 5 } as const;

const catalog = mergeCatalogs(
  coreCatalog,
  gradingCatalog,
  kpiCatalog,
  commissionCatalog,
  riskCatalog,
  closeCatalog,
);
const SEVERITY: Labels = {
  severity: {
    block: { en: 'block', 'zh-CN': '阻止' },
    warning: { en: 'warning', 'zh-CN': '警告' },
    info: { en: 'info', 'zh-CN': '信息' },
  },
};

/** A score as the report shows it: one decimal place, half-up. */
export const shownScore = (score: string): string =>
  new Decimal(score).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);

/** Closes 2026-Q3 for the export trader on a fresh memory store. */
export async function closeQuarter(
  period = '2026-Q3',
): Promise<{ readonly report: CloseReport; readonly input: CloseBooksInput }> {
  const input = exportTraderClose(period);
  return { report: await closeBooks(exportTraderStore(), input), input };
}

/** The report's lines in one language. */
export function renderClose(report: CloseReport, input: CloseBooksInput, locale: Locale): string[] {
  const names = new Map(
    (
      JSON.parse(
        readFileSync(new URL('./data/export-trader/accountManagers.json', import.meta.url), 'utf8'),
      ) as Array<{ id: string; name: string }>
    ).map((m) => [m.id, m.name]),
  );
  const customers = new Map(
    (
      JSON.parse(
        readFileSync(new URL('./data/export-trader/customers.json', import.meta.url), 'utf8'),
      ) as Array<{ id: string; name: string }>
    ).map((c) => [c.id, c.name]),
  );
  const labels: Labels = {
    ...gradePolicyLabels(input.rules.gradePolicy),
    ...planLabels(input.rules.commission.plans[0]),
    ...SEVERITY,
  };
  const say = (code: string, params: TraceStep['params'] = {}) =>
    renderStep({ code, params }, { locale, catalog, labels });
  const explain = (steps: readonly TraceStep[], indent = '    ') =>
    renderTrace(steps, { locale, catalog, labels }).map((line) => `${indent}${line}`);
  const out: string[] = [];
  const company = JSON.parse(
    readFileSync(new URL('./data/export-trader/company.json', import.meta.url), 'utf8'),
  ) as { name: string };
  out.push(
    say('workflow.close.title', {
      period: report.period.label,
      company: company.name,
      start: report.period.start,
      end: report.asOf,
      currency: report.baseCurrency,
    }),
  );
  out.push('', ...gradeSection(report, say, explain, customers));
  out.push('', ...kpiSection(report, say, names));
  out.push('', ...commissionSection(report, say, explain, names));
  // A finding as a reader sees it: amounts at the currency's minor unit, the rounding stated.
  const shown = (finding: Finding) => {
    const { message, trace } = renderFinding(finding, { locale, labels });
    return [message, ...trace].map((line) => `    ${line}`);
  };
  out.push('', ...riskSection(report, say, shown));
  out.push('', say('workflow.close.stored', { ...report.stored }));
  return out;
}

type Say = (code: string, params?: TraceStep['params']) => string;
type Explain = (steps: readonly TraceStep[], indent?: string) => string[];

function gradeSection(
  report: CloseReport,
  say: Say,
  explain: Explain,
  customers: Map<string, string>,
): string[] {
  const { result, movements } = report.grading;
  const out = [say('workflow.close.grades', { customers: result.grades.length })];
  for (const { grade, customers: n } of result.counts)
    out.push(`  ${say('workflow.close.grade-count', { grade, customers: n })}`);
  const { up, down, new: fresh } = movements.totals;
  out.push(
    say('workflow.close.movements', { previous: report.period.previous, up, down, new: fresh }),
  );
  for (const direction of ['up', 'down'] as const) {
    const movers = movements.movements
      .filter((m) => m.direction === direction)
      .slice(0, REPORT_LIMITS.movers);
    movers.forEach((m, i) => {
      out.push(
        `  ${say('workflow.close.mover', { customerId: m.customerId, name: customers.get(m.customerId) ?? '', from: m.from, grade: m.to })}`,
      );
      // The reasons of the first mover each way: the move, the rule and the customer's facts.
      if (i === 0) out.push(...explain(m.trace.slice(1)));
    });
  }
  return out;
}

function kpiSection(report: CloseReport, say: Say, names: Map<string, string>): string[] {
  const scorecard = report.kpi.scorecards[0]?.result.scorecard ?? '';
  const out = [say('workflow.close.leaderboard', { scorecard })];
  for (const row of report.kpi.leaderboard)
    out.push(
      `  ${say('workflow.close.rank', { rank: row.rank, managerId: row.id, name: names.get(row.id) ?? '', score: shownScore(row.score) })}`,
    );
  return out;
}

function commissionSection(
  report: CloseReport,
  say: Say,
  explain: Explain,
  names: Map<string, string>,
): string[] {
  const { statements } = report.commission;
  const out = [say('workflow.close.commission', { period: report.period.label })];
  for (const s of statements)
    out.push(
      `  ${say('workflow.close.payable', { payeeId: s.payeeId, name: names.get(s.payeeId) ?? '', amount: s.totals.payable, currency: s.currency })}`,
    );
  // The statement of the manager at the top of the leaderboard, every line with its reasons.
  const top = report.kpi.leaderboard[0]?.id;
  const statement = statements.find((s) => s.payeeId === top);
  if (statement === undefined) return out;
  out.push(
    say('workflow.close.statement', {
      payeeId: statement.payeeId,
      name: names.get(statement.payeeId) ?? '',
    }),
  );
  // One line of each component (a statement has a line per invoice), the bonus lines, the totals.
  const seen = new Set<string>();
  const shown = statement.lines.filter(
    (line) => !seen.has(line.component ?? line.kind) && seen.add(line.component ?? line.kind),
  );
  for (const line of shown) {
    out.push(
      `  ${say('workflow.close.line', { component: line.component ?? line.kind, amount: line.amount, currency: line.currency })}`,
    );
    out.push(...explain(line.trace));
  }
  out.push(...explain(statement.trace, '  '));
  return out;
}

function riskSection(
  report: CloseReport,
  say: Say,
  shown: (finding: Finding) => string[],
): string[] {
  const { bySeverity } = report.risk.company;
  const out = [say('workflow.close.risk', { ...bySeverity })];
  // The most severe finding of each code, most severe first (the run's order).
  const seen = new Set<string>();
  const top = report.risk.findings.filter((f) => !seen.has(f.code) && seen.add(f.code));
  for (const finding of top.slice(0, REPORT_LIMITS.findings)) {
    out.push(
      `  ${say('workflow.close.finding', { severity: finding.severity, subjectId: finding.subject.id, code: finding.code })}`,
    );
    out.push(...shown(finding));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const locale = (process.argv[2] as Locale | undefined) ?? 'en';
  const { report, input } = await closeQuarter();
  console.log(renderClose(report, input, locale).join('\n'));
}
