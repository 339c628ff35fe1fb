import { allocate, type Decimal, money } from '../../../money';

/**
 * `value × part ÷ whole` at `scale` places by `allocate`'s largest remainder over
 * `[part, whole − part]` (ties to the first): the prorated and the remaining value add up to
 * `value` exactly. The value travels as an amount of a placeholder currency: one
 * largest-remainder routine in the library, not two. `value` is a whole number of `scale` places.
 */
export function prorateDecimal(value: string, part: number, whole: number, scale: number): Decimal {
  if (part <= 0) return money(0, 'USD').amount;
  if (part >= whole) return money(value, 'USD').amount;
  const [first] = allocate(money(value, 'USD'), [part, whole - part], { scale });
  return (first as { amount: Decimal }).amount;
}
