import * as z from 'zod';
import { findUnsafeOwnKey, isUnsafeKey } from '../_lib/guards';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { type Labels, LocalizedLabel } from '../explain';
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
 * Schema of a fact with a label: `{ type, label? }`, where `label` names the fact per locale in
 * explanations (`{ 'zh-CN': '近12个月订单数' }`); write just the type when it needs no label.
 *
 * @example
 * ```ts
 * FactDefinition.parse({ type: 'number', label: { 'zh-CN': '近12个月订单数' } }).type;
 * //=> 'number'
 * ```
 */
export const FactDefinition = z.strictObject({ type: FactType, label: LocalizedLabel.optional() });
/** A fact with its type and label (see {@link FactDefinition}). */
export type FactDefinition = z.infer<typeof FactDefinition>;

/**
 * Schema of a fact schema: the type of every fact a condition may read, by name — the type
 * alone, or a {@link FactDefinition} `{ type, label }` to name the fact in explanations.
 *
 * @example
 * ```ts
 * FactSchema.parse({ 'customer.grade': 'string', 'order.amount': { type: 'money' } })['customer.grade'];
 * //=> 'string'
 * ```
 */
export const FactSchema = z.preprocess<
  object,
  z.ZodRecord<typeof FactName, z.ZodUnion<[typeof FactType, typeof FactDefinition]>>,
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
  z.record(FactName, z.union([FactType, FactDefinition])),
);
/** Fact types (or definitions with a label) by fact name (see {@link FactSchema}). */
export type FactSchema = z.infer<typeof FactSchema>;
/** Fact types by fact name, as {@link parseFactSchema} returns them. */
export type FactTypes = Readonly<Record<string, FactType>>;

/**
 * Validates a fact schema and returns the type of each fact (labels dropped) in a frozen object
 * without a prototype, so no fact name can ever resolve through `Object.prototype`.
 *
 * @param input - `{ [factName]: FactType | { type, label } }`
 * @returns the fact types by name
 * @throws CrmRulesError `UNSAFE_KEY` (path `[name]`) for a prototype key, `INVALID_INPUT` (path
 * `[name]`) for an empty name or an unknown type, or when `input` is not an object
 * @example
 * ```ts
 * parseFactSchema(JSON.parse('{"__proto__": "number"}'));
 * //=> throws CrmRulesError UNSAFE_KEY at ['__proto__']
 * ```
 */
export function parseFactSchema(input: unknown): FactTypes {
  const types: Record<string, FactType> = Object.create(null);
  for (const [name, fact] of Object.entries(readFacts(input))) types[name] = fact.type;
  return Object.freeze(types);
}

/**
 * The labels of a fact schema's facts, for `renderTrace(steps, { locale, catalog, labels })`:
 * `{ fact: { [name]: label } }`, only for facts that have one.
 *
 * @param input - a fact schema (see {@link FactSchema})
 * @returns the labels
 * @throws CrmRulesError as {@link parseFactSchema}
 * @example
 * ```ts
 * factLabels({ ordersLast12Months: { type: 'number', label: { 'zh-CN': '近12个月订单数' } }, region: 'string' });
 * //=> { fact: { ordersLast12Months: { 'zh-CN': '近12个月订单数' } } }
 * ```
 */
export function factLabels(input: unknown): Labels {
  const fact: Record<string, LocalizedLabel> = Object.create(null);
  for (const [name, { label }] of Object.entries(readFacts(input)))
    if (label !== undefined) fact[name] = label;
  return { fact: { ...fact } };
}

/**
 * Like {@link factLabels}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeFactLabels({ x: 'float' }).success;
 * //=> false
 * ```
 */
export function safeFactLabels(input: unknown): SafeResult<Labels> {
  return attempt(() => factLabels(input));
}

function readFacts(input: unknown): Record<string, FactDefinition> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new CrmRulesError('INVALID_INPUT', 'expected an object of fact types by name', {
      value: input,
    });
  const schema: Record<string, FactDefinition> = Object.create(null);
  for (const name of Object.keys(input)) {
    if (isUnsafeKey(name))
      throw new CrmRulesError('UNSAFE_KEY', `"${name}" cannot be a fact name`, {
        path: [name],
        value: name,
      });
    const type = (input as Record<string, unknown>)[name];
    if (typeof type === 'object' && type !== null && name !== '') {
      schema[name] = parseWith(FactDefinition, type, { path: [name] });
      continue;
    }
    if (name === '' || !FactType.safeParse(type).success)
      throw new CrmRulesError(
        'INVALID_INPUT',
        name === ''
          ? 'a fact name must not be empty'
          : `expected one of ${FactType.options.join(', ')}`,
        { path: [name], value: type },
      );
    schema[name] = { type: type as FactType };
  }
  return schema;
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
