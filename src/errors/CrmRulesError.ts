import type { ErrorCode } from './codes';

/** A path into the caller's input: object keys and array indexes, outermost first. */
export type ErrorPath = ReadonlyArray<string | number>;

/** One validation problem, in the shape of a zod issue. */
export interface ErrorIssue {
  readonly code: string;
  readonly path: ErrorPath;
  readonly message: string;
  readonly input?: unknown;
}

/** Options of the {@link CrmRulesError} constructor. */
export interface CrmRulesErrorOptions {
  /** Where in the input the problem is (`[]` for the input itself). */
  readonly path?: ErrorPath;
  /** The offending value, as received. */
  readonly value?: unknown;
  /** All validation issues, when there were several (zod issues are copied here). */
  readonly issues?: readonly ErrorIssue[];
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The brand of every {@link CrmRulesError}, from the registry shared by all copies of the library
 * in a process (its ESM and CommonJS builds, a bundled copy), so that `instanceof` and
 * {@link isCrmRulesError} recognise an error whichever copy threw it.
 */
const BRAND: unique symbol = Symbol.for('crm-rules.error');

/**
 * The one error the library throws. It names what went wrong (`code`), where (`path`) and the
 * value it received (`value`), so a caller can show the user exactly which field to fix.
 * `instanceof CrmRulesError` also holds for an error thrown by another copy of the library (the
 * CommonJS build beside the ESM one): both carry the `Symbol.for('crm-rules.error')` brand.
 *
 * @example
 * ```ts
 * try {
 *   money('12.3.4', 'USD');
 * } catch (e) {
 *   if (e instanceof CrmRulesError) [e.code, e.path, e.value];
 *   //=> ['INVALID_AMOUNT', ['amount'], '12.3.4']
 * }
 * ```
 */
export class CrmRulesError extends Error {
  override readonly name = 'CrmRulesError';
  readonly code: ErrorCode;
  /** What went wrong, in English, without the code, path and value (`message` adds them). */
  readonly detail: string;
  readonly path: ErrorPath;
  readonly value: unknown;
  readonly issues: readonly ErrorIssue[];

  static {
    Object.defineProperty(CrmRulesError.prototype, BRAND, { value: true });
  }

  /** True for a branded error of any copy of the library; a subclass keeps the prototype check. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of `instanceof`
    if (this !== CrmRulesError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return hasBrand(value);
  }

  constructor(code: ErrorCode, detail: string, options: CrmRulesErrorOptions = {}) {
    // A path that is not an array (a caller's misuse) must not turn the error into a TypeError.
    const path = Array.isArray(options.path) ? options.path : [];
    super(
      formatMessage(code, detail, path, options),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.detail = detail;
    this.path = path;
    this.value = options.value;
    this.issues = options.issues ?? [{ code, path, message: detail, input: options.value }];
  }

  /** A plain object for logs and API responses. */
  toJSON(): { name: string; code: ErrorCode; path: ErrorPath; value: unknown; message: string } {
    return {
      name: this.name,
      code: this.code,
      path: this.path,
      value: safeJsonValue(this.value),
      message: this.message,
    };
  }
}

/**
 * True when `value` is a {@link CrmRulesError}, optionally with the given code.
 *
 * @example
 * ```ts
 * isCrmRulesError(new CrmRulesError('INVALID_DATE', 'not a date'), 'INVALID_DATE');
 * //=> true
 * ```
 */
export function isCrmRulesError(value: unknown, code?: ErrorCode): value is CrmRulesError {
  return hasBrand(value) && (code === undefined || value.code === code);
}

function hasBrand(value: unknown): value is CrmRulesError {
  return typeof value === 'object' && value !== null && BRAND in value;
}

function formatMessage(
  code: ErrorCode,
  detail: string,
  path: ErrorPath,
  options: CrmRulesErrorOptions,
): string {
  const where = path.length > 0 ? ` at ${formatPath(path)}` : '';
  const got = 'value' in options ? ` (got ${preview(options.value)})` : '';
  return `${code}${where}: ${detail}${got}`;
}

/**
 * Renders a path as `lines[3].amount`.
 *
 * @example
 * ```ts
 * formatPath(['lines', 3, 'amount']);
 * //=> 'lines[3].amount'
 * ```
 */
export function formatPath(path: ErrorPath): string {
  if (!Array.isArray(path))
    throw new CrmRulesError('INVALID_INPUT', 'path must be an array of keys and indexes', {
      path: ['path'],
      value: path,
    });
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

function preview(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null ||
    value === undefined
  )
    return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  // The message shows 80 characters: never serialise a big or deep value to cut it (a 10,000-deep
  // object took 30 ms per error, a million-item array far more).
  try {
    if (!isSmall(value)) return Array.isArray(value) ? '[…]' : '{…}';
    const text = JSON.stringify(value);
    return text === undefined ? typeof value : text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return typeof value;
  }
}

/** True when `value` holds at most 200 values in all, nested at most 20 deep (a bounded walk). */
function isSmall(value: unknown): boolean {
  let budget = 200;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    budget -= 1;
    if (budget < 0 || depth > 20) return false;
    if (typeof item !== 'object' || item === null) continue;
    const children = Array.isArray(item) ? item : Object.values(item);
    if (children.length > budget) return false;
    for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}

function safeJsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}
