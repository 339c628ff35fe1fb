import { CrmRulesError, type ErrorPath } from '../../../errors';

/**
 * Internal: the cheap entry guards of grading's public functions, for arguments that bypass the
 * types (`null`, a number for an object, a string for a list). Each throws one `INVALID_INPUT`
 * naming the argument, before anything reads inside it — never a TypeError from deep inside.
 */
function wrong(path: ErrorPath, expected: string, value: unknown): CrmRulesError {
  return new CrmRulesError('INVALID_INPUT', `expected ${expected}`, { path, value });
}

/** Internal: `value` is a plain object (not `null`, not an array). */
export function checkObject<T>(value: T, path: ErrorPath, expected = 'an object'): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw wrong(path, expected, value);
  return value;
}

/** Internal: `value` is `undefined` (the default applies) or a plain object. */
export function checkOptions<T>(value: T, path: ErrorPath): T {
  return value === undefined ? value : checkObject(value, path, 'an options object');
}

/** Internal: `value` is an array. */
export function checkArray<T>(value: T, path: ErrorPath, expected = 'an array'): T {
  if (!Array.isArray(value)) throw wrong(path, expected, value);
  return value;
}

/** Internal: `value` is iterable (an array, a Set, a generator; not a string). */
export function checkIterable<T>(value: T, path: ErrorPath): T {
  const iterable = value as { [Symbol.iterator]?: unknown } | null;
  if (
    typeof iterable !== 'object' ||
    iterable === null ||
    typeof iterable[Symbol.iterator] !== 'function'
  )
    throw wrong(path, 'an iterable (an array, a Set, a generator)', value);
  return value;
}

/** Internal: `value` is iterable or async iterable (not a string). */
export function checkAsyncIterable<T>(value: T, path: ErrorPath): T {
  const iterable = value as { [Symbol.asyncIterator]?: unknown } | null;
  if (
    typeof iterable === 'object' &&
    iterable !== null &&
    typeof iterable[Symbol.asyncIterator] === 'function'
  )
    return value;
  return checkIterable(value, path);
}

/** Internal: `value` looks like a summary result of `summarise` (the fields read first). */
export function checkSummaryResult<T>(value: T, path: ErrorPath): T {
  const result = checkObject(value, path, 'a summary result from summarise') as {
    summaries?: unknown;
    end?: unknown;
    convention?: unknown;
  };
  if (
    !Array.isArray(result.summaries) ||
    typeof result.end !== 'string' ||
    (result.convention !== 'btyd' && result.convention !== 'rfm')
  )
    throw wrong(path, 'a summary result from summarise', value);
  return value;
}
