import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * Issue 14 (weight): what a browser or edge consumer pays for one import, bundled as a bundler
 * does it (esbuild: bundled with zod and decimal.js, minified, ESM, `module` fields first, unused
 * code dropped), in KB of 1,000 bytes. `crm-rules/…` resolves to the source entries of subpaths.json, as in
 * vitest.config.ts, so the budget holds before a build. The figures are in docs/performance.md.
 */
const BUDGETS: ReadonlyArray<readonly [consumer: string, budgetKb: number]> = [
  ["export { allocate, money } from 'crm-rules/money';", 60],
  ["export { computeStatements } from 'crm-rules/commission';", 350],
];

const root = fileURLToPath(new URL('..', import.meta.url));
const subpaths = JSON.parse(readFileSync(`${root}subpaths.json`, 'utf8')) as Record<string, string>;

/** Resolves `crm-rules` and `crm-rules/<subpath>` to the source entry it is built from. */
const selfReference: Plugin = {
  name: 'crm-rules-self-reference',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^crm-rules(\/|$)/ }, ({ path }) => {
      const source = subpaths[`.${path.slice('crm-rules'.length)}`];
      if (source === undefined) return { errors: [{ text: `no public subpath ${path}` }] };
      return { path: `${root}${source}` };
    });
  },
};

async function bundle(consumer: string, minify = true) {
  const result = await build({
    stdin: { contents: consumer, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [selfReference],
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote no bundle');
  return { output, inputs: Object.keys(result.metafile.inputs) };
}

describe('bundle size budget (issue 14)', () => {
  it.each(BUDGETS)('%s bundles to at most %i KB minified', async (consumer, budgetKb) => {
    const kb = (await bundle(consumer)).output.contents.byteLength / 1000;
    console.info(`${consumer} → ${kb.toFixed(1)} KB minified (budget ${budgetKb} KB)`);
    expect(kb).toBeLessThanOrEqual(budgetKb);
  });

  it('crm-rules/money leaves zod classic out, and its issues still read in English', async () => {
    const consumer = [
      "import { safeParseMoney, safeRound, money } from 'crm-rules/money';",
      "const bad = safeParseMoney('12.50');",
      "const mode = safeRound(money('1', 'USD'), { mode: 'nearest' });",
      'export const messages = [bad.success || bad.error.message, mode.success || mode.error.message];',
    ].join('\n');
    const { output, inputs } = await bundle(consumer, false);
    expect(inputs.filter((input) => input.includes('zod/v4/classic'))).toEqual([]);
    const url = `data:text/javascript;base64,${Buffer.from(output.text).toString('base64')}`;
    const { messages } = (await import(/* @vite-ignore */ url)) as { messages: unknown };
    // zod/mini registers no locale: without englishByDefault these read "Invalid input".
    expect(messages).toEqual([
      expect.stringContaining('Invalid input: expected object, received string'),
      expect.stringContaining('Invalid option: expected one of "half-up"'),
    ]);
  });
});
