import { readFileSync } from 'node:fs';
import { createMemoryStore } from 'crm-rules/memory';
import { closeBooks } from 'crm-rules/workflows';
import { describe, expect, it } from 'vitest';
import { buildExportTrader } from '../../scripts/sample/exportTrader';
import { SAMPLE_SEED } from '../../scripts/sample/generateSample';
import { sliceCompany } from '../../scripts/sample/sliceSample';
import { zohoRecords } from '../../scripts/sample/zohoExport';
import { issueLog } from '../../src/cli/csv/DataIssue';
import { readCompany } from '../../src/cli/readCompany';
import { runCli } from '../../src/cli/runCli';

/**
 * The Zoho CRM example (`examples/zoho-crm/`): Accounts, Sales Orders (a row per product line)
 * and Invoices under Zoho's standard field labels, read by `examples/mappings/zoho-crm.json`.
 */
const DATA = 'examples/zoho-crm';
const MAPPING = 'examples/mappings/zoho-crm.json';
const FIXTURE = 'test/cli/fixture/export-trader';
const RULES = `${FIXTURE}/rules`;
const io = (out: string[] = [], err: string[] = []) => ({
  out: (text: string) => out.push(text),
  err: (text: string) => err.push(text),
  readFile: (path: string) => readFileSync(path, 'utf8'),
});
const strip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the Zoho CRM export example', () => {
  it('reads into exactly the records the export was made from (the fields Zoho carries)', () => {
    const log = issueLog();
    const company = readCompany(
      io(),
      { data: DATA, period: '2026-Q3', mapping: MAPPING, rules: RULES, needs: [] },
      log,
    );
    expect(log.issues).toEqual([]);
    const expected = zohoRecords(sliceCompany(buildExportTrader(SAMPLE_SEED)));
    expect(company.dataset).toEqual(expected);
    expect(company.dataset.orders?.some((o) => o.lines.length > 1)).toBe(true);
    expect(company.dataset.orders?.some((o) => o.lines.some((l) => l.discount))).toBe(true);
    expect(company.input.baseCurrency).toBe('CNY');
  }, 30_000);

  it("grade: the CLI gives the library's grades of the same records", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const argv = ['grade', '--data', DATA, '--mapping', MAPPING, '--rules', RULES];
    const code = await runCli([...argv, '--period', '2026-Q3', '--format', 'json'], io(out, err));
    expect([code, err]).toEqual([0, []]);
    const company = readCompany(
      io(),
      { data: DATA, period: '2026-Q3', mapping: MAPPING, rules: RULES, needs: [] },
      issueLog(),
    );
    // The library's close of the same records, with the rest of the slice they were made from
    // (its managers, payments, ratings… which a close needs besides the three Zoho modules).
    const slice = readCompany(io(), { data: FIXTURE, period: '2026-Q3', needs: [] }, issueLog());
    expect(company.input.fxRates).toEqual(slice.input.fxRates);
    const dataset = { ...slice.dataset, ...company.dataset };
    const report = await closeBooks(createMemoryStore(dataset), slice.input);
    const printed = JSON.parse(out.join('\n')) as { counts: unknown; grades: unknown[] };
    expect(printed.counts).toEqual(strip(report.grading.result.counts));
    expect(printed.grades).toEqual(
      report.grading.result.grades.map(({ customerId, grade, previous, change }) => ({
        customerId,
        grade,
        previous,
        change,
      })),
    );
    expect(printed.grades).toHaveLength(20);
  }, 30_000);

  it('names the Zoho file, row and column of each bad cell (exit 2)', async () => {
    const err: string[] = [];
    const read = (name: string) => readFileSync(`${DATA}/${name}`, 'utf8');
    const files: Record<string, string> = {
      [`${DATA}/Accounts.csv`]: read('Accounts.csv').replace(',AR,USD,', ',AR,XYZ,'),
      [`${DATA}/Invoices.csv`]: read('Invoices.csv').replace(',2025-03-19,', ',19/03/2025,'),
    };
    const code = await runCli(
      ['grade', '--data', DATA, '--mapping', MAPPING, '--rules', RULES, '--period', '2026-Q3'],
      { ...io([], err), readFile: (path) => files[path] ?? readFileSync(path, 'utf8') },
    );
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /^examples\/zoho-crm\/Accounts\.csv: row 2, column "Currency": UNKNOWN_CURRENCY: .*\(cell "XYZ"\)$/,
      ),
      expect.stringMatching(
        /^examples\/zoho-crm\/Invoices\.csv: row 2, column "Invoice Date": INVALID_DATE: .*\(cell "19\/03\/2025"\)$/,
      ),
    ]);
  });
});
