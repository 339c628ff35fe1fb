/**
 * Every code a {@link CrmRulesError} can carry. The list is closed: callers may `switch` on it
 * exhaustively. New codes are added here, in the layer that first needs them.
 *
 * @example
 * ```ts
 * ERROR_CODES.includes('MISSING_FX_RATE');
 * //=> true
 * ```
 */
export const ERROR_CODES = [
  // input shape
  'INVALID_INPUT',
  'UNSAFE_KEY',
  'LIMIT_EXCEEDED',
  // money
  'INVALID_AMOUNT',
  'UNKNOWN_CURRENCY',
  'CURRENCY_MISMATCH',
  'DIVISION_BY_ZERO',
  'INVALID_ALLOCATION',
  'MISSING_FX_RATE',
  // dates and periods
  'INVALID_DATE',
  'INVALID_DATE_RANGE',
  'INVALID_PERIOD',
  'NO_VERSION_IN_FORCE',
  'OVERLAPPING_VERSIONS',
  // rules
  'INVALID_RULE',
  'UNKNOWN_FACT',
  'FACT_TYPE_MISMATCH',
  // ports and adapters
  'UNSUPPORTED_CAPABILITY',
  'CONFLICT',
  'STORAGE_ERROR',
  // commission
  'INVALID_TIERS',
  'SPLIT_NOT_100',
  'UNKNOWN_PAYEE',
  'NO_RATE_MATCH',
  'NEGATIVE_QUANTITY',
  'PERIOD_CLOSED',
  // grading and analytics
  'UNKNOWN_UNIT',
  'UNIT_MISMATCH',
  'INSUFFICIENT_DATA',
  'FIT_NOT_CONVERGED',
  // kpi
  'WEIGHTS_NOT_100',
  // risk
  'MISSING_CREDIT_LIMIT',
  // long runs (statements, closes, summaries, fits): the caller's signal was aborted
  'ABORTED',
] as const;

/** A code from {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];
