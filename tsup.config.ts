import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const subpaths = JSON.parse(readFileSync('subpaths.json', 'utf8')) as Record<string, string>;

/**
 * One bundle entry per public subpath: "./money" -> dist/money/index.{js,cjs,d.ts,d.cts}; and the
 * `crm-rules` bin (src/cli/main.ts -> dist/cli/index.js), which is not a subpath.
 */
const entry = {
  ...Object.fromEntries(
    Object.entries(subpaths)
      .filter(([name]) => !name.startsWith('$'))
      .map(([name, source]) => [name === '.' ? 'index' : `${name.slice(2)}/index`, source]),
  ),
  'cli/index': 'src/cli/main.ts',
};

/**
 * In the built JavaScript, `src/testing/_lib/fastCheck.ts` (a plain re-export of fast-check) is
 * replaced by a loader for the output's format, which reports a missing optional peer clearly.
 * The declarations keep the plain re-export.
 */
const fastCheckLoader: Plugin = {
  name: 'fast-check-loader',
  setup(build) {
    // tsup builds CommonJS with splitting as ESM that rollup converts, so ask tsup, not esbuild.
    const format = build.initialOptions.define?.TSUP_FORMAT === '"cjs"' ? 'cjs' : 'esm';
    build.onResolve({ filter: /\/_lib\/fastCheck$/ }, (args) =>
      args.resolveDir.includes(`${resolve('src/testing')}`)
        ? { path: resolve(`src/testing/_lib/fastCheck.${format}.ts`) }
        : undefined,
    );
  },
};

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  external: ['fast-check', 'zod', 'decimal.js', 'csv-parse'],
  esbuildPlugins: [fastCheckLoader],
});
