import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Type-checks a consumer project against the BUILT declaration files, as a user's `tsc` sees
 * them: an `.mts` file (ESM: `import`, so `dist/**\/*.d.ts`) and a `.cts` file (CommonJS:
 * `import x = require(...)`, so `dist/**\/*.d.cts`) under each module resolution a user may pick,
 * WITHOUT `skipLibCheck`, so an error inside our `.d.ts` files fails the test. The consumer
 * resolves the package through `node_modules/crm-rules`, a symlink to the package root (what
 * `npm install <folder>` makes; the `exports` map decides what it can reach, as from a tarball).
 * If `Money['amount']` were `any`, `false` would not be assignable to `IsAny<…>` (`true`).
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
const subpaths = Object.keys(
  JSON.parse(readFileSync('subpaths.json', 'utf8')) as Record<string, string>,
).filter((name) => !name.startsWith('$'));
const specifiers = subpaths.map((s) => (s === '.' ? pkg.name : `${pkg.name}/${s.slice(2)}`));

const notAny = `
type IsAny<T> = 0 extends 1 & T ? true : false;
export const amountIsNotAny: IsAny<Money['amount']> = false;
export const decimalIsNotAny: IsAny<Decimal> = false;
export const fixed: string = money('2130', 'USD').amount.toFixed(2);
`;

/** ESM consumer: the given subpaths through `import`, then the `any` checks. */
const mts = (
  list: readonly string[],
) => `${list.map((s, i) => `import * as s${i} from '${s}';`).join('\n')}
import { type Decimal, type Money, money } from '${pkg.name}/money';
export const surface = [${list.map((_, i) => `s${i}`).join(', ')}];
${notAny}`;

/** CommonJS consumer: the given subpaths through `require`, then the same checks. */
const cts = (
  list: readonly string[],
) => `${list.map((s, i) => `import s${i} = require('${s}');`).join('\n')}
import moneyModule = require('${pkg.name}/money');
type Money = moneyModule.Money;
type Decimal = moneyModule.Decimal;
const money = moneyModule.money;
export const surface = [${list.map((_, i) => `s${i}`).join(', ')}];
${notAny}`;

/**
 * Checking every subpath's declarations costs ~15 s of CPU per configuration (the commission
 * declarations alone are 640 KB), so the whole surface is checked under `nodenext`, what most
 * Node projects use; `node16` and `bundler` check the subpaths that hold every form of import of
 * another package our declarations make (`decimal.js` in money, `zod` in the root's models,
 * `fast-check` in testing). The remaining declarations differ only in content, not in how a
 * module resolution reads their imports.
 */
const someSubpaths = [pkg.name, `${pkg.name}/money`, `${pkg.name}/testing`];
const configs: Record<string, { options: ts.CompilerOptions; subpaths: readonly string[] }> = {
  nodenext: {
    options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
    subpaths: specifiers,
  },
  node16: {
    options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
    subpaths: someSubpaths,
  },
  // `preserve` keeps `import x = require()` (the `require` condition) beside `import`.
  bundler: {
    options: { module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler },
    subpaths: someSubpaths,
  },
};

const packageRoot = realpathSync('.');
let project: string;

beforeAll(() => {
  project = realpathSync(mkdtempSync(join(tmpdir(), 'crm-rules-consumer-')));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(packageRoot, join(project, 'node_modules', pkg.name), 'dir');
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
  for (const [name, { subpaths }] of Object.entries(configs)) {
    mkdirSync(join(project, name));
    writeFileSync(join(project, name, 'consumer.mts'), mts(subpaths));
    writeFileSync(join(project, name, 'consumer.cts'), cts(subpaths));
  }
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

/** Parsed declaration files, shared by the three programs (keyed by how each was parsed). */
const parsed = new Map<string, ts.SourceFile | undefined>();

function typeCheck(name: string): { errors: string[]; files: string[] } {
  const options: ts.CompilerOptions = {
    ...configs[name]!.options,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, how, ...rest) => {
    const key = `${fileName}|${JSON.stringify(typeof how === 'object' ? [how.languageVersion, how.impliedNodeFormat] : how)}`;
    if (!parsed.has(key)) parsed.set(key, read(fileName, how, ...rest));
    return parsed.get(key);
  };
  const program = ts.createProgram({
    rootNames: [join(project, name, 'consumer.mts'), join(project, name, 'consumer.cts')],
    options,
    host,
  });
  // What `tsc` reports without skipLibCheck, less the semantic check of other packages' own
  // declarations (zod's, fast-check's: not ours to fix, and a third of the time).
  const ours = (file: ts.SourceFile) =>
    file.fileName.startsWith(project) || file.fileName.startsWith(`${packageRoot}/dist/`);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program
      .getSourceFiles()
      .filter(ours)
      .flatMap((file) => program.getSemanticDiagnostics(file)),
  ];
  const errors = diagnostics.map((d) => {
    const where = d.file?.fileName.replace(/^.*\/dist\//, 'dist/') ?? '';
    return `${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  const files = program
    .getSourceFiles()
    .map((f) => f.fileName)
    .filter((f) => /\/dist\/[^/]+\/index\.d\.c?ts$/.test(f))
    .map((f) => f.replace(/^.*\/dist\//, 'dist/'));
  return { errors, files };
}

describe('a TypeScript consumer of the built package', () => {
  it.each(Object.keys(configs))(
    'type-checks an .mts and a .cts file under %s without skipLibCheck, Money amount typed',
    (name) => {
      const { errors, files } = typeCheck(name);
      expect(errors).toEqual([]);
      // Both declaration flavours were read: .d.ts for the ESM file, .d.cts for the CJS file.
      expect(files).toContain('dist/money/index.d.ts');
      expect(files).toContain('dist/money/index.d.cts');
    },
    // ~5-15 s of CPU each; far more wall time when the machine is shared.
    120_000,
  );
});
