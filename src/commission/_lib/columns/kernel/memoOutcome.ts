import { eventPathAt } from '../../events/table/eventAt';
import { findRateRow } from '../../plan/findRateRow';
import { recall, remember } from '../Memo';
import type { KernelHost } from './KernelHost';
import type { KComponent } from './kernelVersion';

/**
 * Internal: a component's memoised outcome for credit `j` of event `e` — eligibility: 1 or 0;
 * rate table: the row, `rows.length` for the no-match rate, −1 for none — evaluating its
 * condition on the credit's facts on a memo miss.
 */
export function memoOutcome(
  host: KernelHost,
  k: KComponent,
  e: number,
  j: number,
  rates: boolean,
): number {
  const memo = rates ? k.rateMemo : k.eligibilityMemo;
  if (memo === null) return -1;
  const key = host.facts.key(memo, e, j);
  let found = recall(memo, key);
  if (found === -2) {
    const facts = host.facts.facts(memo, e, j);
    const path = eventPathAt(host.table, e);
    if (!rates) found = k.eligibility?.test(facts, path) === true ? 1 : 0;
    else {
      const table = k.rates;
      found = table === null ? -1 : findRateRow(table, facts, path);
      if (found < 0) found = table?.noMatch === null || table === null ? -1 : table.rows.length;
    }
    remember(memo, key, found);
  }
  return found;
}
