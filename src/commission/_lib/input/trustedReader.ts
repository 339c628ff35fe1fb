import { CrmRulesError, type ErrorPath } from '../../../errors';
import { isCurrencyCode } from '../../../money';
import { isoDate } from '../../../period';
import { isDecimal } from '../schema/quickChecks';

/** Internal: a path built only when a check fails (the million-line path allocates nothing). */
export type LazyPath = ErrorPath | (() => ErrorPath);

function at(path: LazyPath): ErrorPath {
  return typeof path === 'function' ? path() : path;
}

/** Internal: checks the few fields of a trusted document the engine reads, cheaply. */
export interface TrustedReader {
  object(value: unknown, path: LazyPath): Record<string, unknown>;
  id(value: unknown, path: LazyPath): string;
  date(value: unknown, path: LazyPath): string;
  /** Whether `value` is a date already checked (then `date` would return it). */
  knownDate(value: unknown): boolean;
  currency(value: unknown, path: LazyPath): string;
  decimal(value: unknown, path: LazyPath): string;
  array(value: unknown, path: LazyPath): unknown[];
}

/** Internal: a reader that remembers the dates it has already checked. */
export function trustedReader(): TrustedReader {
  const dates = new Set<string>();
  return {
    object(value, path) {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new CrmRulesError('INVALID_INPUT', 'expected an object', { path: at(path), value });
      return value as Record<string, unknown>;
    },
    id(value, path) {
      if (typeof value !== 'string' || value === '')
        throw new CrmRulesError('INVALID_INPUT', 'expected a non-empty id', {
          path: at(path),
          value,
        });
      return value;
    },
    date(value, path) {
      if (typeof value === 'string' && dates.has(value)) return value;
      const date = isoDate(value, at(path));
      dates.add(date);
      return date;
    },
    knownDate(value) {
      return typeof value === 'string' && dates.has(value);
    },
    currency(value, path) {
      if (!isCurrencyCode(value))
        throw new CrmRulesError('UNKNOWN_CURRENCY', 'expected an ISO 4217 currency code', {
          path: at(path),
          value,
        });
      return value;
    },
    decimal(value, path) {
      if (!isDecimal(value))
        throw new CrmRulesError('INVALID_AMOUNT', 'expected a decimal string such as "1234.56"', {
          path: at(path),
          value,
        });
      return value;
    },
    array(value, path) {
      if (!Array.isArray(value))
        throw new CrmRulesError('INVALID_INPUT', 'expected an array', { path: at(path), value });
      return value;
    },
  };
}
