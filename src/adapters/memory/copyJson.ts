/**
 * Internal: a deep copy of plain JSON data (arrays, plain objects, scalars), leaving out
 * properties whose value is `undefined`. Keys are defined, never assigned, so a `__proto__` key
 * stays an ordinary property.
 */
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => copyJson(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) {
      Object.defineProperty(out, key, {
        value: copyJson(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out as T;
}
