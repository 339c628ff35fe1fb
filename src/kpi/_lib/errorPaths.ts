import { CrmRulesError, type ErrorPath } from '../../errors';

/**
 * Runs `run` and re-throws a {@link CrmRulesError} it throws with its path renamed by `rename`,
 * so an error from a reused helper (`allocate`, `prorate`) names the caller's argument.
 */
export function withPaths<T>(run: () => T, rename: (path: ErrorPath) => ErrorPath): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof CrmRulesError)) throw error;
    throw new CrmRulesError(error.code, error.detail, {
      path: rename(error.path),
      value: error.value,
      cause: error,
    });
  }
}

/** A renamer that replaces the first path segment by `names[segment]` when it is listed. */
export function renameHead(
  names: Readonly<Record<string, ErrorPath>>,
): (path: ErrorPath) => ErrorPath {
  return (path) => {
    const [head, ...rest] = path;
    const renamed =
      typeof head === 'string' && Object.hasOwn(names, head) ? names[head] : undefined;
    return renamed === undefined ? path : [...renamed, ...rest];
  };
}
