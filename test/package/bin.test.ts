import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The `crm-rules` command as `npm` installs it: the file package.json's `bin` names, from the
 * BUILT package, in a fresh Node process (so .ci/node-matrix runs it on each Node version), with
 * its runtime dependencies (`csv-parse` for the CSV exports) resolved as a user's install does.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
const bin = pkg.bin['crm-rules'] ?? '';

function crmRules(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe(`the crm-rules command of the built package (Node ${process.version})`, () => {
  it('is an executable script', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('validates a rules file (exit 0) and refuses a bad one with its coded error (exit 2)', () => {
    const ok = crmRules('validate', 'examples/data/export-trader/rules/commissionPlan.json');
    expect([ok.status, ok.stderr]).toEqual([0, '']);
    const bad = crmRules('grade', '--data', 'examples/data/export-trader', '--period', '2026-Q5');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/2026-Q5/);
  });

  it('prints a JSON Schema', () => {
    const schema = crmRules('schema', 'plan');
    expect(schema.status).toBe(0);
    expect((JSON.parse(schema.stdout) as { title?: string }).title).toBe('CommissionPlan');
  });

  it('grades the sample company from its CSV exports through a column mapping', {
    timeout: 60_000,
  }, () => {
    const graded = crmRules(
      'grade',
      '--data',
      'examples/data/export-trader',
      '--mapping',
      'examples/mappings/sample-export.json',
      '--period',
      '2026-Q3',
      '--format',
      'json',
    );
    expect([graded.status, graded.stderr]).toEqual([0, '']);
    const report = JSON.parse(graded.stdout) as { grades: unknown[] };
    const customers = JSON.parse(
      readFileSync('examples/data/export-trader/customers.json', 'utf8'),
    ) as unknown[];
    expect(report.grades.length).toBe(customers.length);
  });
});
