import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory';
import { INPUT_LIMITS } from '../../../src/errors';
import { type Dataset, ENTITY_KINDS, type EntityKind } from '../../../src/model';
import { FULL_SUPPORT, type ResultRecord, type Supports } from '../../../src/ports';
import {
  datasetArbitrary,
  entityQueryArbitrary,
  resultRecordArbitrary,
  sampleDataset,
} from '../../../src/testing';
import { limitExceeded, nestedObject } from '../../_support/limits';

const collect = async <T>(stream: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
};
const ids = async (stream: AsyncIterable<{ id: string }>) =>
  (await collect(stream)).map((e) => e.id);
type AnyReader = {
  get(id: string): Promise<unknown>;
  list(q?: unknown): AsyncIterable<{ id: string }>;
};
const readerOf = (store: ReturnType<typeof createMemoryStore>, kind: EntityKind) =>
  store[kind] as unknown as AnyReader;

describe('named examples', () => {
  test('an empty store', async () => {
    const store = createMemoryStore();
    expect(await store.orders.get('SO-1')).toBeNull();
    expect(await collect(store.orders.list())).toEqual([]);
    expect(store.supports).toBe(FULL_SUPPORT);
  });

  test('documents list by date then id (code point); master data by id', async () => {
    const store = createMemoryStore(sampleDataset());
    expect(await ids(store.orders.list())).toEqual([
      'SO-1',
      'SO-2',
      'SO-ｚ',
      'SO-😀',
      'SO-3',
      'SO-4',
    ]);
    expect(await ids(store.customers.list())).toEqual(['C-1', 'C-3', 'C-ｚ', 'C-😀']);
    expect(await ids(store.payments.list({ invoiceId: 'INV-1' }))).toEqual(['PAY-1', 'PAY-2']);
  });

  test('the queries grading, KPI, commission and risk ask', async () => {
    const store = createMemoryStore(sampleDataset());
    const q1 = { start: '2026-01-01', end: '2026-04-01' };
    // commission: AM-1's booked orders in Q1
    expect(
      await ids(
        store.orders.list({ ownerId: 'AM-1', status: ['confirmed', 'completed'], range: q1 }),
      ),
    ).toEqual(['SO-1', 'SO-ｚ', 'SO-😀']);
    // KPI: new customers in Q1, managers employed in Q1, trainings in January
    expect(await ids(store.customers.list({ range: q1 }))).toEqual(['C-3', 'C-ｚ']);
    expect(await ids(store.accountManagers.list({ range: q1 }))).toEqual(['AM-1', 'AM-2']);
    expect(
      await ids(store.trainingRecords.list({ range: { start: '2026-01-01', end: '2026-02-01' } })),
    ).toEqual(['TR-1']);
    // risk: a customer's open documents and contracts in force
    expect(await ids(store.invoices.list({ customerId: 'C-1' }))).toEqual(['INV-1', 'INV-3']);
    expect(await ids(store.contracts.list({ customerId: 'C-1', range: q1 }))).toEqual([]);
    expect(await ids(store.contracts.list({ range: q1 }))).toEqual(['CT-2']);
    // KPI targets by subject and period
    expect(await ids(store.targets.list({ subjectId: 'AM-1', period: '2026-Q1' }))).toEqual([
      'TG-1',
      'TG-3',
    ]);
  });

  test('pushed-down order summaries', async () => {
    const store = createMemoryStore(sampleDataset());
    expect(await collect(store.summaries.orderDays({ customerId: 'C-ｚ' }))).toEqual([
      { customerId: 'C-ｚ', date: '2026-02-01', currency: 'CNY', orders: 2, net: '3400' },
    ]);
  });

  test('results: idempotent puts, replacement of open records, closed records immutable', async () => {
    const { results } = createMemoryStore();
    const statement = {
      kind: 'commission-statement',
      key: 'AM-7/2026-03',
      period: '2026-03',
      subjectId: 'AM-7',
      value: { total: '920.00' },
    };
    expect(await results.put(statement)).toEqual({ outcome: 'created', version: 1 });
    expect(await results.put(statement)).toEqual({ outcome: 'unchanged', version: 1 });
    expect(await results.put({ ...statement, value: { total: '9200.00' }, closed: true })).toEqual({
      outcome: 'replaced',
      version: 2,
    });
    await expect(
      results.put({ ...statement, value: { total: '0' }, closed: true }),
    ).rejects.toMatchObject({ code: 'CONFLICT', path: ['value'] });
    expect(await results.get('commission-statement', 'AM-7/2026-03')).toEqual({
      ...statement,
      value: { total: '9200.00' },
      closed: true,
      version: 2,
    });
  });

  test('putMany is atomic', async () => {
    const { results } = createMemoryStore();
    const r = (key: string, value: number, closed = false) => ({
      kind: 'grade',
      key,
      period: 'Q1',
      subjectId: 'C',
      value,
      closed,
    });
    await results.put(r('b', 1, true));
    await expect(results.putMany([r('a', 1), r('b', 2)])).rejects.toMatchObject({
      code: 'CONFLICT',
      path: [1, 'value'],
    });
    await expect(
      results.putMany([r('a', 1), { ...r('c', 1), value: Number.NaN }]),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', path: [1, 'value'] });
    expect((await collect(results.list('grade'))).map((x) => x.key)).toEqual(['b']);
    await expect(results.putMany('x' as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('bad input', () => {
  test('results.put of a value nested 5,000 deep → LIMIT_EXCEEDED, not a stack overflow (issue 13)', async () => {
    const store = createMemoryStore();
    const record = { kind: 'k', key: 'k', period: '2026-01', subjectId: 's' };
    const error = await limitExceeded(() =>
      store.results.put({ ...record, value: nestedObject(5_000) as never }),
    );
    expect(error.path).toEqual(['value', ...Array(INPUT_LIMITS.maxJsonDepth).fill('a')]);
    await expect(
      store.results.putMany([{ ...record, value: nestedObject(5_000) as never }]),
    ).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    const deepest = nestedObject(INPUT_LIMITS.maxJsonDepth - 1) as never;
    expect(await store.results.put({ ...record, value: deepest })).toEqual({
      outcome: 'created',
      version: 1,
    });
    expect((await store.results.get('k', 'k'))?.value).toEqual(deepest);
  });

  test('a bad seed is refused with the path into it', () => {
    const seed = sampleDataset() as unknown as {
      orders: Array<{ lines: Array<{ quantity: string }> }>;
    };
    const third = seed.orders[3];
    if (third?.lines[0]) third.lines[0].quantity = '-5';
    expect(() => createMemoryStore(seed as unknown as Dataset)).toThrow(
      expect.objectContaining({
        code: 'NEGATIVE_QUANTITY',
        path: ['orders', 3, 'lines', 0, 'quantity'],
        value: '-5',
      }),
    );
  });

  test('prototype keys in the seed are refused (issue 13: entities are strict), and pollute nothing', () => {
    expect(() => createMemoryStore(JSON.parse('{"__proto__": []}'))).toThrow(
      expect.objectContaining({ code: 'UNSAFE_KEY', path: ['__proto__'] }),
    );
    expect(() =>
      createMemoryStore(JSON.parse('{"teams":[{"id":"T","name":"x","__proto__":{"admin":true}}]}')),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['teams', 0, '__proto__'] }));
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  test('bad ids, queries and filters', async () => {
    const store = createMemoryStore(sampleDataset());
    await expect(store.orders.get('' as string)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['id'],
    });
    await expect(
      collect(store.orders.list({ range: { start: '2026-02-01', end: '2026-01-01' } })),
    ).rejects.toMatchObject({ code: 'INVALID_DATE_RANGE' });
    await expect(
      collect(store.results.list('grade', { owner: 'x' } as never)),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', path: ['owner'] });
    await expect(store.results.get('', 'k')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['kind'],
    });
    await expect(
      store.results.put(
        { kind: 'g', key: 'k', period: 'p', subjectId: 's', value: 1 },
        { expectedVersion: -1 },
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', path: ['expectedVersion'] });
  });

  test('a narrowed manifest makes the store refuse what it leaves out', async () => {
    const supports: Supports = {
      readers: { orders: ['range'] },
      results: { read: true, write: false, atomicBatch: false },
      summaries: { orderDays: false },
    };
    const store = createMemoryStore(sampleDataset(), { supports });
    await expect(store.customers.get('C-1')).rejects.toMatchObject({
      code: 'UNSUPPORTED_CAPABILITY',
    });
    await expect(collect(store.orders.list({ status: 'open' }))).rejects.toMatchObject({
      code: 'UNSUPPORTED_CAPABILITY',
      path: ['status'],
    });
    await expect(
      store.results.put({ kind: 'g', key: 'k', period: 'p', subjectId: 's', value: 1 }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_CAPABILITY' });
    await expect(collect(store.summaries.orderDays())).rejects.toMatchObject({
      code: 'UNSUPPORTED_CAPABILITY',
    });
    expect(Object.isFrozen(store.supports.readers.orders)).toBe(true);
    expect(() =>
      createMemoryStore(
        {},
        { supports: { ...supports, results: { read: false, write: true, atomicBatch: false } } },
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['results', 'write'] }));
  });

  test('the seed is copied in: changing it afterwards changes nothing', async () => {
    const seed = sampleDataset();
    const store = createMemoryStore(seed);
    (seed.teams as unknown as Array<{ name: string }>)[0]!.name = 'changed';
    expect((await store.teams.get('T-2'))?.name).toBe('Europe');
  });
});

describe('properties', () => {
  test('every seeded entity comes back from get and list as it went in', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary({ maxPerKind: 4 }), async (dataset) => {
        const store = createMemoryStore(dataset);
        for (const kind of ENTITY_KINDS) {
          const items = (dataset[kind] ?? []) as unknown as Array<{ id: string }>;
          for (const item of items) expect(await readerOf(store, kind).get(item.id)).toEqual(item);
          const listed = await collect(readerOf(store, kind).list());
          expect(listed).toHaveLength(items.length);
          expect([...listed].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
            [...items].sort((a, b) => (a.id < b.id ? -1 : 1)),
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  test('list order depends only on the data, not on the order of the seed', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary({ maxPerKind: 5 }),
        fc
          .constantFrom(...ENTITY_KINDS)
          .chain((kind) => fc.tuple(fc.constant(kind), entityQueryArbitrary(kind))),
        async (dataset, [kind, query]) => {
          const reversed = Object.fromEntries(
            Object.entries(dataset).map(([k, items]) => [k, [...(items as unknown[])].reverse()]),
          ) as Dataset;
          const a = await collect(readerOf(createMemoryStore(dataset), kind).list(query));
          const b = await collect(readerOf(createMemoryStore(reversed), kind).list(query));
          expect(b).toEqual(a);
        },
      ),
    );
  });

  test('what you put is what you get; putting it again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(resultRecordArbitrary(), {
          selector: (r) => `${r.kind}\u0001${r.key}`,
          maxLength: 8,
        }),
        async (records) => {
          const { results } = createMemoryStore();
          for (const record of records) expect((await results.put(record)).outcome).toBe('created');
          for (const record of records) {
            expect(await results.put(record)).toEqual({ outcome: 'unchanged', version: 1 });
            const got = await results.get(record.kind, record.key);
            expect(got).toEqual({
              ...record,
              value: JSON.parse(JSON.stringify(record.value)),
              closed: record.closed === true,
              version: 1,
            });
          }
        },
      ),
    );
  });

  test('results list in key order whatever the order of the puts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(resultRecordArbitrary({ kinds: ['grade'] }), { maxLength: 10 }),
        async (records) => {
          const open = records.map((r): ResultRecord => ({ ...r, closed: false }));
          const forward = createMemoryStore().results;
          const backward = createMemoryStore().results;
          for (const r of open) await forward.put(r);
          for (const r of [...open].reverse()) await backward.put(r);
          const keys = (await collect(forward.list('grade'))).map((r) => r.key);
          expect((await collect(backward.list('grade'))).map((r) => r.key)).toEqual(keys);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
    );
  });

  test('mutating what the store hands out never changes the store', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary({ kinds: ['orders'], maxPerKind: 3 }), async (dataset) => {
        const store = createMemoryStore(dataset);
        for (const order of await collect(store.orders.list())) {
          (order.lines as unknown[]).length = 0;
          expect((await store.orders.get(order.id))?.lines.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 30 },
    );
  });
});

test('FULL_SUPPORT is the default manifest', () => {
  expect(createMemoryStore().supports).toEqual(FULL_SUPPORT);
});
