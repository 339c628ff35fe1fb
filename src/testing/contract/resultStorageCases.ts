import type { ResultRecord } from '../../ports';
import { collect, ok, rejectsWith, sameJson } from './check';
import type { ContractCase, ContractContext } from './context';
import { caseAdder, record } from './resultFixtures';

/**
 * Internal: the result cases about storage itself — list order and filters, copies, refused
 * values — and atomic batches. Only for stores that read and write results.
 */
export function resultStorageCases(ctx: ContractContext): ContractCase[] {
  const { read, write, atomicBatch } = ctx.supports.results;
  const cases: ContractCase[] = [];
  if (!read || !write) return cases;
  const add = caseAdder(ctx, cases);

  add(
    'list returns a kind in key order by code point, and filters by period and subject',
    async (store) => {
      const keys = ['b', '😀', 'B', 'ｚ', 'é', 'a', 'a/1', 'a-1'];
      for (const [index, key] of keys.entries()) {
        const period = index % 2 === 0 ? '2026-Q1' : '2026-Q2';
        await store.results.put(
          record(key, index, { period, subjectId: index < 4 ? 'C-1' : 'C-2' }),
        );
      }
      await store.results.put(record('a', 'other kind', { kind: 'risk-finding' }));
      const keysOf = async (filter?: { period?: string; subjectId?: string }) =>
        (await collect(store.results.list('grade', filter))).map((stored) => stored.key);
      sameJson(
        await keysOf(),
        ['B', 'a', 'a-1', 'a/1', 'b', 'é', 'ｚ', '😀'],
        "results.list('grade') keys",
      );
      sameJson(await keysOf({ period: '2026-Q2' }), ['a', 'a-1', 'ｚ', '😀'], 'list by period');
      sameJson(await keysOf({ subjectId: 'C-1' }), ['B', 'b', 'ｚ', '😀'], 'list by subject');
      sameJson(
        await keysOf({ period: '2026-Q1', subjectId: 'C-2' }),
        ['a/1', 'é'],
        'list by period and subject',
      );
      sameJson(
        (await collect(store.results.list('risk-finding'))).length,
        1,
        'other kinds stay apart',
      );
    },
  );

  add('records handed in and out are copies', async (store) => {
    const value = { lines: [{ amount: '1.00' }] };
    await store.results.put(record('a', value));
    value.lines[0] = { amount: '999.00' };
    const got = (await store.results.get('grade', 'a')) as unknown as {
      value: { lines: unknown[] };
    };
    got.value.lines.push('changed');
    const listed = (await collect(store.results.list('grade'))) as unknown as Array<{
      value: { lines: unknown[] };
    }>;
    listed[0]?.value.lines.push('changed');
    sameJson(
      (await store.results.get('grade', 'a'))?.value,
      { lines: [{ amount: '1.00' }] },
      'stored value',
    );
  });

  add('put refuses values that are not portable JSON, and stores nothing', async (store) => {
    const bad: Array<[string, unknown, string]> = [
      ['NaN', { score: Number.NaN }, 'INVALID_INPUT'],
      ['a Date', { when: new Date(0) }, 'INVALID_INPUT'],
      ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}'), 'UNSAFE_KEY'],
      ['a NUL character', { text: 'a\u0000b' }, 'INVALID_INPUT'],
    ];
    for (const [what, value, code] of bad) {
      await rejectsWith(
        () => store.results.put(record('bad', value as ResultRecord['value'])),
        code,
        `put of ${what}`,
      );
    }
    await rejectsWith(
      () => store.results.put(record('', 1)),
      'INVALID_INPUT',
      'put with an empty key',
    );
    sameJson(await collect(store.results.list('grade')), [], 'nothing stored after refusals');
    ok(({} as Record<string, unknown>).polluted === undefined, 'Object.prototype was polluted');
  });

  if (!atomicBatch) return cases;

  add('putMany stores records in order and reports each outcome', async (store) => {
    await store.results.put(record('b', 1));
    const results = await store.results.putMany([record('a', 1), record('b', 1), record('a', 2)]);
    const expected = [
      { outcome: 'created', version: 1 },
      { outcome: 'unchanged', version: 1 },
      { outcome: 'replaced', version: 2 },
    ];
    sameJson(results, expected, 'putMany outcomes');
    sameJson((await store.results.get('grade', 'a'))?.value, 2, 'last write wins within a batch');
  });

  add('putMany is all-or-nothing', async (store) => {
    await store.results.put(record('closed', 1, { closed: true }));
    const failed = await rejectsWith(
      () => store.results.putMany([record('a', 1), record('closed', 2), record('c', 3)]),
      'CONFLICT',
      'putMany with a conflict at index 1',
    );
    const path = failed.ok ? [] : failed.path;
    ok(path[0] === 1, `the error path starts with the index 1, got ${JSON.stringify(path)}`);
    const keys = (await collect(store.results.list('grade'))).map((stored) => stored.key);
    sameJson(keys, ['closed'], 'keys after a failed batch');
  });
  return cases;
}
