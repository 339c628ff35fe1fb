import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { buildJsonSchema } from '../src/schemas/_lib/buildJsonSchema';
import { SCHEMAS } from '../src/schemas/_lib/SCHEMAS';

/**
 * `npm run schemas`: writes the description of every public schema (its TSDoc summary, read with
 * the TypeScript compiler) to `src/schemas/_lib/descriptions.json`, and its JSON Schema to
 * `schemas/<Name>.json` (shipped in the package). `test/schemas/generated.test.ts` checks that
 * the committed files equal a fresh generation.
 */

const CATALOG = 'src/schemas/_lib/SCHEMAS.ts';
export const DESCRIPTIONS_FILE = 'src/schemas/_lib/descriptions.json';
export const SCHEMAS_DIR = 'schemas';

/** The TSDoc summary of every schema listed in the catalog, by name, as one line of text. */
export function readDescriptions(): Record<string, string> {
  const program = ts.createProgram([CATALOG], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(CATALOG);
  if (file === undefined) throw new Error(`${CATALOG}: not found`);
  const out: Record<string, string> = {};
  const visit = (node: ts.Node): void => {
    if (ts.isShorthandPropertyAssignment(node)) {
      const name = node.name.text;
      out[name] = summaryOf(checker, checker.getShorthandAssignmentValueSymbol(node), name);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function summaryOf(checker: ts.TypeChecker, local: ts.Symbol | undefined, name: string): string {
  if (local === undefined) throw new Error(`${name}: no symbol`);
  const symbol = local.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(local) : local;
  const docs = (symbol.declarations ?? []).flatMap((declaration) =>
    ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc),
  );
  const text = docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').find(Boolean);
  if (text === undefined) throw new Error(`${name}: no TSDoc summary`);
  return plainText(text);
}

/** `{@link X}` → `X`, `{@link X | label}` → `label`; lines joined, paragraphs kept. */
export function plainText(tsdoc: string): string {
  return tsdoc
    .replace(/\{@link(?:code|plain)?\s+([^}|\s]+)\s*(?:\|\s*([^}]*))?\}/g, (_, target, label) =>
      (label ?? target).trim(),
    )
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .join('\n\n');
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file: path (from the project root) → content. */
export function generatedFiles(descriptions = readDescriptions()): Map<string, string> {
  const files = new Map<string, string>([[DESCRIPTIONS_FILE, json(descriptions)]]);
  for (const [name, schema] of Object.entries(SCHEMAS))
    files.set(
      `${SCHEMAS_DIR}/${name}.json`,
      json(buildJsonSchema(schema, name, descriptions[name] ?? '')),
    );
  return files;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const files = generatedFiles();
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  for (const stale of readdirSync(SCHEMAS_DIR))
    if (!files.has(`${SCHEMAS_DIR}/${stale}`)) rmSync(`${SCHEMAS_DIR}/${stale}`);
  for (const [path, content] of files) writeFileSync(path, content);
  console.log(`wrote ${files.size} files (${SCHEMAS_DIR}/*.json and ${DESCRIPTIONS_FILE})`);
}
