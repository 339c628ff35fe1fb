import { dayNumberOf } from '../../_lib/civil';
import { isUnsafeKey } from '../../_lib/guards';
import { isPortableText } from '../../model';

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

/** Internal: what `IsoDate` accepts: a real `YYYY-MM-DD` calendar date. */
export function isDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumberOf(value) !== undefined;
}
