/**
 * `record` with a getter on `key` counting how often it is read: a schema parse (or the run's
 * hand check of a plain record) reads it once, so `reads.n` counts how often the record is read.
 */
export function counted<T extends Record<string, unknown>>(
  record: T,
  key: string,
  reads: { n: number },
): T {
  const copy: Record<string, unknown> = { ...record };
  const value = copy[key];
  delete copy[key];
  Object.defineProperty(copy, key, {
    enumerable: true,
    get: () => {
      reads.n += 1;
      return value;
    },
  });
  return copy as T;
}
