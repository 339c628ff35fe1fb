import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { publicApi, SUBPATHS } from '../_support/publicApi';

/**
 * The documentation habit, held by a tool: every value exported from a public subpath (function,
 * constant, class, schema) has TSDoc with an `@example`; every exported type has a summary.
 */
const { exportsOf } = publicApi();

function problems(source: string): string[] {
  const found: string[] = [];
  for (const { exported, symbol } of exportsOf(source)) {
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
  it.each(SUBPATHS)('every export of %s is documented, values with an @example', (_, source) => {
    expect(problems(source)).toEqual([]);
  });
});
