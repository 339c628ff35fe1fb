import { ENTITY_KINDS, type Entity, type EntityKind, parseDataset } from '../../model';
import {
  compareEntities,
  type EntityReader,
  matchesQuery,
  parseQuery,
  QUERY_SPECS,
  type QuerySpec,
} from '../../ports';
import { sampleDataset } from '../sampleDataset';
import { collect, ok, rejectsWith, sameJson, show } from './check';
import type { ContractCase, ContractContext } from './context';
import { combinedQueries, type Query, queriesFor } from './readerQueries';

type AnyReader = EntityReader<unknown, unknown>;

/** Internal: the cases of the entity readers, one group per collection. */
export function readerCases(ctx: ContractContext): ContractCase[] {
  const seed = sampleDataset();
  const parsed = parseDataset(seed);
  return ENTITY_KINDS.flatMap((kind) => {
    const pushed: readonly string[] | undefined = ctx.supports.readers[kind];
    const group = `readers: ${kind}`;
    const run = (body: (reader: AnyReader) => Promise<void>) => () =>
      ctx.withStore(seed, (store) => body(store[kind] as unknown as AnyReader));
    if (pushed === undefined) {
      return [
        {
          group,
          name: 'get and list reject with UNSUPPORTED_CAPABILITY',
          run: run(async (reader) => {
            await rejectsWith(() => reader.get('any'), 'UNSUPPORTED_CAPABILITY', `${kind}.get`);
            await rejectsWith(
              () => collect(reader.list()),
              'UNSUPPORTED_CAPABILITY',
              `${kind}.list`,
            );
          }),
        },
      ];
    }
    const all = sorted(kind, (parsed[kind] ?? []) as Entity<EntityKind>[]);
    const expect = (query: Query) => {
      const q = parseQuery(kind, query);
      return all.filter((entity) => matchesQuery(kind, entity as Entity<typeof kind>, q));
    };
    const spec: QuerySpec = QUERY_SPECS[kind];
    const unpushed = [...(spec.range ? ['range'] : []), ...spec.fields].filter(
      (filter) => !pushed.includes(filter),
    );
    const cases: ContractCase[] = [
      {
        group,
        name: 'get returns each seeded entity, and null for an unknown id',
        run: run(async (reader) => {
          for (const entity of all) {
            const id = (entity as { id: string }).id;
            sameJson(await reader.get(id), entity, `${kind}.get(${show(id)})`);
          }
          sameJson(await reader.get('no-such-id'), null, `${kind}.get('no-such-id')`);
        }),
      },
      {
        group,
        name: `list returns every entity, ordered by ${spec.orderBy.join(', ')} (code point)`,
        run: run(async (reader) => {
          sameJson(await collect(reader.list()), all, `${kind}.list()`);
          sameJson(await collect(reader.list({})), all, `${kind}.list({})`);
        }),
      },
      {
        group,
        name: 'entities handed out are copies',
        run: run(async (reader) => {
          const first = all[0] as { id: string } | undefined;
          if (first === undefined) return;
          const got = (await reader.get(first.id)) as Record<string, unknown>;
          got.id = 'changed';
          const listed = (await collect(reader.list())) as Array<Record<string, unknown>>;
          for (const item of listed) item.extra = 'changed';
          sameJson(
            await reader.get(first.id),
            first,
            `${kind}.get after mutating what it returned`,
          );
          sameJson(
            await collect(reader.list()),
            all,
            `${kind}.list after mutating what it returned`,
          );
        }),
      },
      {
        group,
        name: 'list rejects an unknown filter with INVALID_INPUT',
        run: run(async (reader) => {
          await rejectsWith(
            () => collect(reader.list({ noSuchFilter: 'x' })),
            'INVALID_INPUT',
            `${kind}.list({ noSuchFilter })`,
          );
        }),
      },
    ];
    for (const filter of pushed) {
      cases.push({
        group,
        name: `list filters by ${filter}`,
        run: run(async (reader) => {
          for (const query of queriesFor(kind, filter, all)) {
            sameJson(
              await collect(reader.list(query)),
              expect(query),
              `${kind}.list(${show(query)})`,
            );
          }
          if (filter === 'range') {
            const reversed = { range: { start: '2026-02-01', end: '2026-01-01' } };
            await rejectsWith(
              () => collect(reader.list(reversed)),
              'INVALID_DATE_RANGE',
              `${kind}.list(${show(reversed)})`,
            );
          }
        }),
      });
    }
    if (pushed.length > 1) {
      cases.push({
        group,
        name: 'list combines filters with AND',
        run: run(async (reader) => {
          for (const query of combinedQueries(kind, pushed, all)) {
            sameJson(
              await collect(reader.list(query)),
              expect(query),
              `${kind}.list(${show(query)})`,
            );
          }
        }),
      });
    }
    if (unpushed.length > 0) {
      cases.push({
        group,
        name: `list rejects filters not in supports with UNSUPPORTED_CAPABILITY (${unpushed.join(', ')})`,
        run: run(async (reader) => {
          for (const filter of unpushed) {
            const query = {
              [filter]: filter === 'range' ? { start: '2026-01-01', end: '2027-01-01' } : 'x',
            };
            await rejectsWith(
              () => collect(reader.list(query)),
              'UNSUPPORTED_CAPABILITY',
              `${kind}.list(${show(query)})`,
            );
          }
        }),
      });
    }
    ok(cases.length > 0, 'no cases');
    return cases;
  });
}

function sorted<K extends EntityKind>(kind: K, items: Entity<K>[]): Entity<K>[] {
  return [...items].sort(compareEntities(kind));
}
