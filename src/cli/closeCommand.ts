import { createMemoryStore } from '../adapters/memory';
import { isCrmRulesError } from '../errors';
import { Locale } from '../explain';
import type { Dataset } from '../model';
import { ENTITY_KINDS } from '../model';
import { renderHtmlReport } from '../report';
import { type CloseBooksInput, type CloseReport, closeBooks, closeReportPage } from '../workflows';
import { type CliIo, EXIT } from './CliIo';

/** Options of `crm-rules close`. */
export interface CloseCommandOptions {
  readonly data?: string | undefined;
  readonly period?: string | undefined;
  readonly format?: string | undefined;
  readonly lang?: string | undefined;
}

/** A JSON file of the folder, or `undefined` when it is not there. */
function optional(io: CliIo, path: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${path}: INVALID_INPUT: not JSON (${(error as Error).message})`);
  }
}

function required(io: CliIo, path: string): unknown {
  const value = optional(io, path);
  if (value === undefined) throw new Error(`${path}: INVALID_INPUT: missing`);
  return value;
}

/**
 * Reads a company folder laid out as `examples/data/<company>/`: `<collection>.json` per entity
 * collection, `company.json` (`baseCurrency`), `rules/*.json`, and when present `fxRates.json`,
 * `managerRatings.json` (the period's manual KPI values), `screeningList.json` and
 * `contractClauses.json` (joined with the contracts into contract reviews).
 */
export function readCompany(
  io: CliIo,
  dir: string,
  period: string,
): { dataset: Dataset; input: CloseBooksInput } {
  const at = (name: string) => `${dir}/${name}.json`;
  const dataset = Object.fromEntries(
    ENTITY_KINDS.flatMap((kind) => {
      const rows = optional(io, at(kind));
      return rows === undefined ? [] : [[kind, rows]];
    }),
  ) as Dataset;
  const company = required(io, at('company')) as { baseCurrency?: unknown };
  const ratings = (optional(io, at('managerRatings')) ?? []) as Array<Record<string, unknown>>;
  const clauses = (optional(io, at('contractClauses')) ?? undefined) as
    | Array<Record<string, unknown>>
    | undefined;
  const byContract = new Map(clauses?.map(({ contractId, ...rest }) => [contractId, rest]));
  const input: CloseBooksInput = {
    period,
    baseCurrency: company.baseCurrency as string,
    rules: {
      gradePolicy: required(io, at('rules/gradePolicy')),
      scorecard: required(io, at('rules/scorecard')),
      commission: {
        plans: [required(io, at('rules/commissionPlan'))] as never,
        assignments: required(io, at('rules/commissionAssignments')) as unknown[],
      },
      riskPolicy: required(io, at('rules/riskPolicy')),
      countryGroups: (optional(io, at('rules/countryGroups')) ?? []) as unknown[],
    },
    fxRates: (optional(io, at('fxRates')) ?? []) as unknown[],
    manualKpis: ratings.filter((r) => r.period === period).map(({ period: _, ...value }) => value),
    ...withOptional('screeningList', optional(io, at('screeningList'))),
    ...(clauses === undefined
      ? {}
      : {
          contractReviews: (dataset.contracts ?? []).map((contract) => ({
            contract,
            ...byContract.get(contract.id),
          })),
        }),
  };
  return { dataset, input };
}

function withOptional(key: string, value: unknown): Record<string, unknown> {
  return value === undefined ? {} : { [key]: value };
}

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
 * `crm-rules close --data <folder> --period <label> [--format text|json|html] [--lang en|zh-CN]`:
 * closes the period for the company in the folder on the memory store (`closeBooks`) and prints
 * the report's figures, or (`html`) the report as a self-contained page (`closeReportPage`, with
 * the folder's open documents for the aging chart). Exit 1 when the risk checks found a block-severity finding, 2 for bad input (a
 * missing or malformed file, a coded error of the data or the rules, with its path).
 */
export async function closeCommand(options: CloseCommandOptions, io: CliIo): Promise<number> {
  const { data, period, format = 'text', lang = 'en' } = options;
  const locale = Locale.safeParse(lang);
  if (data === undefined || period === undefined || !FORMATS.includes(format) || !locale.success) {
    io.err(
      'close: --data <folder> and --period <label> are required; --format is text, json or html; --lang is en or zh-CN',
    );
    return EXIT.badInput;
  }
  let report: CloseReport;
  let company: { dataset: Dataset; input: CloseBooksInput };
  try {
    company = readCompany(io, data, period);
    report = await closeBooks(createMemoryStore(company.dataset), company.input);
  } catch (error) {
    // A coded error's message names its code and path (`INVALID_DATE at orders[3].orderDate: …`).
    io.err(isCrmRulesError(error) ? `${data}: ${error.message}` : (error as Error).message);
    return EXIT.badInput;
  }
  const summary = reportSummary(report);
  if (format === 'html') io.out(htmlPage(report, company, locale.data));
  else if (format === 'json') io.out(JSON.stringify(summary, null, 2));
  else for (const line of summaryText(summary)) io.out(line);
  return summary.risk.block > 0 ? EXIT.findings : EXIT.ok;
}

const FORMATS = ['text', 'json', 'html'];

function htmlPage(
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

function summaryText(s: ReturnType<typeof reportSummary>): string[] {
  return [
    `close ${s.period.label} (${s.period.start} to ${s.asOf}), ${s.baseCurrency}`,
    `grades: ${s.grades.map((g) => `${g.grade} ${g.customers}`).join(', ')}`,
    `movements: ${s.movements.up} up, ${s.movements.down} down, ${s.movements.new} new`,
    ...s.leaderboard.map((r) => `kpi ${r.rank}. ${r.managerId} ${r.score}`),
    ...s.commission.map((c) => `commission ${c.payeeId} ${c.payable} ${c.currency}`),
    `risk: ${s.risk.block} block, ${s.risk.warning} warning, ${s.risk.info} info`,
    `stored: ${s.stored.created} new, ${s.stored.replaced} replaced, ${s.stored.unchanged} unchanged`,
  ];
}
