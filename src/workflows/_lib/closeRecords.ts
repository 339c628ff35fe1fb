import type { Statement } from '../../commission';
import type { GradeResult } from '../../grading';
import type { ResultRecord } from '../../ports';
import type { Finding } from '../../risk';
import type { ManagerScore } from '../CloseReport';

/** The kinds of result a close stores, one per area. */
export const CLOSE_RESULT_KINDS = {
  grade: 'grade',
  scorecard: 'kpi-scorecard',
  statement: 'commission-statement',
  finding: 'risk-finding',
} as const;

/** Plain JSON (no class instances, no `undefined`), as a result store keeps it. */
function json<T>(value: T): ResultRecord['value'] {
  return JSON.parse(JSON.stringify(value)) as ResultRecord['value'];
}

/** The area results of a close. */
export interface CloseResults {
  readonly period: string;
  readonly grades: readonly GradeResult[];
  readonly scorecards: readonly ManagerScore[];
  readonly statements: readonly Statement[];
  readonly findings: readonly Finding[];
}

/**
 * One record per result, keyed by subject and period: a grade per customer, a scorecard per
 * manager, a statement per payee, a finding per subject and code (`#2`, `#3` … for a subject's
 * further findings of one code, in the run's fixed order). The same close gives the same records.
 */
export function closeRecords(results: CloseResults, closed: boolean): ResultRecord[] {
  const { period } = results;
  const record = (kind: string, key: string, subjectId: string, value: unknown): ResultRecord => ({
    kind,
    key: `${key}/${period}`,
    period,
    subjectId,
    value: json(value),
    ...(closed ? { closed: true } : {}),
  });
  const records: ResultRecord[] = [];
  for (const g of results.grades)
    records.push(record(CLOSE_RESULT_KINDS.grade, g.customerId, g.customerId, g));
  for (const s of results.scorecards)
    records.push(record(CLOSE_RESULT_KINDS.scorecard, s.managerId, s.managerId, s.result));
  for (const s of results.statements)
    records.push(record(CLOSE_RESULT_KINDS.statement, s.payeeId, s.payeeId, s));
  const seen = new Map<string, number>();
  for (const f of results.findings) {
    const base = `${f.subject.kind}:${f.subject.id}/${f.code}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const key = n === 1 ? base : `${base}#${n}`;
    records.push(record(CLOSE_RESULT_KINDS.finding, key, f.subject.id, f));
  }
  return records;
}
