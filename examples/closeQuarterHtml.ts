/**
 * The 2026-Q3 close of the sample export trader as a self-contained HTML page: `closeReportPage`
 * (`crm-rules/workflows`) lays out the grade distribution, the KPI leaderboard, attainment against
 * payout, the receivables aging, each manager's payable and the top risk findings;
 * `renderHtmlReport` (`crm-rules/report`) draws it — tables and inline SVG charts, in English or
 * Chinese. `npm run demo` writes it to `reports/` and prints its path.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Locale } from 'crm-rules';
import { type HtmlReportInput, renderHtmlReport } from 'crm-rules/report';
import { type CloseBooksInput, type CloseReport, closeReportPage } from 'crm-rules/workflows';
import { exportTraderCompany, exportTraderDocuments } from './exportTraderClose';

/** The page of the close, with the company's name and its receivables aging at the close's date. */
export function closeQuarterPage(
  report: CloseReport,
  input: CloseBooksInput,
  locale: Locale,
): HtmlReportInput {
  return closeReportPage(report, {
    locale,
    company: exportTraderCompany().name,
    receivables: { ...exportTraderDocuments(), fxRates: input.fxRates ?? [] },
  });
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
  writeFileSync(file, renderHtmlReport(closeQuarterPage(report, input, locale)));
  return file.pathname;
}
