import { ENTITY_SCHEMAS, isEntityKind } from '../../model';
import { FxRate } from '../../money';
import { ScreeningEntry } from '../../risk';
import { codedIssues } from '../codedIssues';

type Schema = Parameters<typeof codedIssues>[0];

import type { CollectionMapping, FolderCollection } from './ColumnMapping';
import { type IssueLog, report } from './DataIssue';
import { headerColumns, type MappedRecord, mapRows, type Origin } from './mapRows';
import { parseCsvRows } from './parseCsvRows';

/** The schema each record of a collection is checked with where it was read (row and column). */
function schemaOf(collection: FolderCollection): Schema | null {
  if (isEntityKind(collection)) return ENTITY_SCHEMAS[collection];
  if (collection === 'fxRates') return FxRate;
  if (collection === 'screeningList') return ScreeningEntry;
  return null; // ratings and clauses are checked by the jobs that read them
}

/** The records of a collection read from a CSV file, and where each came from. */
export interface CsvCollection {
  readonly records: readonly Record<string, unknown>[];
  readonly located: readonly MappedRecord[];
}

/**
 * Reads a collection from a CSV file's text by its mapping: parses the rows (`csv-parse`), maps
 * the mapped columns to the model's fields, and checks every record with the collection's schema,
 * logging each problem with the file, row and column it comes from (a bad date, an unknown
 * currency, a missing column, a malformed row); records with problems are still returned.
 */
export function readCsvCollection(
  text: string,
  collection: FolderCollection,
  mapping: CollectionMapping,
  delimiter: string,
  file: string,
  log: IssueLog,
): CsvCollection {
  const rows = parseCsvRows(text, delimiter, file, log);
  const [header, ...data] = rows;
  if (header === undefined) {
    report(log, { file, code: 'INVALID_INPUT', message: 'the file has no header row' });
    return { records: [], located: [] };
  }
  const columns = headerColumns(header, mapping, file, log);
  if (columns === null) return { records: [], located: [] };
  const located = mapRows(data, columns, mapping, file, log);
  const schema = schemaOf(collection);
  if (schema !== null) {
    for (const record of located) {
      for (const issue of codedIssues(schema, record.value)) {
        const origin = originOf(record, issue.path);
        report(log, {
          file,
          row: origin?.row ?? record.row,
          column: origin?.column,
          code: issue.code,
          message: issue.message,
          value: origin?.value,
        });
      }
    }
  }
  return { records: located.map((r) => r.value), located };
}

/** The origin of the longest prefix of `path` that a cell filled, if any. */
export function originOf(
  record: MappedRecord,
  path: ReadonlyArray<string | number>,
): Origin | undefined {
  for (let n = path.length; n > 0; n -= 1) {
    const origin = record.origins.get(path.slice(0, n).join('.'));
    if (origin !== undefined) return origin;
  }
  return undefined;
}
