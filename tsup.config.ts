import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const subpaths = JSON.parse(readFileSync('subpaths.json', 'utf8')) as Record<string, string>;

/** One bundle entry per public subpath: "./money" -> dist/money/index.{js,cjs,d.ts,d.cts}. */
const entry = Object.fromEntries(
  Object.entries(subpaths)
    .filter(([name]) => !name.startsWith('$'))
    .map(([name, source]) => [name === '.' ? 'index' : `${name.slice(2)}/index`, source]),
);

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
  external: ['fast-check', 'zod', 'decimal.js'],
});
