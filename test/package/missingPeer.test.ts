import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `crm-rules/testing` in a project that did not install the optional peer fast-check: the
 * package (package.json + dist) and its two dependencies in a temporary project's node_modules,
 * and no fast-check anywhere above it.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
let project: string;

beforeAll(() => {
  project = realpathSync(mkdtempSync(join(tmpdir(), 'crm-rules-no-fast-check-')));
  const installed = join(project, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  cpSync('package.json', join(installed, 'package.json'));
  cpSync('dist', join(installed, 'dist'), { recursive: true });
  for (const dependency of ['zod', 'decimal.js'])
    symlinkSync(
      realpathSync(join('node_modules', dependency)),
      join(project, 'node_modules', dependency),
      'dir',
    );
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

function load(kind: 'import' | 'require', specifier: string): { message: string; code: unknown } {
  const script =
    kind === 'import'
      ? `import(${JSON.stringify(specifier)}).then(() => console.log('{"message":"loaded"}'), (e) => console.log(JSON.stringify({ message: e.message, code: e.code })))`
      : `try { require(${JSON.stringify(specifier)}); console.log('{"message":"loaded"}'); } catch (e) { console.log(JSON.stringify({ message: e.message, code: e.code })); }`;
  const inputType = kind === 'import' ? '--input-type=module' : '--input-type=commonjs';
  return JSON.parse(
    execFileSync(process.execPath, [inputType, '-e', script], { cwd: project, encoding: 'utf8' }),
  ) as { message: string; code: unknown };
}

describe('crm-rules/testing without fast-check installed', () => {
  it.each(['import', 'require'] as const)(
    'fails on %s with an error that names the optional peer and how to install it',
    (kind) => {
      const { message, code } = load(kind, `${pkg.name}/testing`);
      expect(message).toContain('crm-rules/testing needs fast-check');
      expect(message).toContain('npm i -D fast-check');
      expect(code).toBe(kind === 'import' ? 'ERR_MODULE_NOT_FOUND' : 'MODULE_NOT_FOUND');
    },
  );

  it.each(['import', 'require'] as const)('still loads the other subpaths on %s', (kind) => {
    expect(load(kind, `${pkg.name}/money`).message).toBe('loaded');
  });
});
