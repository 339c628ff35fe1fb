import fc from '../_lib/fastCheck';

/** Internal: one value of a pool. */
export function pick<T>(pool: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...pool);
}

/** Internal: the value or `undefined` (an absent optional field). */
export function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** Internal: the object without its `undefined` properties. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** Internal: the value one time in three, otherwise `undefined`. */
export function sometimes<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: arbitrary },
  );
}
