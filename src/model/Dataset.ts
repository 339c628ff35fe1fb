import { isUnsafeKey } from '../_lib/guards';
import { attempt, CrmRulesError, type SafeResult } from '../errors';
import {
  ENTITY_KINDS,
  type Entity,
  type EntityKind,
  isEntityKind,
  safeParseEntity,
} from './entities';

/**
 * A set of entities as plain JSON, one array per collection (all optional): what a store is
 * seeded with, what a fixture file holds, what the contract kit hands an adapter factory.
 */
export type Dataset = { readonly [K in EntityKind]?: ReadonlyArray<Entity<K>> };

/**
 * Validates a {@link Dataset}: every entity against its schema, with the error path pointing
 * into the dataset (`['orders', 3, 'lines', 0, 'quantity']`), and ids unique within each
 * collection. References between collections are not checked: a dataset may hold only what one
 * job needs (orders without their customers, say).
 *
 * @param input - untrusted input, e.g. parsed JSON
 * @returns `{ success: true, data }` (fresh objects; an unknown key inside an entity is refused) or
 * `{ success: false, error }` for the first problem, collections in {@link ENTITY_KINDS} order
 * @example
 * ```ts
 * const result = safeParseDataset({ teams: [{ id: 'T-1', name: 'A' }, { id: 'T-1', name: 'B' }] });
 * result.success ? null : [result.error.code, result.error.path];
 * //=> ['INVALID_INPUT', ['teams', 1, 'id']]
 * ```
 */
export function safeParseDataset(input: unknown): SafeResult<Dataset> {
  return attempt(() => parseDataset(input));
}

/**
 * Validates a {@link Dataset} (see {@link safeParseDataset}) and returns it parsed.
 *
 * @param input - untrusted input, e.g. parsed JSON
 * @returns the parsed dataset, holding only the collections present in the input
 * @throws CrmRulesError `INVALID_INPUT` (not an object, unknown collection, not an array,
 * duplicate id), `UNSAFE_KEY` (a collection named `__proto__`, `constructor` or `prototype`),
 * or any code an entity schema reports, with the path into the dataset
 * @example
 * ```ts
 * parseDataset({ teams: [{ id: 'T-EU', name: 'Europe' }] }).teams?.length;
 * //=> 1
 * ```
 */
export function parseDataset(input: unknown): Dataset {
  if (!isPlainObject(input)) {
    throw new CrmRulesError('INVALID_INPUT', 'a dataset is an object of arrays by collection', {
      value: input,
    });
  }
  for (const key of Object.keys(input)) {
    if (isUnsafeKey(key))
      throw new CrmRulesError('UNSAFE_KEY', 'this key could reach an object prototype', {
        path: [key],
        value: key,
      });
    if (!isEntityKind(key))
      throw new CrmRulesError(
        'INVALID_INPUT',
        `unknown collection; expected one of ${ENTITY_KINDS.join(', ')}`,
        {
          path: [key],
          value: key,
        },
      );
  }
  const out: Record<string, unknown[]> = {};
  for (const kind of ENTITY_KINDS) {
    const items = Object.hasOwn(input, kind) ? input[kind] : undefined;
    if (items === undefined) continue;
    out[kind] = parseCollection(kind, items);
  }
  return out as Dataset;
}

function parseCollection(kind: EntityKind, items: unknown): unknown[] {
  if (!Array.isArray(items)) {
    throw new CrmRulesError('INVALID_INPUT', 'a collection is an array of entities', {
      path: [kind],
      value: items,
    });
  }
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const parsed = safeParseEntity(kind, item, [kind, index]);
    if (!parsed.success) throw parsed.error;
    const id = parsed.data.id;
    const first = seen.get(id);
    if (first !== undefined) {
      throw new CrmRulesError('INVALID_INPUT', `duplicate id (first used at ${kind}[${first}])`, {
        path: [kind, index, 'id'],
        value: id,
      });
    }
    seen.set(id, index);
    return parsed.data;
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
