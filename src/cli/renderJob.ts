import type { Locale } from '../explain';
import { renderHtmlReport } from '../report';
import { closeHtmlPage, reportSummary, summaryText } from './closeCommand';
import { type JobTable, jobTable } from './jobTable';
import type { Company } from './readCompany';
import type { JobResult } from './runJob';

/** The output formats. */
export const FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** A job's figures as JSON: its results without the traces. */
export function jobJson(result: JobResult): unknown {
  switch (result.job) {
    case 'close':
      return reportSummary(result.report);
    case 'grade': {
      const { result: graded, movements } = result.grading;
      const grades = graded.grades.map(({ customerId, grade, previous, change }) => ({
        customerId,
        grade,
        previous,
        change,
      }));
      return {
        period: result.period,
        asOf: result.asOf,
        counts: graded.counts,
        movements: movements.totals,
        grades,
      };
    }
    case 'score':
      return {
        period: result.period,
        asOf: result.asOf,
        leaderboard: result.kpi.leaderboard.map(({ id, score, rank }) => ({
          managerId: id,
          score,
          rank,
        })),
      };
    case 'commission':
      return {
        period: result.period,
        statements: result.statements.map((s) => ({
          payeeId: s.payeeId,
          currency: s.currency,
          totals: s.totals,
          lines: s.lines.map(({ id, kind, component, source, amount, currency }) => ({
            id,
            kind,
            component,
            source,
            amount,
            currency,
          })),
        })),
      };
    case 'risk': {
      const { asOf, checks, company, findings } = result.risk;
      return {
        asOf,
        checks,
        ...company.bySeverity,
        findings: findings.map(({ trace: _, ...f }) => f),
      };
    }
    default: {
      const _exhaustive: never = result;
      return _exhaustive;
    }
  }
}

/** A CSV field, quoted when it holds a delimiter, a quote, a line break or an outer space. */
function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function tableText(table: JobTable): string[] {
  const all = [table.columns, ...table.rows];
  const widths = table.columns.map((_, i) =>
    Math.max(...all.map((row) => [...(row[i] ?? '')].length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) =>
        i === row.length - 1
          ? cell
          : cell.padEnd((widths[i] ?? 0) - [...cell].length + cell.length),
      )
      .join('  ');
  return [table.title, line(table.columns), ...table.rows.map(line)];
}

/**
 * A job's result in a format: `json` (its figures), `csv` (a header and one row per result
 * line), `html` (a self-contained page; the close's full report), `text` (a title and the lines
 * as a table, labels in the locale; the close's summary).
 */
export function renderJob(
  result: JobResult,
  format: Format,
  locale: Locale,
  company: Company,
): string {
  switch (format) {
    case 'json':
      return JSON.stringify(jobJson(result), null, 2);
    case 'csv': {
      const table = jobTable(result, locale);
      return [table.columns, ...table.rows].map((row) => row.map(csvField).join(',')).join('\n');
    }
    case 'html': {
      if (result.job === 'close') return closeHtmlPage(result.report, company, locale);
      const table = jobTable(result, locale);
      const columns = table.columns.map((label) => ({ label }));
      const blocks = [
        { kind: 'heading' as const, text: table.title },
        { kind: 'table' as const, columns, rows: table.rows.map((r) => [...r]) },
      ];
      return renderHtmlReport({ title: table.title, locale, blocks }).trimEnd();
    }
    case 'text':
      return (
        result.job === 'close'
          ? summaryText(reportSummary(result.report), locale)
          : tableText(jobTable(result, locale))
      ).join('\n');
    default: {
      const _exhaustive: never = format;
      return _exhaustive;
    }
  }
}
