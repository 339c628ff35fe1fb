import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUBPATHS } from '../_support/publicApi';

/**
 * The examples import the package by its name (`crm-rules`, `crm-rules/commission` …), so they
 * run unchanged in a user's project. Inside this repository the name resolves to src/ three ways,
 * each derived from or checked against subpaths.json: `tsconfig.json` `paths` (tsc and tsx, so
 * `npm run demo`), and the alias in vitest.config.ts (the tests).
 */
const specifier = (subpath: string) => `crm-rules${subpath.slice(1)}`;

describe('package self-reference', () => {
  it('tsconfig.json maps every public subpath to its source entry, and nothing else', () => {
    const { compilerOptions } = JSON.parse(readFileSync('tsconfig.json', 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    expect(compilerOptions.paths).toEqual(
      Object.fromEntries(
        SUBPATHS.map(([subpath, source]) => [specifier(subpath), [`./${source}`]]),
      ),
    );
  });

  it.each(SUBPATHS)(
    'vitest resolves the name of %s to its source module',
    async (subpath, source) => {
      const byName = await import(/* @vite-ignore */ specifier(subpath));
      const bySource = await import(/* @vite-ignore */ `../../${source}`);
      expect(byName).toBe(bySource);
    },
  );

  it('no example imports src/ by a relative path', () => {
    const examples = readdirSync('examples').filter((file) => file.endsWith('.ts'));
    const relative = examples.filter((file) =>
      /from '\.\.\//.test(readFileSync(`examples/${file}`, 'utf8')),
    );
    expect(examples.length).toBeGreaterThan(0);
    expect(relative).toEqual([]);
  });
});
