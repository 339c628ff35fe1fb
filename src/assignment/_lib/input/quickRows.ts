import { isUnsafeKey } from '../../../_lib/guards';
import { type ErrorPath, parseWith } from '../../../errors';
import { isCountryCode, isPortableText } from '../../../model';
import { isCurrencyCode } from '../../../money';
import { AssignmentCustomer } from '../../AssignmentBook';

const DECIMAL_TEXT = /^[+-]?\d+(\.\d+)?$/;
const TEXT_KEYS = ['grade', 'region', 'industry', 'language', 'risk'] as const;
const CUSTOMER_KEYS = new Set(['id', 'country', 'value', ...TEXT_KEYS]);

const isText = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && isPortableText(v);
const isId = (v: unknown): v is string => isText(v) && !isUnsafeKey(v);

/**
 * Internal: a customer row, checked by hand when it is plainly valid (the common case: a zod
 * parse of 100,000 rows costs seconds), else by {@link AssignmentCustomer} for the exact error.
 * The hand check accepts only what the schema accepts.
 */
export function readCustomer(row: unknown, path: ErrorPath): AssignmentCustomer {
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    return parseWith(AssignmentCustomer, row, { path });
  const r = row as Record<string, unknown>;
  let plain = isId(r.id) && (r.country === undefined || isCountryCode(r.country));
  for (const key of TEXT_KEYS) plain &&= r[key] === undefined || isText(r[key]);
  for (const key in r) plain &&= CUSTOMER_KEYS.has(key) && Object.hasOwn(r, key);
  const value = r.value as Record<string, unknown> | undefined;
  if (plain && value !== undefined)
    plain =
      typeof value === 'object' &&
      value !== null &&
      Object.keys(value).length === 2 &&
      typeof value.amount === 'string' &&
      DECIMAL_TEXT.test(value.amount) &&
      isCurrencyCode(value.currency);
  if (!plain) return parseWith(AssignmentCustomer, row, { path });
  // Read only, never kept in the result: the caller's row serves as it is.
  return r as AssignmentCustomer;
}

/** Internal: a `{ customerId, managerId }` row, by hand when plainly valid (as {@link readCustomer}). */
export function readOwner(
  row: unknown,
  path: ErrorPath,
  schema: Parameters<typeof parseWith>[0],
): { customerId: string; managerId: string } {
  const r = row as Record<string, unknown> | null;
  if (
    typeof r === 'object' &&
    r !== null &&
    !Array.isArray(r) &&
    Object.keys(r).length === 2 &&
    isId(r.customerId) &&
    isId(r.managerId)
  )
    return { customerId: r.customerId, managerId: r.managerId };
  return parseWith(schema, row, { path }) as { customerId: string; managerId: string };
}
