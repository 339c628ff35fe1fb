import { dayNumberOf } from '../../../_lib/civil';
import { isUnsafeKey } from '../../../_lib/guards';
import { isPortableText } from '../../../model';

/** Internal: a plain object (`{ … }`, not a class instance or null-prototype object). */
export function isPlain(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** Internal: what `EntityId` accepts: non-empty, portable, not a prototype key. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && isPortableText(value) && !isUnsafeKey(value);
}

/** Internal: what `Label` accepts: non-empty and portable. */
export function isLabel(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && isPortableText(value);
}

/** Internal: what `DecimalString` accepts (`/^[+-]?\d+(\.\d+)?$/`), read character by character. */
export function isDecimal(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const n = value.length;
  let i = 0;
  const first = n > 0 ? value.charCodeAt(0) : 0;
  if (first === 43 || first === 45) i = 1;
  const start = i;
  while (i < n && isDigit(value.charCodeAt(i))) i += 1;
  if (i === start) return false;
  if (i === n) return true;
  if (value.charCodeAt(i) !== 46) return false;
  i += 1;
  const fraction = i;
  while (i < n && isDigit(value.charCodeAt(i))) i += 1;
  return i === n && i > fraction;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Internal: what `IsoDate` accepts: a real `YYYY-MM-DD` calendar date. */
export function isDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumberOf(value) !== undefined;
}
