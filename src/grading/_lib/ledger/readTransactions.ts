import type { RunControl } from '../../../errors/_lib/runControl';
import type { LedgerBuilder } from './LedgerBuilder';

/**
 * Internal: adds every transaction to `builder`. With a live `control` it reports the `read` stage
 * (transactions; the total is known for an array) every 4,096 transactions, or every 1 % of an
 * array, and looks at the signal as often; without one, it is the plain loop.
 */
export function readTransactions(
  builder: LedgerBuilder,
  transactions: Iterable<unknown>,
  control: RunControl,
): void {
  if (control.idle) {
    for (const transaction of transactions) builder.add(transaction);
    return;
  }
  const meter = control.stage(
    'read',
    Array.isArray(transactions) ? transactions.length : undefined,
  );
  for (const transaction of transactions) {
    builder.add(transaction);
    meter.tick();
  }
  meter.end();
}

/**
 * Internal: the async form of {@link readTransactions}; it also looks at the signal between any two
 * transactions, so a slow stream stops at the next item.
 */
export async function readTransactionsAsync(
  builder: LedgerBuilder,
  transactions: AsyncIterable<unknown> | Iterable<unknown>,
  control: RunControl,
): Promise<void> {
  if (control.idle) {
    for await (const transaction of transactions) builder.add(transaction);
    return;
  }
  const meter = control.stage(
    'read',
    Array.isArray(transactions) ? transactions.length : undefined,
  );
  for await (const transaction of transactions) {
    builder.add(transaction);
    meter.tick();
    control.check('read');
  }
  meter.end();
}
