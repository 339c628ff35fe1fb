import { CrmRulesError, isCrmRulesError } from '../../../errors';

/** Internal: the SQLSTATE of a driver error (`pg` and PGlite both set `code`), if any. */
export function sqlState(error: unknown): string | undefined {
  const code: unknown =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Internal: a driver's error as a `CrmRulesError`: `CONFLICT` for a unique violation or a
 * serialisation failure (retry), `STORAGE_ERROR` for the rest (a lost connection, a missing
 * table, a statement refused), with the SQLSTATE as the value and the driver's error as cause.
 */
export function storageError(error: unknown, doing: string): CrmRulesError {
  if (isCrmRulesError(error)) return error;
  const state = sqlState(error);
  const message = error instanceof Error ? error.message : String(error);
  const conflict = state === '23505' || state === '40001' || state === '40P01';
  return new CrmRulesError(
    conflict ? 'CONFLICT' : 'STORAGE_ERROR',
    `PostgreSQL failed while ${doing}: ${message}${state === undefined ? '' : ` (SQLSTATE ${state})`}`,
    { value: state ?? null, cause: error },
  );
}
