import type { ReportBlock } from '../../HtmlReport';
import { barChart } from '../charts/barChart';
import { lineChart } from '../charts/lineChart';
import { element, textElement } from '../markup/element';

/** Internal: one block of a report as HTML; each kind has its case, and a new kind fails to compile. */
export function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'heading':
      return textElement('h2', {}, block.text);
    case 'paragraph':
      return textElement('p', {}, block.text);
    case 'table':
      return table(block);
    case 'bars':
      return figure(block.title, barChart(block));
    case 'line':
      return figure(block.title, lineChart(block));
    default: {
      const never: never = block;
      return never;
    }
  }
}

function figure(title: string, svg: string): string {
  return element('figure', { class: 'chart' }, [textElement('figcaption', {}, title), svg]);
}

function table(block: Extract<ReportBlock, { kind: 'table' }>): string {
  const aligns = block.columns.map((column) => (column.align === 'right' ? 'num' : undefined));
  const head = element(
    'tr',
    {},
    block.columns.map((column, i) => textElement('th', { class: aligns[i] }, column.label)),
  );
  const body = block.rows.map((row) =>
    element(
      'tr',
      {},
      row.map((cell, i) => textElement('td', { class: aligns[i] }, cell)),
    ),
  );
  return element('table', {}, [
    ...(block.caption === undefined ? [] : [textElement('caption', {}, block.caption)]),
    element('thead', {}, [head]),
    element('tbody', {}, body),
  ]);
}
