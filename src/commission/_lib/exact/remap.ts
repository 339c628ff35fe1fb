import { CrmRulesError, type ErrorPath } from '../../../errors';

export function remap<T>(run: () => T, prefix: ErrorPath, indexes: readonly number[]): T {
  try {
    return run();
  } catch (error) {
    // An abort is the caller's signal, not a problem in the input: its path stays.
    if (!(error instanceof CrmRulesError) || error.code === 'ABORTED') throw error;
    const [first, ...rest] = error.path;
    const index = typeof first === 'number' ? (indexes[first] ?? first) : first;
    throw new CrmRulesError(error.code, error.issues[0]?.message ?? error.message, {
      path: index === undefined ? prefix : [...prefix, index, ...rest],
      value: error.value,
    });
  }
}

export function list<T>(value: readonly T[] | undefined, field: string): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new CrmRulesError('INVALID_INPUT', 'expected an array', { path: [field], value });
  return value;
}
