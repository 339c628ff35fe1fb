import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The public subpaths (`subpaths.json`): name → source entry. */
export const SUBPATHS: ReadonlyArray<readonly [string, string]> = Object.entries(
  JSON.parse(readFileSync('subpaths.json', 'utf8')) as Record<string, string>,
).filter(([name]) => !name.startsWith('$'));

/**
 * The public API as the compiler sees it: a program over every subpath's entry, with each
 * subpath's exports resolved to their declared symbols. Shared by the tests that hold every
 * export to a rule (TSDoc, safe forms).
 */
export function publicApi(): {
  readonly checker: ts.TypeChecker;
  exportsOf(source: string): Array<{ readonly exported: ts.Symbol; readonly symbol: ts.Symbol }>;
} {
  const program = ts.createProgram(
    SUBPATHS.map(([, source]) => source),
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
  return {
    checker,
    exportsOf(source) {
      const file = program.getSourceFile(source);
      const moduleSymbol = file && checker.getSymbolAtLocation(file);
      if (moduleSymbol === undefined) throw new Error(`${source}: not a module`);
      return checker.getExportsOfModule(moduleSymbol).map((exported) => ({
        exported,
        symbol:
          exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported,
      }));
    },
  };
}
