/**
 * Makes `object[key]` an enumerable, read-only property whose value `make` gives on first read
 * (then kept): a large part of a result that many callers never read costs nothing until read.
 */
export function lazily<K extends string>(
  object: Record<K, unknown>,
  key: K,
  make: () => unknown,
): void {
  let value: unknown;
  let made = false;
  Object.defineProperty(object, key, {
    enumerable: true,
    configurable: false,
    get: () => {
      if (!made) {
        value = make();
        made = true;
      }
      return value;
    },
  });
}
