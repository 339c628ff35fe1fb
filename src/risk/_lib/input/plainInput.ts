import { daysInMonth } from '../../../_lib/civil';
import { isUnsafeKey } from '../../../_lib/guards';
import { fastUnits } from '../../../money/_lib/scaled/parseUnits';

/** Whether `id` is surely a valid `EntityId`: non-empty ASCII without NUL, not a prototype key. */
export function plainId(id: unknown): id is string {
  if (typeof id !== 'string' || id.length === 0) return false;
  for (let i = 0; i < id.length; i += 1) {
    const c = id.charCodeAt(i);
    if (c === 0 || c > 0x7e) return false;
  }
  // Only `__proto__`, `prototype` (9) and `constructor` (11) are unsafe: other lengths skip the
  // set lookup, which would hash every fresh id string.
  return (id.length !== 9 && id.length !== 11) || !isUnsafeKey(id);
}

/**
 * `value` as a record when it is a plain object (prototype `Object.prototype`) whose own
 * enumerable keys are all in `allowed` and include every key of `required`; else `undefined`.
 * The hand checks of the common shapes start here; anything else goes to the schema.
 */
export function plainRecord(
  value: unknown,
  allowed: ReadonlySet<string>,
  required: number,
): Record<string, unknown> | undefined {
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return undefined;
  // `for…in` without an array of keys; a key it finds on the prototype (a polluted
  // Object.prototype) sends the record to the schema.
  let count = 0;
  for (const key in value) {
    if (!allowed.has(key) || !Object.hasOwn(value, key)) return undefined;
    count += 1;
  }
  return count < required ? undefined : (value as Record<string, unknown>);
}

/** A decimal string ≥ 0 of at most 15 digits and 9 places (surely a valid `NonNegativeDecimal`). */
export function plainAmount(text: unknown): text is string {
  return typeof text === 'string' && fastUnits(text, 9) >= 0;
}

/** A decimal string > 0 of at most 15 digits and 9 places (surely a valid `PositiveDecimal`). */
export function plainPositive(text: unknown): text is string {
  return typeof text === 'string' && fastUnits(text, 9) > 0;
}

/** The value of the ASCII digits of `text` from `start` to `end`, or `NaN` at a non-digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Whether `date` is surely a valid `IsoDate`: a real `YYYY-MM-DD` calendar date, read without
 * a regular expression or an allocation (the same test as `dayNumberOf`).
 */
export function plainDate(date: unknown): date is string {
  if (typeof date !== 'string' || date.length !== 10) return false;
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return false;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1)) return false;
  return day <= daysInMonth(year, month);
}
