import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { type IssueLog, report } from './DataIssue';

/** A row of a CSV file: its 1-based row number (the header is row 1) and its cells. */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/**
 * The rows of a CSV text (RFC 4180, a byte-order mark allowed, empty lines skipped) with
 * `csv-parse`; a malformed row (an unclosed quote, a row of another width than the header) is
 * logged with its row and skipped, so every bad row of a file is reported, not just the first;
 * a quote left open is reported at the row that opened it.
 */
export function parseCsvRows(
  text: string,
  delimiter: string,
  file: string,
  log: IssueLog,
): CsvRow[] {
  const errors: CsvError[] = [];
  const skipped = (error: CsvError | undefined) => {
    if (error !== undefined) errors.push(error);
    return undefined;
  };
  let rows: CsvRow[] = [];
  try {
    const parsed = parse(text, {
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: skipped,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    rows = parsed.map(({ record, info }) => ({ row: info.lines, cells: record }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    errors.push(error);
  }
  const ends = [...rows.map((r) => r.row), ...errors.map(linesOf)];
  for (const error of errors) report(log, csvIssue(error, file, openingRow(error, ends, text)));
  return rows;
}

function linesOf(error: CsvError): number {
  const lines = (error as CsvError & { lines?: unknown }).lines;
  return typeof lines === 'number' ? lines : 0;
}

/**
 * The row where a quote left open at the end of the file was opened: the first non-empty line
 * after the last row that ended before it (csv-parse names the file's last line). Other errors
 * keep csv-parse's line.
 */
function openingRow(error: CsvError, ends: readonly number[], text: string): number | undefined {
  const at = linesOf(error);
  if (error.code !== 'CSV_QUOTE_NOT_CLOSED') return at === 0 ? undefined : at;
  const lines = text.split(/\r\n|\n|\r/);
  let row = Math.max(0, ...ends.filter((end) => end < at)) + 1;
  while (row < at && (lines[row - 1] ?? '').trim() === '') row += 1;
  return row;
}

function csvIssue(error: CsvError, file: string, row: number | undefined) {
  return {
    file,
    ...(row === undefined ? {} : { row }),
    code: 'INVALID_INPUT',
    message: `malformed CSV (${error.code}: ${error.message.replace(/^Invalid [^:]*: /, '')})`,
  };
}
