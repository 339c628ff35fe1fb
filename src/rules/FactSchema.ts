import * as z from 'zod';
import { findUnsafeOwnKey, isUnsafeKey } from '../_lib/guards';
import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { FactType } from './FactType';

/**
 * Schema of a fact name: a non-empty string other than `__proto__`, `constructor` and
 * `prototype`. Names are flat keys — `customer.grade` is one fact, not a path.
 *
 * @example
 * ```ts
 * FactName.safeParse('__proto__').success;
 * //=> false
 * ```
 */
export const FactName = z
  .string()
  .min(1)
  .refine((name) => !isUnsafeKey(name), {
    message: 'fact names must not be __proto__, constructor or prototype',
    params: { code: 'UNSAFE_KEY' },
  });
/** A fact name (see {@link FactName}). */
export type FactName = z.infer<typeof FactName>;

/**
 * Schema of a fact schema: the type of every fact a condition may read, by name.
 *
 * @example
 * ```ts
 * FactSchema.parse({ 'customer.grade': 'string', 'order.amount': 'money' })['order.amount'];
 * //=> 'money'
 * ```
 */
export const FactSchema = z.preprocess<
  object,
  z.ZodRecord<typeof FactName, typeof FactType>,
  object
>(
  (value, ctx) => {
    // Checked before the record sees the keys; the record alone is what JSON Schema shows.
    if (typeof value === 'object' && value !== null && findUnsafeOwnKey(value))
      ctx.addIssue({
        code: 'custom',
        message: 'fact names must not be __proto__, constructor or prototype',
        input: value,
        params: { code: 'UNSAFE_KEY' },
      });
    return value;
  },
  z.record(FactName, FactType),
);
/** Fact types by fact name (see {@link FactSchema}). */
export type FactSchema = z.infer<typeof FactSchema>;

/**
 * Validates a fact schema and returns a frozen copy without a prototype, so no fact name can
 * ever resolve through `Object.prototype`.
 *
 * @param input - `{ [factName]: FactType }`
 * @returns the validated schema
 * @throws CrmRulesError `UNSAFE_KEY` (path `[name]`) for a prototype key, `INVALID_INPUT` (path
 * `[name]`) for an empty name or an unknown type, or when `input` is not an object
 * @example
 * ```ts
 * parseFactSchema(JSON.parse('{"__proto__": "number"}'));
 * //=> throws CrmRulesError UNSAFE_KEY at ['__proto__']
 * ```
 */
export function parseFactSchema(input: unknown): FactSchema {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new CrmRulesError('INVALID_INPUT', 'expected an object of fact types by name', {
      value: input,
    });
  const schema: Record<string, FactType> = Object.create(null);
  for (const name of Object.keys(input)) {
    if (isUnsafeKey(name))
      throw new CrmRulesError('UNSAFE_KEY', `"${name}" cannot be a fact name`, {
        path: [name],
        value: name,
      });
    const type = (input as Record<string, unknown>)[name];
    if (name === '' || !FactType.safeParse(type).success)
      throw new CrmRulesError(
        'INVALID_INPUT',
        name === ''
          ? 'a fact name must not be empty'
          : `expected one of ${FactType.options.join(', ')}`,
        { path: [name], value: type },
      );
    schema[name] = type as FactType;
  }
  return Object.freeze(schema);
}

/**
 * Like {@link parseFactSchema}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeParseFactSchema(null).success;
 * //=> false
 * ```
 */
export function safeParseFactSchema(input: unknown): SafeResult<FactSchema> {
  return attempt(() => parseFactSchema(input));
}
