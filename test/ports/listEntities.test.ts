import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory';
import { ENTITY_KINDS, type EntityKind } from '../../src/model';
import { FULL_SUPPORT, listEntities, type Supports } from '../../src/ports';
import { datasetArbitrary, entityQueryArbitrary, sampleDataset } from '../../src/testing';

const collect = async <T>(stream: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
};
const rangeOnly: Supports = {
  readers: { orders: ['range'], teams: [] },
  results: { read: false, write: false, atomicBatch: false },
  summaries: { orderDays: false },
};

describe('listEntities', () => {
  test('pushes down what the store supports and filters the rest locally', async () => {
    const store = createMemoryStore(sampleDataset(), { supports: rangeOnly });
    await expect(collect(store.orders.list({ ownerId: 'AM-1' }))).rejects.toMatchObject({
      code: 'UNSUPPORTED_CAPABILITY',
    });
    const orders = await collect(
      listEntities(store, 'orders', {
        ownerId: 'AM-1',
        range: { start: '2026-01-01', end: '2026-03-01' },
      }),
    );
    expect(orders.map((order) => order.id)).toEqual(['SO-1', 'SO-2', 'SO-ｚ', 'SO-😀']);
  });

  test('a collection the store cannot read at all is UNSUPPORTED_CAPABILITY', async () => {
    const store = createMemoryStore(sampleDataset(), { supports: rangeOnly });
    await expect(collect(listEntities(store, 'invoices'))).rejects.toMatchObject({
      code: 'UNSUPPORTED_CAPABILITY',
      path: ['invoices'],
    });
  });

  test('an invalid query is refused even when nothing is pushed down', async () => {
    const store = createMemoryStore(sampleDataset(), { supports: rangeOnly });
    await expect(
      collect(listEntities(store, 'teams', { parentTeamId: 7 } as never)),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('properties', () => {
  test('gives what a store pushing everything down gives, for any query', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary({ maxPerKind: 5 }),
        fc
          .constantFrom(...ENTITY_KINDS)
          .chain((kind) =>
            fc.tuple(
              fc.constant(kind),
              entityQueryArbitrary(kind),
              fc.subarray([...(FULL_SUPPORT.readers[kind] ?? [])]),
            ),
          ),
        async (dataset, [kind, query, pushed]: [EntityKind, Record<string, unknown>, string[]]) => {
          const full = createMemoryStore(dataset);
          const weak = createMemoryStore(dataset, {
            supports: { ...rangeOnly, readers: { [kind]: pushed } } as Supports,
          });
          const reader = full[kind] as unknown as { list(q: unknown): AsyncIterable<unknown> };
          expect(await collect(listEntities(weak, kind, query))).toEqual(
            await collect(reader.list(query)),
          );
        },
      ),
    );
  });
});
