import type { Dataset } from '../model';
import { ENTITY_KINDS } from '../model';
import type { CloseBooksInput } from '../workflows';
import type { CliIo } from './CliIo';
import { codedIssues } from './codedIssues';
import { ColumnMapping, type FolderCollection } from './csv/ColumnMapping';
import { type IssueLog, report } from './csv/DataIssue';
import type { MappedRecord } from './csv/mapRows';
import { readCsvCollection } from './csv/readCsvCollection';

/** A company folder read: the dataset, the close's input, and where CSV records came from. */
export interface Company {
  readonly dataset: Dataset;
  readonly input: CloseBooksInput;
  /** By collection read from CSV: each record's file and origins (to place later errors). */
  readonly csv: ReadonlyMap<string, { file: string; located: readonly MappedRecord[] }>;
}

/** Where to read a company from. */
export interface CompanySource {
  readonly data: string;
  readonly period: string;
  /** The column mapping file; without it every collection is `<name>.json`. */
  readonly mapping?: string | undefined;
  /** The rules folder (`<data>/rules` by default). */
  readonly rules?: string | undefined;
  /** The base currency (else `company.json`'s `baseCurrency`). */
  readonly currency?: string | undefined;
  /** The rule files the job needs (the others are read when present). */
  readonly needs: readonly RuleFile[];
}

/** The rule files of a company's rules folder. */
export type RuleFile =
  | 'gradePolicy'
  | 'scorecard'
  | 'commissionPlan'
  | 'commissionAssignments'
  | 'riskPolicy'
  | 'countryGroups';

/** The text of a file, or `undefined` when it cannot be read. */
function textOf(io: CliIo, path: string): string | undefined {
  try {
    return io.readFile(path);
  } catch {
    return undefined;
  }
}

/** A JSON file's value, `undefined` when absent; a file that is not JSON is logged. */
function jsonOf(io: CliIo, path: string, log: IssueLog, needed = false): unknown {
  const text = textOf(io, path);
  if (text === undefined) {
    if (needed) report(log, { file: path, code: 'INVALID_INPUT', message: 'missing' });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    report(log, {
      file: path,
      code: 'INVALID_INPUT',
      message: `not JSON (${(error as Error).message})`,
    });
    return undefined;
  }
}

/** The mapping file parsed, or `null` with its issues logged. */
function readMapping(io: CliIo, path: string, log: IssueLog): ColumnMapping | null {
  const value = jsonOf(io, path, log, true);
  if (value === undefined) return null;
  const issues = codedIssues(ColumnMapping, value);
  for (const issue of issues)
    report(log, {
      file: path,
      code: issue.code,
      message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    });
  return issues.length === 0 ? ColumnMapping.parse(value) : null;
}

/**
 * Reads every collection of a company folder: from the CSV file the mapping names for it, else
 * `<name>.json` (a collection with neither is absent); every problem (a missing mapped column,
 * a bad cell, a malformed row) goes to `log` with its file, row and column.
 */
export function readCollections(io: CliIo, source: CompanySource, log: IssueLog) {
  const mapping = source.mapping === undefined ? undefined : readMapping(io, source.mapping, log);
  const collections = new Map<string, unknown>();
  const csv = new Map<string, { file: string; located: readonly MappedRecord[] }>();
  for (const name of FOLDER_NAMES) {
    const mapped = mapping?.collections[name];
    if (mapped === undefined) {
      const rows = jsonOf(io, `${source.data}/${name}.json`, log);
      if (rows !== undefined) collections.set(name, rows);
      continue;
    }
    const file = `${source.data}/${mapped.file}`;
    const text = textOf(io, file);
    if (text === undefined) continue;
    const read = readCsvCollection(text, name, mapped, mapping?.delimiter ?? ',', file, log);
    collections.set(name, read.records);
    csv.set(name, { file, located: read.located });
  }
  return { collections, csv };
}

const FOLDER_NAMES: readonly FolderCollection[] = [
  ...ENTITY_KINDS,
  'fxRates',
  'managerRatings',
  'screeningList',
  'contractClauses',
];

/**
 * Reads a company folder laid out as `examples/data/<company>/` (see `readCollections`), its
 * `company.json` (`baseCurrency`) and its rules (`gradePolicy`, `scorecard`, `commissionPlan`,
 * `commissionAssignments`, `riskPolicy`, `countryGroups` JSON): the dataset and the close's input.
 * Contract clauses are joined with the contracts into contract reviews.
 */
export function readCompany(io: CliIo, source: CompanySource, log: IssueLog): Company {
  const { collections, csv } = readCollections(io, source, log);
  const dataset = Object.fromEntries(
    ENTITY_KINDS.flatMap((kind) => (collections.has(kind) ? [[kind, collections.get(kind)]] : [])),
  ) as Dataset;
  const rules = source.rules ?? `${source.data}/rules`;
  const rule = (name: RuleFile) =>
    jsonOf(io, `${rules}/${name}.json`, log, source.needs.includes(name));
  const company = (
    source.currency === undefined
      ? jsonOf(io, `${source.data}/company.json`, log, true)
      : { baseCurrency: source.currency }
  ) as { baseCurrency?: unknown } | undefined;
  const ratings = (collections.get('managerRatings') ?? []) as Array<Record<string, unknown>>;
  const clauses = collections.get('contractClauses') as Array<Record<string, unknown>> | undefined;
  const byContract = new Map(clauses?.map(({ contractId, ...rest }) => [contractId, rest]));
  const input: CloseBooksInput = {
    period: source.period,
    baseCurrency: company?.baseCurrency as string,
    rules: {
      gradePolicy: rule('gradePolicy'),
      scorecard: rule('scorecard'),
      commission: {
        plans: [rule('commissionPlan')],
        assignments: (rule('commissionAssignments') ?? []) as unknown[],
      },
      riskPolicy: rule('riskPolicy'),
      countryGroups: (rule('countryGroups') ?? []) as unknown[],
    },
    fxRates: (collections.get('fxRates') ?? []) as unknown[],
    manualKpis: ratings
      .filter((r) => r.period === source.period)
      .map(({ period: _, ...value }) => value),
    ...(collections.has('screeningList')
      ? { screeningList: collections.get('screeningList') as unknown[] }
      : {}),
    ...(clauses === undefined
      ? {}
      : {
          contractReviews: (dataset.contracts ?? []).map((contract) => ({
            contract,
            ...byContract.get(contract.id),
          })),
        }),
  };
  return { dataset, input, csv };
}
