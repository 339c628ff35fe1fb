import { CrmRulesError, type ErrorPath } from '../../errors';

/** Throws `INVALID_INPUT` at `['path']` unless `path` is an array of keys and indexes. */
export function requirePath(path: unknown): asserts path is ErrorPath {
  if (
    !Array.isArray(path) ||
    !path.every((part) => typeof part === 'string' || typeof part === 'number')
  )
    throw new CrmRulesError('INVALID_INPUT', 'a path is an array of keys and indexes', {
      path: ['path'],
      value: path,
    });
}
