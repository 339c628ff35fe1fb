/** A problem of an input file: where it is (file, row, column) and its coded reason. */
export interface DataIssue {
  readonly file: string;
  /** The 1-based row of the file (the header is row 1), when known. */
  readonly row?: number | undefined;
  /** The column's header, when known. */
  readonly column?: string | undefined;
  readonly code: string;
  readonly message: string;
  /** The cell as written, when there is one. */
  readonly value?: string | undefined;
}

/** How many issues a run reports before it only counts them. */
export const MAX_REPORTED_ISSUES = 50;

/** The issues of a run: the first {@link MAX_REPORTED_ISSUES}, and how many more there were. */
export interface IssueLog {
  readonly issues: DataIssue[];
  dropped: number;
}

/** A fresh, empty log. */
export function issueLog(): IssueLog {
  return { issues: [], dropped: 0 };
}

/** Adds an issue to the log, or counts it once the log is full. */
export function report(log: IssueLog, issue: DataIssue): void {
  if (log.issues.length < MAX_REPORTED_ISSUES) log.issues.push(issue);
  else log.dropped += 1;
}

/** Whether the log holds any issue. */
export function hasIssues(log: IssueLog): boolean {
  return log.issues.length > 0 || log.dropped > 0;
}

/**
 * One issue as the CLI prints it:
 * `orders.csv: row 5, column "Order Date": INVALID_DATE: expected … (cell "2026-13-01")`.
 */
export function issueText(issue: DataIssue): string {
  const where = [
    issue.row === undefined ? undefined : `row ${issue.row}`,
    issue.column === undefined ? undefined : `column "${issue.column}"`,
  ].filter((part) => part !== undefined);
  const cell = issue.value === undefined ? '' : ` (cell "${issue.value}")`;
  const at = where.length === 0 ? '' : ` ${where.join(', ')}:`;
  return `${issue.file}:${at} ${issue.code}: ${issue.message}${cell}`;
}

/** Every line of the log, with a last line counting the issues not shown. */
export function logText(log: IssueLog): string[] {
  const lines = log.issues.map(issueText);
  if (log.dropped > 0)
    lines.push(`… and ${log.dropped} more issues (the first ${lines.length} shown)`);
  return lines;
}
