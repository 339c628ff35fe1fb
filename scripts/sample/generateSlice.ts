import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildExportTrader } from './exportTrader';
import { filesOf, SAMPLE_DIR, SAMPLE_SEED, writeSample } from './generateSample';
import type { SampleCollections } from './SampleCollections';
import { sliceCompany } from './sliceSample';
import { zohoFiles } from './zohoExport';

/**
 * The files made from a slice of the export trader (`sliceCompany`): the CLI tests' company
 * folder (`test/cli/fixture/export-trader/`, laid out as the sample's, JSON and CSV) and the Zoho
 * CRM example (`examples/zoho-crm/`: Accounts, Sales Orders and Invoices as Zoho exports them,
 * with the company file and the month-start FX rates a close needs besides them). Written by
 * `npm run sample:generate` after the sample; `test/scripts/sample/generateSlice.test.ts` checks
 * that the committed files equal a fresh generation.
 */

/** The CLI tests' company folder. */
export const FIXTURE_DIR = 'test/cli/fixture/export-trader';
/** The Zoho CRM example folder. */
export const ZOHO_DIR = 'examples/zoho-crm';

/** The slice's files, path (from the project root) → content, in a fixed order (`trader`: the export trader of `seed`, when already built). */
export function sliceFiles(
  seed: number = SAMPLE_SEED,
  trader: SampleCollections = buildExportTrader(seed),
): Map<string, string> {
  const slice = sliceCompany(trader);
  const files = new Map<string, string>();
  const prefix = `${SAMPLE_DIR}/${slice.company.id}/`;
  for (const [path, content] of filesOf([slice], seed))
    files.set(`${FIXTURE_DIR}/${path.slice(prefix.length)}`, content);
  for (const [name, content] of zohoFiles(slice)) files.set(`${ZOHO_DIR}/${name}`, content);
  const { id: _, ...company } = slice.company;
  files.set(`${ZOHO_DIR}/company.json`, `${JSON.stringify({ ...company, seed }, null, 2)}\n`);
  files.set(`${ZOHO_DIR}/fxRates.json`, files.get(`${FIXTURE_DIR}/fxRates.json`) ?? '[]\n');
  return files;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const seedArg = process.argv.find((arg) => arg.startsWith('--seed='));
  const seed = seedArg === undefined ? SAMPLE_SEED : Number(seedArg.slice('--seed='.length));
  const files = sliceFiles(seed);
  writeSample(files);
  console.log(`wrote ${files.size} files under ${FIXTURE_DIR}/ and ${ZOHO_DIR}/ (seed ${seed})`);
}
