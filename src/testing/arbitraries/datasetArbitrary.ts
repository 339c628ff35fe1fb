import { type Dataset, ENTITY_KINDS, type EntityKind } from '../../model';
import fc from '../_lib/fastCheck';
import { entityArbitrary } from './entityArbitrary';
import type { ArbitraryPools } from './pools';

/** Options of {@link datasetArbitrary}. */
export interface DatasetArbitraryOptions {
  /** The pools ids and references are drawn from (see {@link ArbitraryPools}). */
  readonly pools?: ArbitraryPools;
  /** The collections to fill (default all). */
  readonly kinds?: readonly EntityKind[];
  /** The most entities per collection (default 6). */
  readonly maxPerKind?: number;
}

/**
 * Valid {@link Dataset}s: each collection an array of entities with unique ids, references
 * drawn from shared pools so orders, invoices and payments of one customer meet. Every value
 * passes `parseDataset`.
 *
 * @param options - pools, collections and size
 * @returns an arbitrary of datasets
 * @example
 * ```ts
 * import fc from 'fast-check';
 * fc.sample(datasetArbitrary({ kinds: ['teams'] }), 1).every((dataset) => safeParseDataset(dataset).success);
 * //=> true
 * ```
 */
export function datasetArbitrary(options: DatasetArbitraryOptions = {}): fc.Arbitrary<Dataset> {
  const kinds = options.kinds ?? ENTITY_KINDS;
  const maxLength = options.maxPerKind ?? 6;
  const model: Record<string, fc.Arbitrary<unknown[]>> = {};
  for (const kind of kinds) {
    model[kind] = fc.uniqueArray(
      entityArbitrary(kind, options.pools) as fc.Arbitrary<{ id: string }>,
      {
        maxLength,
        selector: (entity) => entity.id,
      },
    );
  }
  return fc.record(model) as unknown as fc.Arbitrary<Dataset>;
}
