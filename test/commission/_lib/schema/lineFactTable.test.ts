import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LINE_FACTS } from '../../../../src/commission';
import {
  asLineFact,
  LINE_FACT_NAMES,
  LINE_FACT_TABLE,
} from '../../../../src/commission/_lib/schema/lineFactTable';

const ROOT = resolve(import.meta.dirname, '../../../..');

/**
 * Type-checks `src/commission` with some files' text replaced, and returns the files (relative to
 * the repository) in which the compiler reports an error.
 */
function filesWithErrors(edits: Record<string, (text: string) => string>): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    resolve(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (parsed === undefined) throw new Error('tsconfig.json did not parse');
  const options = { ...parsed.options, noEmit: true, incremental: false };
  const host = ts.createCompilerHost(options);
  const edited = new Map(Object.entries(edits).map(([file, edit]) => [resolve(ROOT, file), edit]));
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => {
    const text = readFile(file);
    const edit = edited.get(resolve(file));
    return text === undefined || edit === undefined ? text : edit(text);
  };
  const program = ts.createProgram([resolve(ROOT, 'src/commission/index.ts')], options, host);
  const files = ts
    .getPreEmitDiagnostics(program)
    .map((d) => (d.file === undefined ? '(global)' : relative(ROOT, d.file.fileName)));
  return [...new Set(files)].sort();
}

/** Replaces `from` by `to` in a file's text, failing when `from` is not there. */
function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`the edit's anchor is gone: ${from}`);
    return text.replace(from, to);
  };
}

describe('the line fact table: one source', () => {
  it('gives LINE_FACTS its names and types, in order', () => {
    expect(Object.keys(LINE_FACTS)).toEqual(LINE_FACT_NAMES);
    for (const name of LINE_FACT_NAMES) expect(LINE_FACTS[name]).toBe(LINE_FACT_TABLE[name].type);
    expect(LINE_FACTS['line.margin']).toBe('money');
  });

  it('refuses a name that is not a line fact (an engine bug, not input)', () => {
    expect(asLineFact('payee.team')).toBe('payee.team');
    expect(() => asLineFact('line.discount')).toThrow(/not a line fact/);
  });

  // Issue 17's demonstration: a new tier mode or line fact, added where it is declared and
  // handled nowhere else, fails `npm run typecheck` — in every engine that must handle it.
  it('a tier mode or a line fact added without handling it fails to compile where it must be handled', {
    timeout: 240_000,
  }, () => {
    const errors = filesWithErrors({
      'src/commission/model/TierTable.ts': replace(
        "z.enum(['whole', 'marginal', 'interpolated-rate', 'interpolated-amount'])",
        "z.enum(['whole', 'marginal', 'interpolated-rate', 'interpolated-amount', 'stepped'])",
      ),
      'src/commission/_lib/schema/lineFactTable.ts': replace(
        "  'line.margin': { type: 'money', column: 'cost', perCredit: false },",
        "  'line.margin': { type: 'money', column: 'cost', perCredit: false },\n  'line.discount': { type: 'number', column: null, perCredit: false },",
      ),
    });
    expect(errors).toEqual([
      // the fact: the object path's reader and the column engine's codes
      'src/commission/_lib/columns/factCodes.ts',
      'src/commission/_lib/crediting/creditFacts.ts',
      // the tier mode: its labels, the object path's and the kernel's tier math, and the
      // object path's tiers found by units (attainment tiers on a quantity plan)
      'src/commission/_lib/explain/generatedEntries.ts',
      'src/commission/_lib/pricing/pricesBySlices.ts',
      'src/commission/_lib/pricing/rawTiers.ts',
      'src/commission/_lib/pricing/tierCommission.ts',
      'src/commission/_lib/pricing/unitTierDelta.ts',
    ]);
    // The unedited sources compile: `npm run typecheck` runs before the tests, so the edits
    // above are the only cause.
    // The anchors are today's text (a moved anchor would make the test vacuous).
    expect(readFileSync(resolve(ROOT, 'src/commission/model/TierTable.ts'), 'utf8')).toContain(
      "'interpolated-amount'])",
    );
  });
});
