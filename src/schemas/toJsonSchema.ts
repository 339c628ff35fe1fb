import type { JSONSchema } from 'zod/v4/core';
import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { requireString } from '../errors/_lib/argumentGuards';
import { buildJsonSchema } from './_lib/buildJsonSchema';
import descriptions from './_lib/descriptions.json';
import { SCHEMAS } from './_lib/SCHEMAS';

/** The name of a public schema: the name it is exported under (`'CommissionPlan'`). */
export type SchemaName = keyof typeof SCHEMAS;

/** A JSON Schema (draft 2020-12) document, as zod's converter types it. */
export type JsonSchema = JSONSchema.BaseSchema;

/**
 * The names of every public schema, sorted: each one {@link toJsonSchema} converts and the
 * package ships as `crm-rules/schemas/<Name>.json`.
 *
 * @example
 * ```ts
 * SCHEMA_NAMES.includes('CommissionPlan');
 * //=> true
 * ```
 */
export const SCHEMA_NAMES: readonly SchemaName[] = Object.freeze(
  Object.keys(SCHEMAS).sort() as SchemaName[],
);

/**
 * The JSON Schema (draft 2020-12) of a public schema, by its export name: what a document stored
 * as JSON (a plan, a grade policy, a condition, an order) must look like, for a CRM that builds
 * its forms or validates on its side. `title` is the name and `description` the schema's TSDoc
 * summary. It describes the input a parse accepts (a field with a default is optional);
 * decimals are strings with a `pattern`. Rules a JSON Schema cannot say (amount limits, tiers in
 * ascending order, unique ids, a fact the fact schema declares) are left to the parse, so a
 * document valid for the JSON Schema can still fail `parseX` — never the other way round. The
 * same schemas ship as files: `crm-rules/schemas/CommissionPlan.json`.
 *
 * @param name - the schema's export name, one of {@link SCHEMA_NAMES}
 * @returns a fresh JSON Schema object
 * @throws CrmRulesError `INVALID_INPUT` for a name that is not a public schema
 * @example
 * ```ts
 * const schema = toJsonSchema('DecimalString');
 * //=> { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'DecimalString', type: 'string', … }
 * schema.pattern;
 * //=> '^[+-]?\\d+(\\.\\d+)?$'
 * ```
 */
export function toJsonSchema(name: SchemaName): JsonSchema {
  requireString(name, 'name');
  if (!Object.hasOwn(SCHEMAS, name))
    throw new CrmRulesError('INVALID_INPUT', `no public schema is named "${name}"`, {
      path: ['name'],
      value: name,
    });
  const description = (descriptions as Record<string, string | undefined>)[name] ?? '';
  return buildJsonSchema(SCHEMAS[name], name, description);
}

/**
 * Like {@link toJsonSchema}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeToJsonSchema('Nope' as SchemaName).success;
 * //=> false
 * ```
 */
export function safeToJsonSchema(name: SchemaName): SafeResult<JsonSchema> {
  return attempt(() => toJsonSchema(name));
}
