import { CrmRulesError, parseWith } from '../../../errors';
import { type Order, Product } from '../../../model';

/**
 * Internal: each order line with its product's HS code. `products` may hold the whole catalogue;
 * only the products the lines name are parsed (at `['products', j]`). A product id listed twice,
 * a line whose product is not listed, or a listed product without an `hsCode` is
 * `INVALID_INPUT` with its path.
 */
export function shipmentLines(
  order: Order,
  products: readonly unknown[],
): { lineId: string; productId: string; hsCode: string }[] {
  if (!Array.isArray(products))
    throw new CrmRulesError('INVALID_INPUT', 'expected an array of products', {
      path: ['products'],
      value: products,
    });
  const wanted = new Set(order.lines.map((line) => line.productId));
  const at = new Map<string, number>();
  products.forEach((raw, j) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !wanted.has(id)) return;
    if (at.has(id))
      throw new CrmRulesError('INVALID_INPUT', `product ${id} is listed twice`, {
        path: ['products', j, 'id'],
        value: id,
      });
    at.set(id, j);
  });
  return order.lines.map((line, i) => {
    const j = at.get(line.productId);
    if (j === undefined)
      throw new CrmRulesError('INVALID_INPUT', `no product ${line.productId} among the products`, {
        path: ['order', 'lines', i, 'productId'],
        value: line.productId,
      });
    const product = parseWith(Product, products[j], { path: ['products', j] });
    if (product.hsCode === undefined)
      throw new CrmRulesError('INVALID_INPUT', `product ${product.id} has no hsCode to screen`, {
        path: ['products', j, 'hsCode'],
        value: undefined,
      });
    return { lineId: line.lineId, productId: product.id, hsCode: product.hsCode };
  });
}
