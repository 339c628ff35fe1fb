import { dayNumberOf } from '../../../../_lib/civil';
import { isUnsafeKey, UNSAFE_KEYS } from '../../../../_lib/guards';
import { CrmRulesError, type ErrorPath } from '../../../../errors';
import { parseScaled, type Scaled } from '../../../../money/_lib/scaled/Fixed';

/**
 * Internal: the cheap structural checks of the fields a metric reads, one `CrmRulesError` at
 * `['facts', stream, index, field]` for the first bad one. Facts are not parsed by their full
 * model schemas here (that would cost more than the metrics): parse untrusted facts first.
 * Every error copies the path it is given, so a caller may reuse one path array for many facts.
 */
export type Fact = Readonly<Record<string, unknown>>;

/** Internal: the fact as an object. */
export function factObject(fact: unknown, path: ErrorPath): Fact {
  if (typeof fact !== 'object' || fact === null || Array.isArray(fact))
    throw new CrmRulesError('INVALID_INPUT', 'expected a fact object', {
      path: [...path],
      value: fact,
    });
  return fact as Fact;
}

/** Internal: a non-empty string field (an id, a currency), never a prototype key. */
export function textField(fact: Fact, key: string, path: ErrorPath): string {
  const value = fact[key];
  if (typeof value !== 'string' || value === '')
    throw new CrmRulesError('INVALID_INPUT', `expected ${key} as a non-empty string`, {
      path: [...path, key],
      value,
    });
  if (UNSAFE_LENGTH[value.length] === true && isUnsafeKey(value))
    throw new CrmRulesError('UNSAFE_KEY', `${key} could reach an object prototype`, {
      path: [...path, key],
      value,
    });
  return value;
}

/** The lengths of the unsafe keys: a text of another length is safe without a set lookup. */
const UNSAFE_LENGTH: boolean[] = [];
for (const key of UNSAFE_KEYS) UNSAFE_LENGTH[key.length] = true;

/** Internal: an optional string field. */
export function optionalText(fact: Fact, key: string, path: ErrorPath): string | undefined {
  return fact[key] === undefined ? undefined : textField(fact, key, path);
}

const VALID_DAYS = new Map<string, boolean>();

/** Internal: a `YYYY-MM-DD` calendar date field (validity cached per distinct text). */
export function dateField(fact: Fact, key: string, path: ErrorPath): string {
  const value = fact[key];
  if (typeof value === 'string') {
    let ok = VALID_DAYS.get(value);
    if (ok === undefined) {
      ok = value.length === 10 && dayNumberOf(value) !== undefined;
      if (VALID_DAYS.size < 100_000) VALID_DAYS.set(value, ok);
    }
    if (ok) return value;
  }
  throw new CrmRulesError('INVALID_DATE', `expected ${key} as a calendar date YYYY-MM-DD`, {
    path: [...path, key],
    value,
  });
}

/** Internal: an optional date field. */
export function optionalDate(fact: Fact, key: string, path: ErrorPath): string | undefined {
  return fact[key] === undefined ? undefined : dateField(fact, key, path);
}

/** Internal: a decimal string field (never a float), exact. */
export function amountField(fact: Fact, key: string, path: ErrorPath): Scaled {
  const value = fact[key];
  const exact = typeof value === 'string' ? parseScaled(value, true) : undefined;
  if (exact === undefined)
    throw new CrmRulesError('INVALID_AMOUNT', `expected ${key} as a decimal string`, {
      path: [...path, key],
      value,
    });
  return exact;
}

/** Internal: an array field. */
export function arrayField(fact: Fact, key: string, path: ErrorPath): readonly unknown[] {
  const value = fact[key];
  if (!Array.isArray(value))
    throw new CrmRulesError('INVALID_INPUT', `expected ${key} as an array`, {
      path: [...path, key],
      value,
    });
  return value;
}
