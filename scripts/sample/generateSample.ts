import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSV } from './columns';
import { buildExportTrader } from './exportTrader';
import { toJson } from './format';
import { buildRetail } from './retail';
import type { SampleCollections } from './SampleCollections';

/**
 * `npm run sample:generate`: writes the sample data of the two companies of the source articles
 * to `examples/data/<company>/`, each collection as `<name>.json` (one record per line) and
 * `<name>.csv` (as a CRM exports it), `company.json` (base currency, date range, seed and
 * counts) and the company's rules as `rules/<name>.json`. The same seed writes the same bytes; `test/scripts/sample/generateSample.test.ts`
 * checks that the committed files equal a fresh generation.
 */

/** The seed of the committed sample data. */
export const SAMPLE_SEED = 20260930;
/** Where the sample data lives, from the project root. */
export const SAMPLE_DIR = 'examples/data';

/** Every company of the sample data, built from one seed. */
export function buildCompanies(seed: number = SAMPLE_SEED): SampleCollections[] {
  return [buildExportTrader(seed), buildRetail(seed)];
}

/** The files of the sample data, path (from the project root) → content, in a fixed order. */
export function generateSample(seed: number = SAMPLE_SEED): Map<string, string> {
  return filesOf(buildCompanies(seed), seed);
}

/** The files of companies already built from `seed`. */
export function filesOf(
  companies: readonly SampleCollections[],
  seed: number,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const { company, collections, rules } of companies) {
    const dir = `${SAMPLE_DIR}/${company.id}`;
    const counts: Record<string, number> = {};
    for (const [name, records] of Object.entries(collections) as Array<
      [keyof typeof CSV, unknown[]]
    >) {
      counts[name] = records.length;
      files.set(`${dir}/${name}.json`, toJson(records));
      files.set(`${dir}/${name}.csv`, (CSV[name] as (rows: unknown[]) => string)(records));
    }
    files.set(`${dir}/company.json`, `${JSON.stringify({ ...company, seed, counts }, null, 2)}\n`);
    for (const [name, document] of Object.entries(rules ?? {}))
      files.set(`${dir}/rules/${name}.json`, `${JSON.stringify(document, null, 2)}\n`);
  }
  return files;
}

/** Writes the files, removing stale `.json` and `.csv` files of the company folders first. */
export function writeSample(files: ReadonlyMap<string, string>, root = '.'): void {
  const dirs = new Set([...files.keys()].map((path) => dirname(path)));
  for (const dir of dirs) {
    mkdirSync(resolve(root, dir), { recursive: true });
    for (const file of readdirSync(resolve(root, dir)))
      if (/\.(json|csv)$/.test(file)) rmSync(resolve(root, dir, file));
  }
  for (const [path, content] of files) writeFileSync(resolve(root, path), content);
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const seedArg = process.argv.find((arg) => arg.startsWith('--seed='));
  const seed = seedArg === undefined ? SAMPLE_SEED : Number(seedArg.slice('--seed='.length));
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`--seed must be a whole number ≥ 0, not ${seedArg}`);
  const files = generateSample(seed);
  writeSample(files);
  let bytes = 0;
  for (const content of files.values()) bytes += Buffer.byteLength(content);
  console.log(
    `wrote ${files.size} files under ${SAMPLE_DIR}/ (${(bytes / 1024 / 1024).toFixed(2)} MB, seed ${seed})`,
  );
  // The CLI tests' slice and the Zoho CRM example, made from the same company: imported once this
  // module has run (generateSlice imports it; a top-level await here would wait on itself).
  import('./generateSlice')
    .then(({ sliceFiles }) => {
      const slice = sliceFiles(seed);
      writeSample(slice);
      console.log(`wrote ${slice.size} files of the slice (test/cli/fixture/, examples/zoho-crm/)`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
