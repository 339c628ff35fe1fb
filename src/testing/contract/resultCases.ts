import { collect, rejectsWith, sameJson } from './check';
import type { ContractCase, ContractContext } from './context';
import { caseAdder, record, stored } from './resultFixtures';
import { resultStorageCases } from './resultStorageCases';

/** Internal: the cases of the result store, chosen by `supports.results`. */
export function resultCases(ctx: ContractContext): ContractCase[] {
  const { read, write, atomicBatch } = ctx.supports.results;
  const cases: ContractCase[] = [];
  const add = caseAdder(ctx, cases);

  if (!read) {
    add('get and list reject with UNSUPPORTED_CAPABILITY', async (store) => {
      await rejectsWith(
        () => store.results.get('grade', 'a'),
        'UNSUPPORTED_CAPABILITY',
        'results.get',
      );
      await rejectsWith(
        () => collect(store.results.list('grade')),
        'UNSUPPORTED_CAPABILITY',
        'results.list',
      );
    });
  } else {
    add('get returns null and list nothing for what was never put', async (store) => {
      sameJson(
        await store.results.get('grade', 'nothing'),
        null,
        "results.get('grade', 'nothing')",
      );
      sameJson(await collect(store.results.list('grade')), [], "results.list('grade')");
    });
  }
  if (!write) {
    add('put rejects with UNSUPPORTED_CAPABILITY', async (store) => {
      await rejectsWith(
        () => store.results.put(record('a', 1)),
        'UNSUPPORTED_CAPABILITY',
        'results.put',
      );
    });
  }
  if (write && !atomicBatch) {
    add('putMany rejects with UNSUPPORTED_CAPABILITY', async (store) => {
      await rejectsWith(
        () => store.results.putMany([record('a', 1)]),
        'UNSUPPORTED_CAPABILITY',
        'results.putMany',
      );
    });
  }
  if (!read || !write) return cases;

  add('put then get returns the record at version 1', async (store) => {
    const input = record('C-1/2026-Q1', {
      grade: 'key',
      points: 87,
      reasons: ['frequency', 'amount'],
    });
    sameJson(await store.results.put(input), { outcome: 'created', version: 1 }, 'first put');
    sameJson(await store.results.get('grade', input.key), stored(input, 1), 'get after put');
  });
  add('an identical put is a no-op, whatever the key order of the value', async (store) => {
    await store.results.put(record('a', { x: 1, y: [1, 2] }));
    const again = await store.results.put(record('a', { y: [1, 2], x: 1 }));
    sameJson(again, { outcome: 'unchanged', version: 1 }, 'identical put');
    sameJson((await store.results.get('grade', 'a'))?.version, 1, 'version after identical put');
  });
  add('a different value replaces an open record and bumps its version', async (store) => {
    await store.results.put(record('a', 1));
    sameJson(
      await store.results.put(record('a', 2)),
      { outcome: 'replaced', version: 2 },
      'second put',
    );
    sameJson(await store.results.get('grade', 'a'), stored(record('a', 2), 2), 'get after replace');
  });
  add(
    'a closed record is immutable: a change is a CONFLICT, a repeat is a no-op',
    async (store) => {
      const closed = record(
        'AM-7/2026-03',
        { total: '1234.50' },
        { kind: 'commission-statement', closed: true },
      );
      await store.results.put(closed);
      await rejectsWith(
        () => store.results.put({ ...closed, value: { total: '1300.00' } }),
        'CONFLICT',
        'changing a closed value',
      );
      await rejectsWith(
        () => store.results.put({ ...closed, closed: false }),
        'CONFLICT',
        'reopening a closed record',
      );
      await rejectsWith(
        () => store.results.put({ ...closed, period: '2026-04' }),
        'CONFLICT',
        'moving a closed record',
      );
      sameJson(
        await store.results.put(closed),
        { outcome: 'unchanged', version: 1 },
        'repeating the closed put',
      );
      sameJson(
        await store.results.get(closed.kind, closed.key),
        stored(closed, 1),
        'closed record after conflicts',
      );
    },
  );
  add('putting closed: true closes an open record', async (store) => {
    await store.results.put(record('a', 1));
    sameJson(
      await store.results.put(record('a', 1, { closed: true })),
      { outcome: 'replaced', version: 2 },
      'closing put',
    );
    await rejectsWith(
      () => store.results.put(record('a', 2)),
      'CONFLICT',
      'changing after closing',
    );
  });
  add('expectedVersion guards changes and leaves identical puts alone', async (store) => {
    sameJson(
      await store.results.put(record('a', 1), { expectedVersion: 0 }),
      { outcome: 'created', version: 1 },
      'create with 0',
    );
    sameJson(
      await store.results.put(record('a', 1), { expectedVersion: 0 }),
      { outcome: 'unchanged', version: 1 },
      'retry with 0',
    );
    await rejectsWith(
      () => store.results.put(record('a', 2), { expectedVersion: 0 }),
      'CONFLICT',
      'stale expectedVersion',
    );
    sameJson(
      await store.results.put(record('a', 2), { expectedVersion: 1 }),
      { outcome: 'replaced', version: 2 },
      'current expectedVersion',
    );
  });
  return [...cases, ...resultStorageCases(ctx)];
}
