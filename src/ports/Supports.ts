import * as z from 'zod';
import { attempt, CrmRulesError, type ErrorPath, parseWith, type SafeResult } from '../errors';
import { ENTITY_KINDS, type EntityKind } from '../model';
import { type FilterName, QUERY_SPECS, type QuerySpec } from './querySpecs';

/**
 * What a store can do, beyond the minimum. Workflows read it to choose a path (filter locally,
 * skip saving), and the contract kit reads it to choose which tests apply. Anything not listed
 * rejects with `UNSUPPORTED_CAPABILITY`.
 *
 * - `readers`: the collections the store can read (`get` and `list`), each with the filters
 *   it evaluates itself ("pushed down"); absent collections cannot be read at all.
 * - `results`: `read` (`get`, `list`), `write` (`put`; implies `read`), `atomicBatch`
 *   (`putMany`, all-or-nothing; implies `write`).
 * - `summaries`: which summaries the store computes itself (each implies an orders reader):
 *   `orderDays` (per customer and day), `managerSales` (per manager and month),
 *   `customerPurchases` (per customer). `managerSales` and `customerPurchases` may be left out
 *   (false), so manifests written before they existed still parse.
 */
export interface Supports {
  readonly readers: { readonly [K in EntityKind]?: ReadonlyArray<FilterName<K>> };
  readonly results: {
    readonly read: boolean;
    readonly write: boolean;
    readonly atomicBatch: boolean;
  };
  readonly summaries: {
    readonly orderDays: boolean;
    readonly managerSales?: boolean;
    readonly customerPurchases?: boolean;
  };
}

/** The summaries a manifest may list (`supports.summaries`), in declaration order. */
export const SUMMARY_NAMES = ['orderDays', 'managerSales', 'customerPurchases'] as const;
/** One of {@link SUMMARY_NAMES}. */
export type SummaryName = (typeof SUMMARY_NAMES)[number];

function filterNames(kind: EntityKind): [string, ...string[]] {
  const spec: QuerySpec = QUERY_SPECS[kind];
  return [...(spec.range === undefined ? [] : ['range']), ...spec.fields] as [string, ...string[]];
}

/**
 * Everything: every collection with every filter, results read, write and atomic batches, and
 * pushed-down summaries. The memory adapter's default manifest.
 *
 * @example
 * ```ts
 * FULL_SUPPORT.readers.orders;
 * //=> ['range', 'customerId', 'ownerId', 'status']
 * ```
 */
export const FULL_SUPPORT: Supports = Object.freeze({
  readers: Object.freeze(
    Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, Object.freeze(filterNames(kind))])),
  ) as Supports['readers'],
  results: Object.freeze({ read: true, write: true, atomicBatch: true }),
  summaries: Object.freeze({ orderDays: true, managerSales: true, customerPurchases: true }),
});

const SupportsSchema = z
  .strictObject({
    readers: z.strictObject(
      Object.fromEntries(
        ENTITY_KINDS.map((kind) => [kind, z.array(z.enum(filterNames(kind))).optional()]),
      ),
    ),
    results: z.strictObject({ read: z.boolean(), write: z.boolean(), atomicBatch: z.boolean() }),
    summaries: z.strictObject({
      orderDays: z.boolean(),
      managerSales: z.boolean().optional(),
      customerPurchases: z.boolean().optional(),
    }),
  })
  .superRefine((supports, ctx) => {
    const flag = (path: string[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message, input: true });
    if (supports.results.write && !supports.results.read)
      flag(['results', 'write'], 'a store that writes results also reads them');
    if (supports.results.atomicBatch && !supports.results.write)
      flag(['results', 'atomicBatch'], 'atomic batches are writes: set write too');
    for (const name of SUMMARY_NAMES)
      if (supports.summaries[name] === true && supports.readers.orders === undefined)
        flag(['summaries', name], 'order summaries need an orders reader');
  });

/**
 * Validates a `supports` manifest: known collections and filter names, and the implications
 * (`write` needs `read`, `atomicBatch` needs `write`, `orderDays` needs an orders reader).
 *
 * @param input - the manifest
 * @returns the manifest, as a fresh object
 * @throws CrmRulesError `INVALID_INPUT` with the path of the problem
 * @example
 * ```ts
 * parseSupports({ readers: { orders: ['range'] }, results: { read: true, write: false, atomicBatch: false }, summaries: { orderDays: false } }).readers;
 * //=> { orders: ['range'] }
 * ```
 */
export function parseSupports(input: unknown): Supports {
  return parseWith(SupportsSchema, input) as Supports;
}

/**
 * Like {@link parseSupports}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeParseSupports(null).success;
 * //=> false
 * ```
 */
export function safeParseSupports(input: unknown): SafeResult<Supports> {
  return attempt(() => parseSupports(input));
}

/**
 * The error a store raises for a capability its manifest does not list.
 *
 * @param capability - what was asked for, as a manifest path (`'results.write'`)
 * @param path - where the call sits in the caller's input
 * @returns a `CrmRulesError` with code `UNSUPPORTED_CAPABILITY`
 * @example
 * ```ts
 * unsupported('results.write').code;
 * //=> 'UNSUPPORTED_CAPABILITY'
 * ```
 */
export function unsupported(capability: string, path: ErrorPath = []): CrmRulesError {
  return new CrmRulesError(
    'UNSUPPORTED_CAPABILITY',
    `this store does not support ${capability} (see its supports manifest)`,
    { path, value: capability },
  );
}
