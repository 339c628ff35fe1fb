import { CrmRulesError, INPUT_LIMITS, parseWith } from '../../../errors';
import { ProductCategory } from '../../../model';

/**
 * Internal: the product category tree a run's rate tables read (Odoo's `product.category` with
 * its `parent_id`). `chain(id)` is the category then its ancestors, nearest first; a category the
 * tree does not hold is its own chain.
 */
export interface CategoryTree {
  chain(id: string): readonly string[];
}

function fail(message: string, index: number, value: unknown): never {
  throw new CrmRulesError('INVALID_INPUT', message, {
    path: ['categories', index, 'parentId'],
    value,
  });
}

/** Internal: walks from `start` to the root, refusing a loop and a tree past the depth limit. */
function walk(
  start: string,
  parents: ReadonlyMap<string, { parentId: string | null; index: number }>,
): string[] {
  const chain = [start];
  let at = parents.get(start);
  while (at !== undefined && at.parentId !== null) {
    const parent = at.parentId;
    if (chain.includes(parent))
      fail(`the category tree loops: ${[...chain, parent].join(' → ')}`, at.index, parent);
    chain.push(parent);
    if (chain.length > INPUT_LIMITS.maxCategoryDepth)
      throw new CrmRulesError(
        'LIMIT_EXCEEDED',
        `a category is at most ${INPUT_LIMITS.maxCategoryDepth} levels deep (maxCategoryDepth)`,
        { path: ['categories', parents.get(start)?.index ?? 0], value: chain.length },
      );
    at = parents.get(parent);
  }
  return chain;
}

/**
 * Internal: reads the input's `categories` into a tree, or `null` when none is given. Each
 * category is parsed with {@link ProductCategory}; a repeated id is `INVALID_INPUT` at its `id`,
 * a parent the list does not hold or a loop `INVALID_INPUT` at the `parentId`, a category deeper
 * than `maxCategoryDepth` `LIMIT_EXCEEDED` at the category.
 */
export function buildCategoryTree(categories: unknown): CategoryTree | null {
  if (categories === undefined) return null;
  if (!Array.isArray(categories))
    throw new CrmRulesError('INVALID_INPUT', 'categories is an array of product categories', {
      path: ['categories'],
      value: categories,
    });
  const parents = new Map<string, { parentId: string | null; index: number }>();
  categories.forEach((raw, index) => {
    const category = parseWith(ProductCategory, raw, { path: ['categories', index] });
    if (parents.has(category.id))
      throw new CrmRulesError('INVALID_INPUT', `category ${category.id} is listed twice`, {
        path: ['categories', index, 'id'],
        value: category.id,
      });
    parents.set(category.id, { parentId: category.parentId ?? null, index });
  });
  const chains = new Map<string, readonly string[]>();
  for (const [id, { parentId, index }] of parents) {
    if (parentId !== null && !parents.has(parentId))
      fail(`unknown parent category ${parentId}: it is not in categories`, index, parentId);
    chains.set(id, Object.freeze(walk(id, parents)));
  }
  return { chain: (id) => chains.get(id) ?? [id] };
}
