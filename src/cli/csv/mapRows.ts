import type { CollectionMapping } from './ColumnMapping';
import { type ColumnRule, columnRule, convertCell } from './convertCell';
import { type IssueLog, report } from './DataIssue';
import { fieldPathParts, setAt } from './fieldPath';
import type { CsvRow } from './parseCsvRows';

/** Where a field's value came from: its row, column and cell. */
export interface Origin {
  readonly row: number;
  readonly column: string;
  readonly value: string;
}

/** A record built from one row (or a group of rows), with the origin of each field path. */
export interface MappedRecord {
  readonly value: Record<string, unknown>;
  /** By path (`lines.1.quantity`, and each prefix: `lines.1`, `lines`), the first origin. */
  readonly origins: Map<string, Origin>;
  readonly row: number;
}

interface Column {
  readonly header: string;
  readonly index: number;
  readonly rule: ColumnRule;
  readonly currencyIndex: number;
}

/**
 * The columns of the mapping found in the header row; a mapped column (or a money column's
 * currency column) that the header lacks is logged, with a hint when the header is one cell
 * holding another delimiter. `null` when a column is missing.
 */
export function headerColumns(
  header: CsvRow,
  mapping: CollectionMapping,
  file: string,
  log: IssueLog,
): Column[] | null {
  const index = new Map(header.cells.map((cell, i) => [cell.trim(), i] as const));
  const only = header.cells.length === 1 ? (header.cells[0] ?? '') : '';
  const hint = /[;\t|]/.test(only)
    ? ` (the header row is one column "${only.slice(0, 40)}": is the delimiter right?)`
    : '';
  let missing = false;
  const columns = Object.entries(mapping.columns).map(([name, spec]) => {
    const rule = columnRule(spec);
    for (const needed of [name, rule.currencyColumn]) {
      if (needed === undefined || index.has(needed)) continue;
      missing = true;
      report(log, {
        file,
        row: header.row,
        column: needed,
        code: 'INVALID_INPUT',
        message: `missing column${hint}`,
      });
    }
    const currencyIndex =
      rule.currencyColumn === undefined ? -1 : (index.get(rule.currencyColumn) ?? -1);
    return { header: name, index: index.get(name) ?? -1, rule, currencyIndex };
  });
  return missing ? null : columns;
}

/**
 * The records of a CSV file's data rows by the collection's mapping: one per row, or one per
 * `groupBy` value (its record fields from its first row, a `[]` field's item from each row).
 * Empty cells leave their field out; a cell that its type refuses is logged with its row and
 * column, and so is a later row of a group whose record field differs from the group's first
 * row (an empty cell there repeats the first row's value: nothing is dropped silently).
 */
export function mapRows(
  rows: readonly CsvRow[],
  columns: readonly Column[],
  mapping: CollectionMapping,
  file: string,
  log: IssueLog,
): MappedRecord[] {
  const groups = new Map<string, { record: MappedRecord; first: CsvRow }>();
  const records: MappedRecord[] = [];
  const groupIndex = columns.find((c) => c.header === mapping.groupBy)?.index ?? -1;
  for (const row of rows) {
    const key = groupIndex < 0 ? undefined : (row.cells[groupIndex] ?? '').trim();
    const group = key === undefined ? undefined : groups.get(key);
    if (group !== undefined) {
      checkRepeated(row, group.first, columns, { file, log, groupBy: mapping.groupBy ?? '' });
      mapRow(row, columns, group.record, false, { file, log });
      continue;
    }
    const record: MappedRecord = { value: {}, origins: new Map(), row: row.row };
    records.push(record);
    if (key !== undefined) groups.set(key, { record, first: row });
    mapRow(row, columns, record, true, { file, log });
  }
  return records;
}

/** Logs each record-field cell of a group's later row that is set and differs from its first row's. */
function checkRepeated(
  row: CsvRow,
  first: CsvRow,
  columns: readonly Column[],
  at: { readonly file: string; readonly log: IssueLog; readonly groupBy: string },
): void {
  for (const column of columns) {
    if (fieldPathParts(column.rule.field).list !== null) continue;
    for (const index of [column.index, column.currencyIndex]) {
      if (index < 0) continue;
      const cell = (row.cells[index] ?? '').trim();
      const firstCell = (first.cells[index] ?? '').trim();
      if (cell === '' || cell === firstCell) continue;
      report(at.log, {
        file: at.file,
        row: row.row,
        column: index === column.index ? column.header : (column.rule.currencyColumn ?? ''),
        code: 'INVALID_INPUT',
        message: `differs from row ${first.row} ("${firstCell}") of the same "${at.groupBy}"`,
        value: cell,
      });
    }
  }
}

function mapRow(
  row: CsvRow,
  columns: readonly Column[],
  record: MappedRecord,
  first: boolean,
  at: { readonly file: string; readonly log: IssueLog },
): void {
  const items = new Map<
    string,
    { value: Record<string, unknown>; origins: [string[], Origin][] }
  >();
  for (const column of columns) {
    const cell = (row.cells[column.index] ?? '').trim();
    if (cell === '') continue;
    const { list, keys } = fieldPathParts(column.rule.field);
    if (list === null && !first) continue;
    const currency = (row.cells[column.currencyIndex] ?? '').trim();
    const converted = convertCell(cell, column.rule, currency);
    const origin = { row: row.row, column: column.header, value: cell };
    if (!converted.ok) {
      report(at.log, {
        file: at.file,
        row: row.row,
        column: column.header,
        code: converted.code,
        message: converted.message,
        value: cell,
      });
      continue;
    }
    const siblings = Object.entries(column.rule.with).map(
      ([k, v]) => [[...keys.slice(0, -1), k], v] as const,
    );
    const fields = [[keys, converted.value] as const, ...siblings];
    // A money cell's currency is placed at its own column.
    const money: [string[], Origin][] =
      column.rule.type === 'money' && currency !== ''
        ? [
            [
              [...keys, 'currency'],
              { row: row.row, column: column.rule.currencyColumn ?? '', value: currency },
            ],
          ]
        : [];
    if (list === null) {
      for (const [path, value] of fields) {
        setAt(record.value, path, value);
        noteOrigin(record.origins, path, origin);
      }
      for (const [path, place] of money) noteOrigin(record.origins, path, place);
      continue;
    }
    const item = items.get(list) ?? { value: {}, origins: [] };
    items.set(list, item);
    for (const [path, value] of fields) {
      setAt(item.value, path, value);
      item.origins.push([[...path], origin]);
    }
    item.origins.push(...money);
  }
  for (const [list, item] of items) {
    const existing = record.value[list];
    const array = Array.isArray(existing) ? existing : [];
    record.value[list] = array;
    for (const [path, origin] of item.origins)
      noteOrigin(record.origins, [list, String(array.length), ...path], origin);
    array.push(item.value);
  }
}

/** Notes the origin of a path and of each of its prefixes, keeping the first one seen. */
function noteOrigin(origins: Map<string, Origin>, path: readonly string[], origin: Origin) {
  for (let n = path.length; n > 0; n -= 1) {
    const key = path.slice(0, n).join('.');
    if (!origins.has(key)) origins.set(key, origin);
  }
}
