import type { CrmStore, ResultRecord, StoredResult } from '../../ports';
import { sampleDataset } from '../sampleDataset';
import type { ContractCase, ContractContext } from './context';

/** Internal: a result record of kind `grade` for the result cases. */
export const record = (
  key: string,
  value: unknown,
  more: Partial<ResultRecord> = {},
): ResultRecord =>
  ({ kind: 'grade', key, period: '2026-Q1', subjectId: 'C-1', value, ...more }) as ResultRecord;

/** Internal: the stored form of a record at a version. */
export const stored = (input: ResultRecord, version: number): StoredResult => ({
  kind: input.kind,
  key: input.key,
  period: input.period,
  subjectId: input.subjectId,
  value: input.value,
  closed: input.closed === true,
  version,
});

/** Internal: adds a case of the `results` group that runs on a fresh store. */
export function caseAdder(ctx: ContractContext, cases: ContractCase[]) {
  const seed = sampleDataset();
  return (name: string, body: (store: CrmStore) => Promise<void>): void => {
    cases.push({ group: 'results', name, run: () => ctx.withStore(seed, body) });
  };
}
