import { CrmRulesError, type ErrorPath } from '../../../errors';
import type { CommissionInput } from '../../model/CommissionInput';

/** Internal: the input fields that may be streams (arrays, iterables, async iterables). */
export const STREAM_FIELDS = [
  'orders',
  'invoices',
  'payments',
  'creditNotes',
  'customers',
  'products',
  'fxRates',
] as const satisfies ReadonlyArray<keyof CommissionInput>;

/** Internal: the input fields that are arrays (required first). */
const LIST_FIELDS = [
  'plans',
  'assignments',
  'payees',
  'splits',
  'kpiScores',
  'adjustments',
  'categories',
] as const satisfies ReadonlyArray<keyof CommissionInput>;
const REQUIRED = new Set<string>(['plans', 'assignments']);

function fail(message: string, path: ErrorPath, value: unknown): never {
  throw new CrmRulesError('INVALID_INPUT', message, { path, value });
}

/** Whether a value is an object (not a string) that can be iterated synchronously. */
function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function checkStream(value: unknown, streams: 'sync' | 'async', path: ErrorPath): void {
  if (value === undefined || isIterable(value)) return;
  if (isAsyncIterable(value)) {
    if (streams === 'async') return;
    fail(
      'an async stream needs the async entry point (computeStatementsAsync, closePeriodAsync)',
      path,
      typeof value,
    );
  }
  fail('expected an array or an iterable of documents', path, value);
}

/**
 * Internal: checks the shape of a commission input before anything reads it — an object whose
 * `plans` and `assignments` are arrays, whose other lists are arrays when given and whose
 * document fields are arrays or iterables (async iterables too when `streams` is `async`).
 * Throws `INVALID_INPUT` with the field's path (`['invoices']`, prefixed by `path`; the input
 * itself that is not an object: `['input']`, the argument's name); the
 * documents themselves are validated as they are read.
 */
export function checkInput(
  input: unknown,
  streams: 'sync' | 'async',
  path: ErrorPath = [],
): asserts input is CommissionInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    fail(
      'expected the commission input object { period, plans, assignments, … }',
      path.length === 0 ? ['input'] : path,
      input,
    );
  const fields = input as Record<string, unknown>;
  for (const field of LIST_FIELDS) {
    const value = fields[field];
    if (value === undefined && !REQUIRED.has(field)) continue;
    if (!Array.isArray(value))
      fail(
        value === undefined ? `${field} is required (an array)` : 'expected an array',
        [...path, field],
        value,
      );
  }
  for (const field of STREAM_FIELDS) checkStream(fields[field], streams, [...path, field]);
}

/** Internal: checks the options object of an entry point (absent or an object). */
export function checkOptions(options: unknown): void {
  if (options !== undefined && (typeof options !== 'object' || options === null))
    fail('expected an options object', ['options'], options);
}

/**
 * Internal: reads every document stream of a (checked, synchronous) input into an array once, so
 * that several runs over the same input — a baseline and an estimate — read the same documents
 * even when a stream is a one-shot generator. Arrays are kept as they are.
 */
export function materialiseInput(input: CommissionInput): CommissionInput {
  const out: Record<string, unknown> = { ...input };
  for (const field of STREAM_FIELDS) {
    const stream = input[field];
    if (stream !== undefined && !Array.isArray(stream))
      out[field] = Array.from(stream as Iterable<unknown>);
  }
  return out as unknown as CommissionInput;
}
