import { requireFields, requireIterable } from '../../errors/_lib/argumentGuards';
import { type Order, orderNet } from '../../model';
import { Decimal, decimalToString } from '../../money';
import { compareKeys } from '../compareKeys';

/** A group of orders: its key fields, how many orders, and their exact net sum. */
export type OrderTotal<K extends string> = Record<K, string> & {
  readonly orders: number;
  readonly net: string;
};

/**
 * Internal: the one grouping behind the reference summaries of orders — orders grouped by the key
 * fields `keysOf` gives (in the order of `names`), counted, their `orderNet` summed at full
 * precision, the groups ordered by the keys (code point, left to right).
 *
 * @param orders - parsed orders, in any order
 * @param names - the key fields' names
 * @param keysOf - an order's key values, one per name
 * @returns one total per distinct key
 * @throws CrmRulesError `INVALID_INPUT` when `orders` is not an iterable of orders
 */
export function orderTotals<K extends string>(
  orders: Iterable<Order>,
  names: readonly K[],
  keysOf: (order: Order) => readonly string[],
): OrderTotal<K>[] {
  requireIterable(orders, 'orders');
  const groups = new Map<string, { keys: readonly string[]; orders: number; net: Decimal }>();
  for (const order of orders) {
    requireFields(order, 'orders', { lines: 'array' }, 'orders (Order entities)');
    const keys = keysOf(order);
    const id = JSON.stringify(keys);
    const group = groups.get(id) ?? { keys, orders: 0, net: new Decimal(0) };
    group.orders += 1;
    group.net = group.net.plus(orderNet(order).amount);
    groups.set(id, group);
  }
  return [...groups.values()]
    .sort((a, b) => compareKeyLists(a.keys, b.keys))
    .map((group) => {
      const total: Record<string, string | number> = {};
      names.forEach((name, i) => {
        total[name] = group.keys[i] ?? '';
      });
      total.orders = group.orders;
      total.net = decimalToString(group.net);
      return total as OrderTotal<K>;
    });
}

function compareKeyLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const order = compareKeys(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}
