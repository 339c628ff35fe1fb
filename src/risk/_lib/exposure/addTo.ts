import type { Decimal } from '../../../money';

/** Adds `amount` to the sum kept under `key`. */
export function addTo(sums: Map<string, Decimal>, key: string, amount: Decimal): void {
  const before = sums.get(key);
  sums.set(key, before === undefined ? amount : before.plus(amount));
}
