import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The documentation habit, held by a tool: every value exported from a public subpath (function,
 * constant, class, schema) has TSDoc with an `@example`; every exported type has a summary.
 */
const subpaths = Object.entries(
  JSON.parse(readFileSync('subpaths.json', 'utf8')) as Record<string, string>,
).filter(([name]) => !name.startsWith('$'));
const program = ts.createProgram(
  subpaths.map(([, source]) => source),
  {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmit: true,
  },
);
const checker = program.getTypeChecker();

function problems(source: string): string[] {
  const file = program.getSourceFile(source);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  if (moduleSymbol === undefined) return [`${source}: not a module`];
  const found: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const isValue = (symbol.flags & ts.SymbolFlags.Value) !== 0;
    const docs = declarations.flatMap((declaration) => ts.getJSDocCommentsAndTags(declaration));
    const hasSummary = docs.some((doc) => ts.isJSDoc(doc) && (doc.comment ?? '') !== '');
    const hasExample = declarations.some((declaration) =>
      ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example'),
    );
    if (isValue && !hasExample) found.push(`${exported.name}: no @example`);
    else if (!isValue && !hasSummary) found.push(`${exported.name}: no summary`);
  }
  return found;
}

describe('TSDoc on the public API', () => {
  it.each(subpaths)('every export of %s is documented, values with an @example', (_, source) => {
    expect(problems(source)).toEqual([]);
  });
});
