import { Decimal } from '../../../money';
import { Fixed, parseFixed, type Scaled } from '../../../money/_lib/scaled/Fixed';

/**
 * Internal: an exact decimal — a {@link Fixed} (a scaled safe integer) on the fast path, a
 * decimal.js value otherwise: money's scaled-integer family (`money/_lib/scaled`), whose
 * arithmetic the engine imports from there.
 */
export type Num = Scaled;

/** Internal: which arithmetic a run uses. `decimal` is the reference; `auto` the fast path. */
export type Arithmetic = 'auto' | 'decimal';

/** Internal: reads a decimal string already checked by a schema (`"-12.50"`). */
export function parseNum(text: string, arithmetic: Arithmetic): Num {
  if (arithmetic === 'auto') {
    const fixed = parseFixed(text);
    if (fixed !== undefined) return fixed;
  }
  return new Decimal(text);
}
