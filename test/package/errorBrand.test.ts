import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The dual-package hazard: an app (or two of its dependencies) may load the CommonJS build and
 * the ESM build of the package in one process. An error thrown by either build must pass
 * `instanceof CrmRulesError` and `isCrmRulesError` of the other. Runs in a fresh Node process
 * that loads `dist/index.cjs` with `require` and `dist/index.js` with `import`.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };

const script = `
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('${pkg.name}');
const esm = await import('${pkg.name}');
const thrown = (lib) => { try { lib.money('12.3.4', 'USD'); } catch (e) { return e; } };
const check = (error, lib) => [error instanceof lib.CrmRulesError, lib.isCrmRulesError(error, 'INVALID_AMOUNT')];
console.log(JSON.stringify({
  distinctClasses: cjs.CrmRulesError !== esm.CrmRulesError,
  cjsErrorInEsm: check(thrown(cjs), esm),
  esmErrorInCjs: check(thrown(esm), cjs),
  plainErrorInEsm: check(new Error('x'), esm),
}));
`;

describe('errors across the CommonJS and ESM builds', () => {
  it('an error thrown by one build passes instanceof and isCrmRulesError of the other', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({
      distinctClasses: true,
      cjsErrorInEsm: [true, true],
      esmErrorInCjs: [true, true],
      plainErrorInEsm: [false, false],
    });
  });
});
