import { CrmRulesError } from './CrmRulesError';

/**
 * What every `safeX` function returns: zod's result shape, with a {@link CrmRulesError} on failure.
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: CrmRulesError };

/**
 * Runs a throwing function and returns its outcome as a {@link SafeResult}. Only
 * {@link CrmRulesError}s become failures; any other exception is a bug and is rethrown.
 *
 * @param run - the function to run
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * attempt(() => money('1.5', 'XYZ')).success;
 * //=> false
 * ```
 */
export function attempt<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof CrmRulesError) return { success: false, error };
    throw error;
  }
}

/**
 * The async form of {@link attempt}.
 *
 * @example
 * ```ts
 * (await attemptAsync(async () => 1)).success;
 * //=> true
 * ```
 */
export async function attemptAsync<T>(run: () => Promise<T>): Promise<SafeResult<T>> {
  try {
    return { success: true, data: await run() };
  } catch (error) {
    if (error instanceof CrmRulesError) return { success: false, error };
    throw error;
  }
}
