import type { HtmlReport } from '../../HtmlReport';
import { element, textElement } from '../markup/element';
import { PAGE_STYLE } from './PAGE_STYLE';
import { renderBlock } from './renderBlock';

/** The page may load nothing: no script, image, font or stylesheet from anywhere. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** Internal: the whole page, `<!doctype html>` to `</html>`, for a parsed report. */
export function renderPage(report: HtmlReport): string {
  const head = element('head', {}, [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    textElement('title', {}, report.title),
    element('style', {}, [PAGE_STYLE]),
  ]);
  const body = element('body', {}, [
    element('main', {}, [textElement('h1', {}, report.title), ...report.blocks.map(renderBlock)]),
  ]);
  return `<!doctype html>\n${element('html', { lang: report.locale }, [head, body])}\n`;
}
