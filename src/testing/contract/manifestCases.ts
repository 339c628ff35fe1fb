import { ENTITY_KINDS } from '../../model';
import type { Supports } from '../../ports';
import { sampleDataset } from '../sampleDataset';
import { sameJson } from './check';
import type { ContractCase, ContractContext } from './context';

/** Internal: a manifest with filter lists sorted, so their order does not matter. */
function normalise(supports: Supports): unknown {
  const readers: Record<string, string[]> = {};
  for (const kind of ENTITY_KINDS) {
    const filters: readonly string[] | undefined = supports.readers?.[kind];
    if (filters !== undefined) readers[kind] = [...filters].sort();
  }
  return { readers, results: supports.results, summaries: supports.summaries };
}

/** Internal: the adapter's own manifest must be the one the caller declared. */
export function manifestCases(ctx: ContractContext): ContractCase[] {
  return [
    {
      group: 'manifest',
      name: 'store.supports is the declared manifest',
      run: () =>
        ctx.withStore(sampleDataset(), async (store) => {
          sameJson(normalise(store.supports), normalise(ctx.supports), 'store.supports');
        }),
    },
  ];
}
