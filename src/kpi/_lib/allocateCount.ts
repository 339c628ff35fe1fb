import type { ErrorPath } from '../../errors';
import { allocate, type DecimalInput, money } from '../../money';

/**
 * A whole count split by weights into whole parts that add up to it, by `allocate`'s largest
 * remainder (ties to the earlier weight). The count travels as a whole amount of a placeholder
 * currency at scale 0: one largest-remainder routine in the library, not two.
 */
export function allocateCount(
  count: number,
  weights: readonly DecimalInput[],
  path: ErrorPath,
): number[] {
  return allocate(money(count, 'USD'), weights, { scale: 0, path }).map((part) =>
    part.amount.toNumber(),
  );
}
