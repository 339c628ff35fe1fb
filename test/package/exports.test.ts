import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Imports every public subpath of the BUILT package through its own name (Node's package
 * self-reference), once with `import()` and once with `require()`, in fresh Node processes —
 * the way a user's app loads it. Run by `npm run test:package` after `npm run build`.
 */
const subpaths = Object.keys(
  JSON.parse(readFileSync('subpaths.json', 'utf8')) as Record<string, string>,
).filter((name) => !name.startsWith('$'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
};
const specifier = (subpath: string) =>
  subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;

function exportedNames(kind: 'esm' | 'cjs', subpath: string): string[] {
  const script =
    kind === 'esm'
      ? `import(${JSON.stringify(specifier(subpath))}).then((m) => console.log(JSON.stringify(Object.keys(m).sort())))`
      : `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier(subpath))})).sort()))`;
  const args =
    kind === 'esm'
      ? ['--input-type=module', '-e', script]
      : ['--input-type=commonjs', '-e', script];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as string[];
}

describe('the built package', () => {
  it('has been built', () => {
    expect(existsSync('dist/index.js')).toBe(true);
  });

  it('exports exactly the subpaths listed in subpaths.json, plus ./package.json and the JSON Schemas', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual(
      [...subpaths, './package.json', './schemas/*.json'].sort(),
    );
  });

  it.each(subpaths)(
    'loads %s with import() and require(), with the same non-empty exports',
    (subpath) => {
      const esm = exportedNames('esm', subpath).filter(
        (name) => name !== 'default' && name !== 'module.exports',
      );
      const cjs = exportedNames('cjs', subpath).filter(
        (name) => name !== 'default' && name !== '__esModule',
      );
      expect(esm.length).toBeGreaterThan(0);
      expect(cjs).toEqual(esm);
    },
  );

  it('keeps internals private', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        ['-e', `require(${JSON.stringify(`${pkg.name}/_lib/civil`)})`],
        { stdio: 'pipe' },
      ),
    ).toThrowError(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });

  it('ships the JSON Schemas: crm-rules/schemas/<Name>.json equals toJsonSchema(name)', () => {
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `const file = require('${pkg.name}/schemas/CommissionPlan.json'); const { toJsonSchema } = require('${pkg.name}/schemas'); console.log(file.title, JSON.stringify(file) === JSON.stringify(toJsonSchema('CommissionPlan')))`,
      ],
      { encoding: 'utf8' },
    );
    expect(out.trim()).toBe('CommissionPlan true');
  });

  it('computes with money through the CommonJS build', () => {
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `const m = require('${pkg.name}/money'); console.log(m.allocate(m.money('100', 'USD'), [1, 1, 1]).map((p) => m.toMoneyJson(p).amount).join(' '))`,
      ],
      { encoding: 'utf8' },
    );
    expect(out.trim()).toBe('33.34 33.33 33.33');
  });
});
