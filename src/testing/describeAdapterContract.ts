import { CrmRulesError } from '../errors';
import type { Dataset } from '../model';
import { type CrmStore, parseSupports, type Supports } from '../ports';
import type { ContractCase, ContractContext, ContractFastCheckOptions } from './contract/context';
import { manifestCases } from './contract/manifestCases';
import { modelBasedCases } from './contract/modelBasedCases';
import { readerCases } from './contract/readerCases';
import { resultCases } from './contract/resultCases';
import { summaryCases } from './contract/summaryCases';

/** Options of {@link describeAdapterContract}. */
export interface AdapterContractOptions {
  /** Your runner's test function: vitest's or jest's `test`/`it`, or `node:test`'s `test`. */
  readonly test: (name: string, run: () => Promise<void>) => unknown;
  /** Your runner's `describe`, to group the cases; without it, names carry the groups. */
  readonly describe?: (name: string, body: () => void) => unknown;
  /** Creates a FRESH store holding exactly `seed` (and no results) for each test. */
  readonly factory: (seed: Dataset) => CrmStore | Promise<CrmStore>;
  /** Releases a store after its test (drop a schema, close a client). */
  readonly cleanup?: (store: CrmStore) => void | Promise<void>;
  /** What the adapter supports; switches groups of cases on and off. */
  readonly supports: Supports;
  /** The name of the suite (default `crm-rules adapter contract`). */
  readonly name?: string;
  /** fast-check settings of the model-based group (`numRuns`, `seed`, `path`, `maxCommands`). */
  readonly fastCheck?: ContractFastCheckOptions;
}

/**
 * Registers the adapter contract with your test runner: the tests a store must pass to be a
 * `crm-rules` store. Readers (every collection and filter of `QUERY_SPECS`, order, copies,
 * invalid and unsupported queries), results (idempotent puts, closed records immutable,
 * optimistic versions, key order by code point, atomic batches), summaries, the manifest, and
 * a model-based run comparing the store with the memory store over random sequences. Each
 * test gets its own store from `factory`; no test depends on another or on their order.
 * Assertions throw plain `Error`s, so any runner works.
 *
 * @param options - the runner's `test` (and `describe`), the `factory`, the `supports` manifest
 * @returns nothing; the tests are registered through `test`
 * @throws CrmRulesError `INVALID_INPUT` when `test` or `factory` is not a function or the
 * manifest is invalid
 * @example
 * ```ts
 * import { describe, test } from 'vitest';
 * import { createMemoryStore } from 'crm-rules/memory';
 * import { FULL_SUPPORT } from 'crm-rules/ports';
 * describeAdapterContract({ test, describe, factory: (seed) => createMemoryStore(seed), supports: FULL_SUPPORT });
 * //=> undefined (136 tests registered with FULL_SUPPORT)
 * ```
 */
export function describeAdapterContract(options: AdapterContractOptions): void {
  if (typeof options?.test !== 'function' || typeof options.factory !== 'function') {
    throw new CrmRulesError(
      'INVALID_INPUT',
      'describeAdapterContract needs a test and a factory function',
      {
        value: options,
      },
    );
  }
  const supports = parseSupports(options.supports);
  const context: ContractContext = {
    supports,
    fastCheck: options.fastCheck ?? {},
    async withStore(seed, body) {
      const store = await options.factory(JSON.parse(JSON.stringify(seed)) as Dataset);
      try {
        await body(store);
      } finally {
        await options.cleanup?.(store);
      }
    },
  };
  const cases: ContractCase[] = [
    ...manifestCases(context),
    ...readerCases(context),
    ...resultCases(context),
    ...summaryCases(context),
    ...modelBasedCases(context),
  ];
  const name = options.name ?? 'crm-rules adapter contract';
  const { describe, test } = options;
  if (describe === undefined) {
    for (const c of cases) test(`${name} › ${c.group} › ${c.name}`, c.run);
    return;
  }
  describe(name, () => {
    for (const group of [...new Set(cases.map((c) => c.group))]) {
      describe(group, () => {
        for (const c of cases) if (c.group === group) test(c.name, c.run);
      });
    }
  });
}
