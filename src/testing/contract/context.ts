import type { Dataset } from '../../model';
import type { CrmStore, Supports } from '../../ports';

/** Internal: what every group of contract cases needs. */
export interface ContractContext {
  /** The manifest the adapter claims. */
  readonly supports: Supports;
  /** Creates a fresh store seeded with `seed`, runs `body` with it, then cleans up. */
  readonly withStore: (seed: Dataset, body: (store: CrmStore) => Promise<void>) => Promise<void>;
  /** fast-check parameters from the caller. */
  readonly fastCheck: ContractFastCheckOptions;
}

/** fast-check settings of the model-based group, so CI can fix the seed. */
export interface ContractFastCheckOptions {
  /** Number of random command sequences (default fast-check's global, usually 100). */
  readonly numRuns?: number;
  /** The seed, to replay a failure or pin CI. */
  readonly seed?: number;
  /** The replay path fast-check printed with a failure. */
  readonly path?: string;
  /** The most commands per sequence (default 25). */
  readonly maxCommands?: number;
}

/** Internal: one registered test. */
export interface ContractCase {
  readonly group: string;
  readonly name: string;
  readonly run: () => Promise<void>;
}
