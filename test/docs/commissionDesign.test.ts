import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParseCommissionPlan } from '../../src/commission';

const DOC = new URL('../../docs/design/commission.md', import.meta.url);

/** The `jsonc` sample of a section of the design doc, comments stripped, parsed as JSON. */
function sample(section: string): unknown {
  const text = readFileSync(DOC, 'utf8');
  const from = text.indexOf(`\n## ${section}`);
  expect(from, section).toBeGreaterThan(-1);
  const block = /```jsonc\n([\s\S]*?)```/.exec(text.slice(from));
  const body = block?.[1] ?? '';
  // Comments never sit inside the sample's strings (no "//" or "/*" in a value).
  return JSON.parse(body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, ''));
}

describe('docs/design/commission.md', () => {
  it('§2 sample plan parses with the real keys (issue 13: the calendar key had drifted)', () => {
    const plan = sample('2. Plan shape') as Record<string, unknown>;
    const result = safeParseCommissionPlan(plan);
    expect(
      result.success ? null : [result.error.code, result.error.path, result.error.message],
    ).toBe(null);
    // Every key of the sample, at every level, is one the schema reads (a dropped key would not
    // come back).
    if (result.success) expect(result.data).toMatchObject(plan);
  });
});
