import { isCrmRulesError } from '../../errors';
import { canonicalJson } from '../../ports';

/**
 * Internal: the contract kit's assertions. They throw plain `Error`s with a message saying what
 * the adapter did and what the contract expects, so they work under any test runner.
 */

/** Internal: the result of running one operation: a value, or the code and path of the error. */
export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: string; readonly path: readonly (string | number)[] };

/** Internal: runs an operation and captures what happened; other errors keep their message. */
export async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (isCrmRulesError(error)) return { ok: false, code: error.code, path: [...error.path] };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: `not a CrmRulesError: ${message}`, path: [] };
  }
}

/** Internal: reads a stream to the end. */
export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

/**
 * Internal: throws unless both values have the same canonical JSON (key order does not matter).
 * What the adapter returned must itself be portable JSON.
 */
export function sameJson(actual: unknown, expected: unknown, what: string): void {
  let a: string;
  try {
    a = actual === undefined ? 'undefined' : canonicalJson(actual);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`${what}: the adapter returned something that is not portable JSON (${why})`);
  }
  const e = show(expected);
  if (a !== e) throw new Error(`${what}:\n  expected ${e}\n  but got  ${a}`);
}

/** Internal: throws unless `condition` holds. */
export function ok(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/** Internal: throws unless the operation rejects with a `CrmRulesError` of this code. */
export async function rejectsWith(
  run: () => Promise<unknown>,
  code: string,
  what: string,
): Promise<Outcome> {
  const result = await outcome(run);
  if (result.ok)
    throw new Error(
      `${what}: expected a CrmRulesError ${code}, but it succeeded with ${show(result.value)}`,
    );
  if (result.code !== code)
    throw new Error(`${what}: expected a CrmRulesError ${code}, but got ${result.code}`);
  return result;
}

/** Internal: canonical JSON when possible, otherwise a best-effort rendering, for messages. */
export function show(value: unknown): string {
  try {
    return value === undefined ? 'undefined' : canonicalJson(value);
  } catch {
    return String(value);
  }
}
