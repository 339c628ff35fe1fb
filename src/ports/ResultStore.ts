import type {
  PutOptions,
  PutResult,
  ResultFilter,
  ResultRecord,
  StoredResult,
} from './ResultRecord';

/**
 * Where workflows keep what the areas compute: grades, scorecards, commission statements, risk
 * findings, as JSON records keyed by `kind` and `key`. Puts are idempotent (an identical put is
 * a no-op) and closed records are immutable; {@link resolvePut} states the rules. Whether a
 * store can read, write or batch is in its `supports.results`; calling what it does not
 * support rejects with `UNSUPPORTED_CAPABILITY`.
 */
export interface ResultStore {
  /**
   * The record under `kind` and `key`, or `null`.
   *
   * @throws CrmRulesError `INVALID_INPUT` for an empty kind or key; `UNSUPPORTED_CAPABILITY`
   */
  get(kind: string, key: string): Promise<StoredResult | null>;
  /**
   * The records of a kind, optionally of one period and/or subject, in key order by code point
   * (`compareKeys`), as of a snapshot taken no later than the first `next()`. Errors reject no
   * later than the first `next()`.
   *
   * @throws CrmRulesError `INVALID_INPUT` for an unknown filter; `UNSUPPORTED_CAPABILITY`
   */
  list(kind: string, filter?: ResultFilter): AsyncIterable<StoredResult>;
  /**
   * Stores one record (validated with `ResultRecord`) and says what happened.
   *
   * @throws CrmRulesError `INVALID_INPUT`, `UNSAFE_KEY` for a bad record; `CONFLICT` when a
   * closed record would change or `expectedVersion` is stale; `UNSUPPORTED_CAPABILITY`
   */
  put(record: ResultRecord, options?: PutOptions): Promise<PutResult>;
  /**
   * Stores several records atomically, in order (a later record with the same key sees the
   * earlier one): all are stored, or on any error none is. The error path starts with the
   * record's index.
   *
   * @throws CrmRulesError as {@link ResultStore.put}; `UNSUPPORTED_CAPABILITY` unless
   * `supports.results.atomicBatch`
   */
  putMany(records: readonly ResultRecord[]): Promise<PutResult[]>;
}
