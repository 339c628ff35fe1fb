import type { CatalogEntries } from '../../../explain';

/**
 * Internal: the entry lists of the risk area as one, for `riskCatalog`. A code defined in two
 * lists is a bug (one would silently hide the other), so it throws.
 */
export function joinEntries(...lists: readonly CatalogEntries[]): CatalogEntries {
  const joined: Record<string, CatalogEntries[string]> = {};
  for (const list of lists)
    for (const code of Object.keys(list)) {
      if (Object.hasOwn(joined, code)) throw new Error(`risk message ${code} is defined twice`);
      joined[code] = list[code] as CatalogEntries[string];
    }
  return joined;
}
