import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory';
import type { Dataset } from '../../src/model';
import { type CrmStore, FULL_SUPPORT, type StoredResult } from '../../src/ports';
import { type AdapterContractOptions, describeAdapterContract } from '../../src/testing';

/** A stand-in for `node:test`: `test(name, fn)` and `describe(name, fn)` that only record. */
function nodeTestShaped() {
  const registered: Array<{ name: string; run: (t: unknown) => unknown }> = [];
  const stack: string[] = [];
  return {
    registered,
    test: (name: string, run: (t: unknown) => unknown) => {
      registered.push({ name: [...stack, name].join(' > '), run });
      return Promise.resolve(); // node:test's test returns a promise
    },
    describe: (name: string, body: () => void) => {
      stack.push(name);
      body();
      stack.pop();
    },
    /** Runs every case in order, as a runner would, and reports the failures. */
    async runAll(): Promise<Array<{ name: string; message: string }>> {
      const failures: Array<{ name: string; message: string }> = [];
      for (const { name, run } of registered) {
        try {
          await run({ name, diagnostic: () => undefined }); // a node:test TestContext stand-in
        } catch (error) {
          failures.push({ name, message: error instanceof Error ? error.message : String(error) });
        }
      }
      return failures;
    },
  };
}

const runKit = async (
  factory: AdapterContractOptions['factory'],
  options: Partial<AdapterContractOptions> = {},
) => {
  const runner = nodeTestShaped();
  describeAdapterContract({
    test: runner.test,
    describe: runner.describe,
    factory,
    supports: FULL_SUPPORT,
    fastCheck: { numRuns: 30, seed: 20261122 },
    ...options,
  });
  return { runner, failures: await runner.runAll() };
};

/** Wraps a memory store, replacing some of its parts. */
const brokenMemory =
  (patch: (store: CrmStore) => Partial<CrmStore>) =>
  (seed: Dataset): CrmStore => {
    const store = createMemoryStore(seed);
    return { ...store, ...patch(store) };
  };

const collect = async <T>(stream: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
};

describe('describeAdapterContract is framework-agnostic', () => {
  test('with node:test-shaped test and describe, the memory store passes every case', async () => {
    const { runner, failures } = await runKit((seed) => createMemoryStore(seed));
    expect(runner.registered.length).toBeGreaterThan(80);
    expect(failures).toEqual([]);
    expect(runner.registered.map((c) => c.name)).toContain(
      'crm-rules adapter contract > results > a closed record is immutable: a change is a CONFLICT, a repeat is a no-op',
    );
  });

  test('under node:test itself (a child process), the memory store passes every case', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--test', 'test/testing/node/memory.node.ts'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(output).toMatch(/^# fail 0$/m);
    expect(Number(/^# pass (\d+)$/m.exec(output)?.[1])).toBeGreaterThan(80);
  }, 60_000);

  test('without describe, names carry the group', async () => {
    const names: string[] = [];
    describeAdapterContract({
      test: (name) => names.push(name),
      factory: (seed) => createMemoryStore(seed),
      supports: FULL_SUPPORT,
    });
    expect(names).toContain(
      'crm-rules adapter contract › readers: orders › list filters by status',
    );
    expect(new Set(names).size).toBe(names.length);
  });

  test('cases do not depend on their order: run in reverse, all still pass', async () => {
    const runner = nodeTestShaped();
    describeAdapterContract({
      test: runner.test,
      describe: runner.describe,
      factory: (seed) => createMemoryStore(seed),
      supports: FULL_SUPPORT,
      fastCheck: { numRuns: 5 },
    });
    runner.registered.reverse();
    expect(await runner.runAll()).toEqual([]);
  });

  test('each case gets a fresh store, and cleanup sees every store', async () => {
    let created = 0;
    const cleaned = new Set<CrmStore>();
    const { failures } = await runKit(
      (seed) => {
        created += 1;
        return createMemoryStore(seed);
      },
      { cleanup: (store) => void cleaned.add(store), fastCheck: { numRuns: 3 } },
    );
    expect(failures).toEqual([]);
    expect(cleaned.size).toBe(created);
  });

  test('a bad call is refused up front', () => {
    expect(() =>
      describeAdapterContract({ test: undefined, factory: () => createMemoryStore() } as never),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() =>
      describeAdapterContract({
        test: () => undefined,
        factory: () => createMemoryStore(),
        supports: {
          readers: {},
          results: { read: false, write: true, atomicBatch: false },
          summaries: { orderDays: false },
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['results', 'write'] }));
  });
});

describe('describeAdapterContract catches broken adapters', () => {
  test('a results.list that drops the last record', async () => {
    const { failures } = await runKit(
      brokenMemory((store) => ({
        results: {
          ...store.results,
          list: (kind, filter) =>
            (async function* () {
              yield* (await collect(store.results.list(kind, filter))).slice(0, -1);
            })(),
        },
      })),
    );
    const names = failures.map((f) => f.name);
    expect(names).toContain(
      'crm-rules adapter contract > results > list returns a kind in key order by code point, and filters by period and subject',
    );
    expect(names).toContain(
      'crm-rules adapter contract > model-based > behaves like the memory store over random sequences of reads and puts',
    );
  });

  test('a put that is not idempotent (every put bumps the version)', async () => {
    const { failures } = await runKit(
      brokenMemory((store) => ({
        results: {
          ...store.results,
          async put(record, options) {
            const current = await store.results.get(record.kind, record.key);
            const result = await store.results.put(record, options);
            return current === null
              ? result
              : { outcome: 'replaced', version: current.version + 1 };
          },
        },
      })),
    );
    expect(failures.map((f) => f.name)).toContain(
      'crm-rules adapter contract > results > an identical put is a no-op, whatever the key order of the value',
    );
  });

  test('a store that lets a closed record change', async () => {
    const values = new Map<string, StoredResult>();
    const { failures } = await runKit(
      brokenMemory((store) => ({
        results: {
          ...store.results,
          async put(record) {
            const version = (values.get(record.key)?.version ?? 0) + 1;
            values.set(record.key, { ...record, closed: record.closed === true, version });
            return { outcome: version === 1 ? 'created' : 'replaced', version };
          },
          get: async (_kind, key) => values.get(key) ?? null,
        },
      })),
    );
    expect(failures.map((f) => f.message).join('\n')).toMatch(/expected a CrmRulesError CONFLICT/);
  });

  test('orders listed in UTF-16 order instead of code point order', async () => {
    const { failures } = await runKit(
      brokenMemory((store) => ({
        orders: {
          ...store.orders,
          list: (query) =>
            (async function* () {
              const all = await collect(store.orders.list(query));
              yield* all.sort((a, b) =>
                a.orderDate !== b.orderDate
                  ? a.orderDate < b.orderDate
                    ? -1
                    : 1
                  : a.id < b.id
                    ? -1
                    : a.id > b.id
                      ? 1
                      : 0,
              );
            })(),
        },
      })),
    );
    expect(failures.map((f) => f.name)).toContain(
      'crm-rules adapter contract > readers: orders > list returns every entity, ordered by orderDate, id (code point)',
    );
  });

  test('a store that ignores the status filter while claiming to push it down', async () => {
    const { failures } = await runKit(
      brokenMemory((store) => ({
        orders: {
          ...store.orders,
          list: ({ status: _ignored, ...query } = {}) => store.orders.list(query),
        },
      })),
    );
    expect(failures.map((f) => f.name)).toContain(
      'crm-rules adapter contract > readers: orders > list filters by status',
    );
  });

  test('a store whose manifest differs from the declared one', async () => {
    const { failures } = await runKit(
      brokenMemory(() => ({
        supports: { ...FULL_SUPPORT, summaries: { orderDays: false } },
      })),
    );
    expect(failures.map((f) => f.name)).toContain(
      'crm-rules adapter contract > manifest > store.supports is the declared manifest',
    );
  });

  test('a store that hands out its own objects', async () => {
    const shared = new Map<string, unknown>();
    const { failures } = await runKit(
      brokenMemory((store) => ({
        teams: {
          async get(id) {
            if (!shared.has(id)) shared.set(id, await store.teams.get(id));
            return shared.get(id) as never;
          },
          list: (query) => store.teams.list(query),
        },
      })),
      { fastCheck: { numRuns: 1 } },
    );
    expect(failures.map((f) => f.name)).toContain(
      'crm-rules adapter contract > readers: teams > entities handed out are copies',
    );
  });
});
