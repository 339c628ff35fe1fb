import { cmp, div, isZero, mul } from '../../../money/_lib/scaled/Fixed';
import type { Num } from './num';

/**
 * Internal: the quantity or cost of part of a line — `value × part ÷ whole` — exact when the part
 * is the whole; `null` when the value or the whole is unknown or zero.
 */
export function scaleFigure(value: Num | null, part: Num, whole: Num | null): Num | null {
  if (value === null || whole === null || isZero(whole)) return null;
  if (cmp(part, whole) === 0) return value;
  return mul(value, div(part, whole));
}
