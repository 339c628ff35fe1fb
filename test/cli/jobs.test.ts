import { readFileSync } from 'node:fs';
import { createMemoryStore } from 'crm-rules/memory';
import { type CloseReport, closeBooks } from 'crm-rules/workflows';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueLog } from '../../src/cli/csv/DataIssue';
import { readCompany } from '../../src/cli/readCompany';
import { runCli } from '../../src/cli/runCli';

/** The full sample: read once, end to end, CSV through the mapping against the JSON files. */
const SAMPLE = 'examples/data/export-trader';
/**
 * A slice of it for the jobs (20 customers of 2 managers, `npm run sample:generate` writes it),
 * laid out as the sample, so the sample's mapping reads its CSV files too.
 */
const DATA = 'test/cli/fixture/export-trader';
const MAPPING = 'examples/mappings/sample-export.json';
const io = (out: string[], err: string[]) => ({
  out: (text: string) => out.push(text),
  err: (text: string) => err.push(text),
  readFile: (path: string) => readFileSync(path, 'utf8'),
});

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, io(out, err));
  return { code, err, json: out.length === 0 ? undefined : (JSON.parse(out.join('\n')) as never) };
}

const strip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The library's own close of the slice's JSON files (the CLI must reproduce it). */
let report: CloseReport;
beforeAll(async () => {
  const company = readCompany(
    io([], []) as never,
    { data: DATA, period: '2026-Q3', needs: [] },
    issueLog(),
  );
  report = await closeBooks(createMemoryStore(company.dataset), company.input);
}, 60_000);

describe('the sample export trader, end to end', () => {
  it('reads the CSV export by the sample mapping into the same collections as the JSON files', () => {
    const log = issueLog();
    const csv = readCompany(
      io([], []) as never,
      { data: SAMPLE, period: '2026-Q3', mapping: MAPPING, needs: [] },
      log,
    );
    const json = readCompany(
      io([], []) as never,
      { data: SAMPLE, period: '2026-Q3', needs: [] },
      issueLog(),
    );
    expect(log.issues).toEqual([]);
    expect(csv.dataset).toEqual(json.dataset);
    expect(csv.input.fxRates).toEqual(json.input.fxRates);
    expect(csv.input.manualKpis).toEqual(json.input.manualKpis);
    expect(csv.input.contractReviews).toEqual(json.input.contractReviews);
    expect(csv.input.screeningList?.length).toBe(json.input.screeningList?.length);
    expect(json.dataset.customers).toHaveLength(600);
  }, 60_000);
});

describe('the job commands on a slice of the sample export trader reproduce closeBooks', () => {
  it('the slice has something to say: movers, two statements, block findings', () => {
    expect(report.grading.result.grades).toHaveLength(20);
    expect(report.grading.result.grades.some((g) => g.change !== 'same')).toBe(true);
    expect(report.commission.statements).toHaveLength(2);
    expect(report.risk.company.bySeverity.block).toBeGreaterThan(0);
  });

  it('grade (CSV): the grades and counts of the close', async () => {
    const { code, json } = await run([
      'grade',
      '--data',
      DATA,
      '--mapping',
      MAPPING,
      '--period',
      '2026-Q3',
      '--format',
      'json',
    ]);
    const printed = json as unknown as {
      counts: unknown;
      grades: Array<{ customerId: string; grade: string }>;
    };
    expect(code).toBe(0);
    expect(printed.counts).toEqual(strip(report.grading.result.counts));
    expect(printed.grades).toEqual(
      report.grading.result.grades.map(({ customerId, grade, previous, change }) => ({
        customerId,
        grade,
        previous,
        change,
      })),
    );
  }, 60_000);

  it('score: the leaderboard of the close', async () => {
    const { code, json } = await run([
      'score',
      '--data',
      DATA,
      '--period',
      '2026-Q3',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect((json as unknown as { leaderboard: unknown }).leaderboard).toEqual(
      report.kpi.leaderboard.map(({ id, score, rank }) => ({ managerId: id, score, rank })),
    );
  }, 60_000);

  it('commission (CSV): every statement line and total of the close', async () => {
    const { code, json } = await run([
      'commission',
      '--data',
      DATA,
      '--mapping',
      MAPPING,
      '--period',
      '2026-Q3',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const printed = json as unknown as {
      statements: Array<{
        payeeId: string;
        totals: unknown;
        lines: Array<{ id: string; amount: string }>;
      }>;
    };
    expect(
      printed.statements.map((s) => [s.payeeId, s.totals, s.lines.map((l) => [l.id, l.amount])]),
    ).toEqual(
      report.commission.statements.map((s) => [
        s.payeeId,
        strip(s.totals),
        s.lines.map((l) => [l.id, l.amount]),
      ]),
    );
  }, 60_000);

  it('risk: the findings of the close, exit 1 for its block findings', async () => {
    const { code, json } = await run([
      'risk',
      '--data',
      DATA,
      '--period',
      '2026-Q3',
      '--format',
      'json',
    ]);
    const printed = json as unknown as { block: number; findings: unknown[] };
    expect(printed.block).toBe(report.risk.company.bySeverity.block);
    expect(code).toBe(report.risk.company.bySeverity.block > 0 ? 1 : 0);
    expect(printed.findings).toEqual(strip(report.risk.findings.map(({ trace: _, ...f }) => f)));
  }, 60_000);
});
