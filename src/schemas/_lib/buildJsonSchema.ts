import { type $ZodType, type JSONSchema, toJSONSchema } from 'zod/v4/core';

/**
 * Internal: the JSON Schema (draft 2020-12) of one schema, as a document holds it — the input
 * side (`io: 'input'`: a field with a default is optional, a transform shows what it reads),
 * recursion (conditions) through `$defs`, and `title` and `description` first. Uses zod core's
 * converter, which serves `zod` and `zod/mini` schemas alike.
 */
export function buildJsonSchema(
  schema: $ZodType,
  title: string,
  description: string,
): JSONSchema.BaseSchema {
  const generated: JSONSchema.BaseSchema = toJSONSchema(schema, {
    io: 'input',
    cycles: 'ref',
    override: ({ jsonSchema }) => dropNeverBranches(jsonSchema),
  });
  const { $schema, ...body } = generated;
  return { ...($schema === undefined ? {} : { $schema }), title, description, ...body };
}

/**
 * A JavaScript-only branch of a union (a bigint or a `Money` beside the JSON forms of an amount)
 * is `{ not: {} }`: no JSON value matches it, so the branch is left out.
 */
function dropNeverBranches(json: JSONSchema.BaseSchema): void {
  if (Array.isArray(json.anyOf)) json.anyOf = json.anyOf.filter((branch) => !isNever(branch));
}

function isNever(branch: JSONSchema.BaseSchema | boolean): boolean {
  if (typeof branch !== 'object') return branch === false;
  const keys = Object.keys(branch);
  const not = branch.not;
  return (
    keys.length === 1 && typeof not === 'object' && not !== null && Object.keys(not).length === 0
  );
}
