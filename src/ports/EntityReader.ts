/**
 * Read access to one collection of a store. Entities come back as fresh plain JSON objects that
 * the caller may change without touching the store.
 *
 * @typeParam T - the entity type (`Order`)
 * @typeParam Q - the query type (`EntityQuery<'orders'>`)
 */
export interface EntityReader<T, Q> {
  /**
   * The entity with this id, or `null`.
   *
   * @throws CrmRulesError `INVALID_INPUT` for an id that is not a non-empty string;
   * `UNSUPPORTED_CAPABILITY` when the store cannot read this collection
   */
  get(id: string): Promise<T | null>;
  /**
   * The entities matching `query` (all without one), in the collection's order (`QUERY_SPECS`),
   * as a stream. Errors (invalid query, a filter the store does not push down) reject no later
   * than the first `next()`; use `listEntities` to filter locally what a store cannot.
   *
   * @throws CrmRulesError `INVALID_INPUT`, `UNSAFE_KEY`, `INVALID_DATE`, `INVALID_DATE_RANGE`,
   * `UNSUPPORTED_CAPABILITY`
   */
  list(query?: Q): AsyncIterable<T>;
}
