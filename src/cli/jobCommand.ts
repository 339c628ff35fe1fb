import { type CrmRulesError, isCrmRulesError } from '../errors';
import { Locale } from '../explain';
import { type CliIo, EXIT } from './CliIo';
import { type DataIssue, hasIssues, issueLog, issueText, logText } from './csv/DataIssue';
import { originOf } from './csv/readCsvCollection';
import { type Company, readCompany } from './readCompany';
import { FORMATS, type Format, renderJob } from './renderJob';
import { JOB_RULES, type Job, type JobResult, runJob } from './runJob';
import { writeOutput } from './writeOutput';

/** Options of the job commands (`close`, `grade`, `score`, `commission`, `risk`). */
export interface JobOptions {
  readonly data?: string | undefined;
  readonly period?: string | undefined;
  readonly mapping?: string | undefined;
  readonly rules?: string | undefined;
  readonly 'base-currency'?: string | undefined;
  readonly format?: string | undefined;
  readonly lang?: string | undefined;
  readonly out?: string | undefined;
}

/** A clock for the progress line: prints once the run has taken over a second. */
function progressOf(io: CliIo, job: Job) {
  const now = io.now;
  const show = io.progress;
  const started = now?.() ?? 0;
  return (step: string) => {
    if (now === undefined || show === undefined) return;
    const seconds = (now() - started) / 1000;
    if (seconds > 1) show(`crm-rules ${job}: ${step} (${seconds.toFixed(1)} s)`);
  };
}

/**
 * `crm-rules <job> --data <folder> --period <label> [--mapping <file>] [--rules <folder>]
 * [--base-currency <code>] [--format text|json|csv|html] [--lang en|zh-CN] [--out <file>]`:
 * reads the company (JSON files, or CSV files by a column mapping), runs the job and prints or
 * writes its result. Exit 1 when `risk` or `close` found a block-severity finding, 2 for bad input
 * (every problem printed with its file, row and column where it has them).
 */
export async function jobCommand(job: Job, options: JobOptions, io: CliIo): Promise<number> {
  const { data, period, format = 'text', lang = 'en', out } = options;
  const locale = Locale.safeParse(lang);
  if (
    data === undefined ||
    period === undefined ||
    !isFormat(format) ||
    !locale.success ||
    (out !== undefined && io.writeFile === undefined)
  ) {
    io.err(
      `${job}: --data <folder> and --period <label> are required; --format is ${FORMATS.join(', ')}; --lang is en or zh-CN`,
    );
    return EXIT.badInput;
  }
  const tick = progressOf(io, job);
  const log = issueLog();
  const company = readCompany(
    io,
    {
      data,
      period,
      mapping: options.mapping,
      rules: options.rules,
      currency: options['base-currency'],
      needs: JOB_RULES[job],
    },
    log,
  );
  if (hasIssues(log)) {
    for (const line of logText(log)) io.err(line);
    return EXIT.badInput;
  }
  tick('read the data');
  let result: JobResult;
  try {
    result = await runJob(job, company);
  } catch (error) {
    if (!isCrmRulesError(error)) throw error;
    io.err(locate(error, company, data));
    return EXIT.badInput;
  }
  tick('done');
  const text = renderJob(result, format, locale.data, company);
  writeOutput(io, out, text);
  return blocks(result) > 0 ? EXIT.findings : EXIT.ok;
}

function isFormat(format: string): format is Format {
  return (FORMATS as readonly string[]).includes(format);
}

function blocks(result: JobResult): number {
  if (result.job === 'close') return result.report.risk.company.bySeverity.block;
  if (result.job === 'risk') return result.risk.company.bySeverity.block;
  return 0;
}

/**
 * A coded error of the run as a line: with the file, row and column of the CSV cell its path
 * points at (`orders[3].lines[0].quantity`), else the folder and the error's code and path.
 */
function locate(error: CrmRulesError, company: Company, data: string): string {
  const [collection, index, ...rest] = error.path;
  const read = typeof collection === 'string' ? company.csv.get(collection) : undefined;
  const record = typeof index === 'number' ? read?.located[index] : undefined;
  if (read === undefined || record === undefined) return `${data}: ${error.message}`;
  const origin = originOf(record, rest);
  const issue: DataIssue = {
    file: read.file,
    row: origin?.row ?? record.row,
    column: origin?.column,
    code: error.code,
    message: error.detail,
    value: origin?.value,
  };
  return issueText(issue);
}
