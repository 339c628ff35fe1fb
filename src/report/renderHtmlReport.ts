import { attempt, parseWith, type SafeResult } from '../errors';
import { renderPage } from './_lib/page/renderPage';
import { HtmlReport, type HtmlReportInput } from './HtmlReport';

/**
 * Renders a report as one self-contained HTML page: headings, paragraphs, tables and charts
 * drawn as inline SVG (horizontal bars, lines), an inline stylesheet, and a
 * Content-Security-Policy that lets the page load nothing — no script, font, image or request, so
 * it opens offline, from an e-mail or a file share. Text is escaped; the same report gives the
 * same bytes. Chart marks (bars, lines, dots) carry `class="mark"`.
 *
 * @param report - the report (see {@link HtmlReport})
 * @returns the page, `<!doctype html>` to `</html>`
 * @throws CrmRulesError `INVALID_INPUT` with the path of the first bad field (a table row with
 * the wrong number of cells, an unknown key, an empty chart …); `INVALID_AMOUNT` for a chart
 * value that is not a decimal string
 * @example
 * ```ts
 * const page = renderHtmlReport({
 *   title: '2026-Q3 grades',
 *   locale: 'en',
 *   blocks: [
 *     { kind: 'bars', title: 'Customers by grade', bars: [{ label: 'A', value: '40' }, { label: 'B', value: '160' }] },
 *     { kind: 'table', columns: [{ label: 'Grade' }, { label: 'Customers', align: 'right' }], rows: [['A', '40'], ['B', '160']] },
 *   ],
 * });
 * page.startsWith('<!doctype html>');
 * //=> true
 * page.match(/class="mark"/g)?.length;
 * //=> 2
 * renderHtmlReport({ title: 'x', locale: 'en', blocks: [{ kind: 'table', columns: [{ label: 'a' }], rows: [['1', '2']] }] });
 * //=> throws CrmRulesError INVALID_INPUT at ['report', 'blocks', 0, 'rows', 0]
 * ```
 */
export function renderHtmlReport(report: HtmlReportInput): string {
  return renderPage(parseWith(HtmlReport, report, { path: ['report'] }));
}

/**
 * Like {@link renderHtmlReport}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param report - see {@link renderHtmlReport}
 * @returns the page, or the coded error
 * @example
 * ```ts
 * safeRenderHtmlReport(null).success;
 * //=> false
 * ```
 */
export function safeRenderHtmlReport(report: HtmlReportInput): SafeResult<string> {
  return attempt(() => renderHtmlReport(report));
}
