/** How the sample files are written: JSON one record per line, CSV as a CRM exports it. */

/** A JSON array with one record per line: readable, diffable and small. */
export function toJson(records: readonly unknown[]): string {
  if (records.length === 0) return '[]\n';
  return `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}

/** One CSV column: its header (a readable name, as a CRM export has) and how to read a cell. */
export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R) => string | number | boolean | undefined;
}

/**
 * A CSV file (RFC 4180): a header row, then one row per record; a field holding a comma, a quote,
 * a line break or an outer space is quoted, quotes doubled. An absent value is an empty field.
 */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const lines = [columns.map((column) => quoteField(column.header)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => quoteField(textOf(column.cell(row)))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function textOf(value: string | number | boolean | undefined): string {
  return value === undefined ? '' : String(value);
}

/** Quotes a CSV field when it needs it. */
export function quoteField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Shorthand for a column. */
export function col<R>(header: string, cell: Column<R>['cell']): Column<R> {
  return { header, cell };
}

/** Compares two texts for `sort` (0 when equal, so a stable sort keeps the generation order). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
