import fc from 'fast-check';
import { expect } from 'vitest';
import { type ErrorPath, type SafeResult, safeParseWith } from '../../../src/errors';

type Schema = Parameters<typeof safeParseWith>[0];

/**
 * Records near a `good` one, for the hand checks that let the common shape skip its schema: one
 * field (or two) of `fields` replaced by an odd value (or added), one left out, and anything —
 * plus the `more` shapes a test adds.
 */
export function nearShapes(
  good: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  oddValue: fc.Arbitrary<unknown>,
  more: readonly fc.Arbitrary<unknown>[] = [],
): fc.Arbitrary<unknown> {
  const field = fc.constantFrom(...fields);
  return fc.oneof(
    fc.tuple(field, oddValue).map(([key, value]) => ({ ...good, [key]: value })),
    fc.tuple(field, oddValue, field, oddValue).map(([k1, v1, k2, v2]) => ({
      ...good,
      [k1]: v1,
      [k2]: v2,
    })),
    field.map((key) => {
      const { [key]: _, ...rest } = good;
      return rest;
    }),
    ...more,
    fc.anything(),
  );
}

/** A hand check answers (not `undefined`) only for a record its schema accepts unchanged. */
export function expectAcceptedUnchanged(
  check: (raw: unknown) => unknown,
  schema: Schema,
  raw: unknown,
): void {
  if (check(raw) === undefined) return;
  const parsed = safeParseWith(schema, raw);
  expect(parsed.success).toBe(true);
  if (parsed.success) expect(parsed.data).toEqual(raw);
}

/**
 * Where the schema refuses `raw` (read at `path`), `run` (which reads it past a hand check) fails
 * exactly as the schema does: the same code, path, message and value.
 */
export function expectFailsAsSchema(
  schema: Schema,
  raw: unknown,
  path: ErrorPath,
  run: () => SafeResult<unknown>,
): void {
  const want = safeParseWith(schema, raw, { path });
  if (want.success) return;
  const result = run();
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(result.error.code).toBe(want.error.code);
  expect(result.error.path).toEqual(want.error.path);
  expect(result.error.message).toBe(want.error.message);
  expect(result.error.value).toEqual(want.error.value);
}

/** A deep copy with null prototypes: the same data, which no hand check takes (only schemas). */
export function viaSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(viaSchema);
  if (typeof value !== 'object' || value === null) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, field] of Object.entries(value)) out[key] = viaSchema(field);
  return out;
}
