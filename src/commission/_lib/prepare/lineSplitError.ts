import { CrmRulesError } from '../../../errors';
import type { Order } from '../../../model';
import type { SplitIndex } from './splitIndex';

/**
 * Internal: the first line-level credit split (by split input order) that names a line its order
 * does not have, as the error to throw — `INVALID_INPUT` at `splits[i].lineId` — or null. A split
 * on a line that is not there would otherwise go unused and leave the whole line to the owner.
 * Free when no split is line-level.
 */
export function lineSplitError(order: Order, splits: SplitIndex): CrmRulesError | null {
  if (splits.lineSplits === 0) return null;
  const entry = splits.get(order.id);
  if (entry === undefined || typeof entry === 'number') return null;
  let found: CrmRulesError | null = null;
  let first = Number.POSITIVE_INFINITY;
  for (const [lineId, info] of entry.lines) {
    if (info.index >= first || order.lines.some((line) => line.lineId === lineId)) continue;
    first = info.index;
    found = new CrmRulesError(
      'INVALID_INPUT',
      `order ${order.id} has no line ${lineId}; a split must name one of its lines`,
      { path: ['splits', info.index, 'lineId'], value: lineId },
    );
  }
  return found;
}

/** Internal: of `current` and `order`'s {@link lineSplitError}, the one of the earlier split. */
export function earlierSplitError(
  current: CrmRulesError | null,
  order: Order,
  splits: SplitIndex,
): CrmRulesError | null {
  const found = lineSplitError(order, splits);
  if (found === null) return current;
  if (current === null) return found;
  return (found.path?.[1] as number) < (current.path?.[1] as number) ? found : current;
}
