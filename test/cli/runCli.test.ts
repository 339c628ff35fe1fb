import { readFileSync } from 'node:fs';
import { toJsonSchema } from 'crm-rules/schemas';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';

const RULES = 'examples/data/export-trader/rules';

/** Runs the CLI with files from a map (else from disk) and collects what it prints. */
function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
  });
  return { code, out, err };
}

const plan = JSON.parse(readFileSync(`${RULES}/commissionPlan.json`, 'utf8')) as Record<
  string,
  unknown
>;

describe('crm-rules validate', () => {
  it("accepts the sample company's plan, scorecard and policies, guessing each kind (exit 0)", () => {
    const files = ['commissionPlan', 'scorecard', 'gradePolicy', 'riskPolicy'].map(
      (n) => `${RULES}/${n}.json`,
    );
    const { code, out, err } = run(['validate', ...files]);
    expect([code, err]).toEqual([0, []]);
    expect(out).toEqual([
      `${RULES}/commissionPlan.json: a valid plan`,
      `${RULES}/scorecard.json: a valid scorecard`,
      `${RULES}/gradePolicy.json: a valid grade-policy`,
      `${RULES}/riskPolicy.json: a valid risk-policy`,
    ]);
  });

  it('prints every coded error with its path in the file, and exits 2', () => {
    const bad = {
      ...plan,
      effectiveFrom: '2026-13-01',
      components: [
        {
          id: 'c',
          name: 'C',
          calculation: { kind: 'flat', rate: { kind: 'percent', value: 0.01 } },
        },
      ],
    };
    const { code, err } = run(['validate', 'plan.json'], { 'plan.json': JSON.stringify(bad) });
    expect(code).toBe(2);
    expect(err).toEqual([
      'plan.json: INVALID_DATE at effectiveFrom: expected a calendar date as YYYY-MM-DD',
      expect.stringMatching(
        /^plan\.json: INVALID_AMOUNT at components\[0\]\.calculation\.rate\.value: /,
      ),
    ]);
  });

  it('gives each version of a list its index, and takes --kind', () => {
    const card = JSON.parse(readFileSync(`${RULES}/scorecard.json`, 'utf8')) as {
      kpis: Array<{ weight: string }>;
    };
    const off = {
      ...card,
      effectiveFrom: '2027-01-01',
      kpis: card.kpis.map((k, i) => (i === 0 ? { ...k, weight: '41' } : k)),
    };
    const { code, err } = run(['validate', '--kind', 'scorecard', 'cards.json'], {
      'cards.json': JSON.stringify([card, off]),
    });
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^cards\.json: WEIGHTS_NOT_100 at \[1\]/);
  });

  it('exits 2 for a file that is not JSON, not there, or not a rule document', () => {
    expect(run(['validate', 'x.json'], { 'x.json': '{ nope' }).err[0]).toMatch(
      /^x\.json: INVALID_INPUT: not JSON/,
    );
    expect(run(['validate', 'missing/plan.json']).err[0]).toMatch(
      /^missing\/plan\.json: INVALID_INPUT: cannot read/,
    );
    expect(run(['validate', 'y.json'], { 'y.json': '[]' }).code).toBe(2);
    expect(run(['validate', '--kind', 'budget', 'y.json'], { 'y.json': '{}' }).code).toBe(2);
    expect(run(['validate']).code).toBe(2);
  });
});

describe('crm-rules schema', () => {
  it('prints the JSON Schemas of the four rule documents, by kind', () => {
    const { code, out } = run(['schema']);
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('\n')) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(['plan', 'scorecard', 'grade-policy', 'risk-policy']);
    expect(printed.plan).toEqual(toJsonSchema('CommissionPlan'));
    expect(printed['risk-policy']).toEqual(toJsonSchema('RiskPolicy'));
  });

  it('prints one schema when named, and exits 2 for an unknown kind', () => {
    expect(JSON.parse(run(['schema', 'grade-policy']).out.join('\n'))).toEqual(
      toJsonSchema('GradePolicy'),
    );
    expect(run(['schema', 'budget']).code).toBe(2);
  });
});

describe('crm-rules', () => {
  it('exits 2 with the usage for no command, an unknown command or option; 0 for --help', () => {
    expect(run([]).code).toBe(2);
    expect(run(['grade-all']).err[0]).toMatch(/^unknown command grade-all/);
    expect(run(['validate', '--colour', 'x']).code).toBe(2);
    const help = run(['--help']);
    expect([help.code, help.out[0]]).toEqual([0, expect.stringMatching(/^usage: crm-rules/)]);
  });
});
