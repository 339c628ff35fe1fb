import { Decimal } from '../../../money';
import { Fixed, parseFixed, type Scaled } from '../../../money/_lib/scaled/Fixed';

export {
  add,
  cmp,
  div,
  Fixed,
  isZero,
  max,
  min,
  mul,
  neg,
  sign,
  sub,
  toDec,
  ZERO,
} from '../../../money/_lib/scaled/Fixed';
export { POW10 } from '../../../money/_lib/scaled/Register';
export { quotient } from '../../../money/decimalWords';

/**
 * Internal: an exact decimal — a {@link Fixed} (a scaled safe integer) on the fast path, a
 * decimal.js value otherwise: money's scaled-integer family (`money/_lib/scaled`), whose
 * arithmetic this module passes on to the engine.
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
