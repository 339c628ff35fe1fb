import { CrmRulesError } from './CrmRulesError';

/**
 * What every `safeX` function returns: zod's result shape, with a {@link CrmRulesError} on failure.
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: CrmRulesError };

/**
 * Runs a throwing function and returns its outcome as a {@link SafeResult}; it never throws. A
 * {@link CrmRulesError} becomes the failure as it is; anything else (a `TypeError` from a
 * wrong-typed argument, a `RangeError` from input nested past the stack) becomes a
 * `CrmRulesError` `INVALID_INPUT` saying the input could not be processed, with path `[]` and
 * the original exception as `cause`. Every `safeX` form of the library is this net over `x`.
 *
 * @param run - the function to run
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * attempt(() => money('1.5', 'XYZ')).success;
 * //=> false
 * attempt(() => null!.toString()).error?.code;
 * //=> 'INVALID_INPUT'
 * ```
 */
export function attempt<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    return { success: false, error: asCrmRulesError(error) };
  }
}

/**
 * The async form of {@link attempt}: the returned promise always resolves, never rejects.
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
    return { success: false, error: asCrmRulesError(error) };
  }
}

/** The error itself when it is a {@link CrmRulesError}, else `INVALID_INPUT` caused by it. */
export function asCrmRulesError(error: unknown): CrmRulesError {
  if (error instanceof CrmRulesError) return error;
  return new CrmRulesError(
    'INVALID_INPUT',
    `the input could not be processed (${describe(error)})`,
    { path: [], cause: error },
  );
}

/** `Name: message` of an exception, without trusting it (it may be any thrown value). */
function describe(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return `thrown ${typeof error}`;
  } catch {
    return 'an unreadable exception';
  }
}
