import * as z from 'zod';
import { toJsonSchema } from '../schemas';
import { type CliIo, EXIT } from './CliIo';
import { DOCUMENT_KINDS, isDocumentKind } from './documentKinds';
import { writeOutput } from './writeOutput';

/**
 * `crm-rules schema [kind…]`: prints the JSON Schemas (draft 2020-12) of plans, scorecards, grade
 * policies and risk policies — all four as one object by kind, or the one named — and of the CLI's column mapping, so a CRM can
 * build its forms and validate on its side; `--out <file>` writes them to a file. Exit 2 for an
 * unknown kind.
 */
export function schemaCommand(
  kinds: readonly string[],
  io: CliIo,
  out: string | undefined = undefined,
): number {
  if (out !== undefined && io.writeFile === undefined) {
    io.err('schema: --out needs a file system to write to');
    return EXIT.badInput;
  }
  const unknown = kinds.filter((kind) => !isDocumentKind(kind));
  if (unknown.length > 0) {
    io.err(
      `schema: the kinds are ${Object.keys(DOCUMENT_KINDS).join(', ')}, not ${unknown.join(', ')}`,
    );
    return EXIT.badInput;
  }
  const chosen = (kinds.length === 0 ? Object.keys(DOCUMENT_KINDS) : kinds) as Array<
    keyof typeof DOCUMENT_KINDS
  >;
  const schemas = chosen.map((kind) => [kind, jsonSchemaOf(kind)] as const);
  const printed = schemas.length === 1 ? schemas[0]?.[1] : Object.fromEntries(schemas);
  writeOutput(io, out, JSON.stringify(printed, null, 2));
  return EXIT.ok;
}

/** A kind's JSON Schema: the library's, or for `mapping` the CLI's column mapping. */
function jsonSchemaOf(kind: keyof typeof DOCUMENT_KINDS): unknown {
  const { jsonSchema } = DOCUMENT_KINDS[kind];
  if (jsonSchema !== null) return toJsonSchema(jsonSchema);
  return {
    ...z.toJSONSchema(DOCUMENT_KINDS[kind].schema, { io: 'input', target: 'draft-2020-12' }),
    title: 'ColumnMapping',
    description: 'How the CSV files of a CRM export become the collections of crm-rules',
  };
}
