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
 * logged with its row and skipped, so every bad row of a file is reported, not just the first.
 */
export function parseCsvRows(
  text: string,
  delimiter: string,
  file: string,
  log: IssueLog,
): CsvRow[] {
  const skipped = (error: CsvError | undefined) => {
    if (error !== undefined) report(log, csvIssue(error, file));
    return undefined;
  };
  try {
    const parsed = parse(text, {
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: skipped,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return parsed.map(({ record, info }) => ({ row: info.lines, cells: record }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    report(log, csvIssue(error, file));
    return [];
  }
}

function csvIssue(error: CsvError, file: string) {
  const lines = (error as CsvError & { lines?: unknown }).lines;
  return {
    file,
    ...(typeof lines === 'number' ? { row: lines } : {}),
    code: 'INVALID_INPUT',
    message: `malformed CSV (${error.code}: ${error.message.replace(/^Invalid [^:]*: /, '')})`,
  };
}
