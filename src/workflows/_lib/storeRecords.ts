import type { ResultRecord, ResultStore, Supports } from '../../ports';
import type { StoredCounts } from '../CloseReport';

/**
 * Puts the records through the result store — in one atomic batch when the store supports it,
 * else one by one — and counts what happened. Puts are idempotent: an identical record is a
 * no-op (`unchanged`), so the same close stored twice stores nothing the second time.
 */
export async function storeRecords(
  results: ResultStore,
  supports: Supports,
  records: readonly ResultRecord[],
): Promise<StoredCounts> {
  const outcomes = supports.results.atomicBatch
    ? await results.putMany(records)
    : await putEach(results, records);
  const counts = { created: 0, replaced: 0, unchanged: 0 };
  for (const { outcome } of outcomes) counts[outcome] += 1;
  return counts;
}

async function putEach(results: ResultStore, records: readonly ResultRecord[]) {
  const outcomes = [];
  for (const record of records) outcomes.push(await results.put(record));
  return outcomes;
}
