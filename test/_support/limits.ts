import { expect } from 'vitest';
import { CrmRulesError } from '../../src/errors';

/** A condition `{ all: [{ all: [ … leaf … ] }] }` nested `depth` levels deep. */
export function nestedAll(depth: number, leaf: unknown): unknown {
  let condition = leaf;
  for (let level = 1; level < depth; level += 1) condition = { all: [condition] };
  return condition;
}

/** `{ a: { a: … value … } }`, `depth` objects deep. */
export function nestedObject(depth: number, value: unknown = 1): unknown {
  let out = value;
  for (let level = 0; level < depth; level += 1) out = { a: out };
  return out;
}

/**
 * Runs `run`, expects it to throw (or reject with) a `LIMIT_EXCEEDED` CrmRulesError within
 * `withinMs` (generous, for a loaded CI machine: the work refused takes seconds when unbounded),
 * and returns the error.
 */
export async function limitExceeded(run: () => unknown, withinMs = 1_000): Promise<CrmRulesError> {
  const start = performance.now();
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  const elapsed = performance.now() - start;
  expect(caught).toBeInstanceOf(CrmRulesError);
  const error = caught as CrmRulesError;
  expect(error.code, error.message).toBe('LIMIT_EXCEEDED');
  expect(error.path.length).toBeGreaterThan(0);
  expect(elapsed).toBeLessThan(withinMs);
  return error;
}
