import { type $ZodType, type JSONSchema, toJSONSchema } from 'zod/v4/core';
import { FormulaNode } from '../../kpi/RatingFormula';
import { isWholeNumberField } from '../../model/_wholeNumber';
import { CURRENCY_CODES, CurrencyCode } from '../../money';
import { IsoDate } from '../../period';
import { ConditionTree } from '../../rules/Condition';
import { SCHEMAS } from './SCHEMAS';

const CURRENCY_REF = '#/$defs/CurrencyCode';

/** A JSON number that a whole-number field takes beside its decimal text. */
const SAFE_INTEGER = {
  type: 'integer',
  minimum: Number.MIN_SAFE_INTEGER,
  maximum: Number.MAX_SAFE_INTEGER,
} as const;

/** Marks a converted schema with the public name it has, so a `$defs` entry can take it. */
const NAME_MARK = 'x-crm-rules-name';

let names: Map<unknown, string> | undefined;

/** The public name of each schema, and of the recursive trees inside `Condition` and `RatingFormula`. */
function nameOf(schema: $ZodType): string | undefined {
  names ??= new Map<unknown, string>([
    ...Object.entries(SCHEMAS).map(([name, value]) => [value, name] as const),
    [ConditionTree, 'Condition'],
    [FormulaNode, 'RatingFormula'],
  ]);
  return names.get(schema);
}

/**
 * What a refinement says that the converter cannot see, by schema: a date's format, a whole-number
 * field's JSON integer, the ISO 4217
 * list of currencies (one `$defs` entry that a CRM's form can offer as a list), and the public name
 * under which a recursive schema is kept in `$defs` (zod would call it `__schema0`).
 */
function addKeywords(schema: $ZodType, json: JSONSchema.BaseSchema): void {
  const name = nameOf(schema);
  if (name !== undefined) json[NAME_MARK] = name;
  if (schema === IsoDate)
    Object.assign(json, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  else if (isWholeNumberField(schema)) {
    const text = { ...json };
    for (const key of Object.keys(json)) delete json[key];
    json.anyOf = [text, SAFE_INTEGER];
  } else if (schema === CurrencyCode) {
    for (const key of Object.keys(json)) delete json[key];
    json.$ref = CURRENCY_REF;
  }
}

/** Adds the currency list to `$defs` when the document refers to it. */
function addCurrencyList(json: JSONSchema.BaseSchema): JSONSchema.BaseSchema {
  if (!JSON.stringify(json).includes(CURRENCY_REF)) return json;
  const currency: JSONSchema.BaseSchema = { type: 'string', enum: [...CURRENCY_CODES] };
  if (json.$ref !== CURRENCY_REF)
    return { ...json, $defs: { ...json.$defs, CurrencyCode: currency } };
  const { $ref, ...rest } = json;
  return { ...rest, ...currency };
}

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
    override: ({ zodSchema, jsonSchema }) => {
      dropNeverBranches(jsonSchema);
      addKeywords(zodSchema as $ZodType, jsonSchema);
    },
  });
  const { $schema, ...body } = addCurrencyList(nameDefinitions(generated));
  return { ...($schema === undefined ? {} : { $schema }), title, description, ...body };
}

/**
 * Renames the converter's `$defs` entries (`__schema0`) after the public schema they are
 * (`Condition`, `RatingFormula`), rewrites every `$ref` to them, and drops the name marks.
 */
function nameDefinitions(json: JSONSchema.BaseSchema): JSONSchema.BaseSchema {
  const renames = new Map<string, string>();
  for (const [key, def] of Object.entries(json.$defs ?? {})) {
    const named = typeof def === 'object' ? def[NAME_MARK] : undefined;
    if (key.startsWith('__schema') && typeof named === 'string' && !(named in (json.$defs ?? {})))
      renames.set(`#/$defs/${key}`, `#/$defs/${named}`);
  }
  const text = JSON.stringify(json, (key, value: unknown) => {
    if (key === NAME_MARK) return undefined;
    return key === '$ref' && typeof value === 'string' ? (renames.get(value) ?? value) : value;
  });
  const renamed = JSON.parse(text) as JSONSchema.BaseSchema;
  if (renamed.$defs !== undefined)
    renamed.$defs = Object.fromEntries(
      Object.entries(renamed.$defs).map(([key, def]) => [
        renames.get(`#/$defs/${key}`)?.slice('#/$defs/'.length) ?? key,
        def,
      ]),
    );
  return renamed;
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
