import { readFileSync } from 'node:fs';
import { createMemoryStore } from 'crm-rules/memory';
import { toJsonSchema } from 'crm-rules/schemas';
import { closeBooks } from 'crm-rules/workflows';
import { describe, expect, it } from 'vitest';
import { reportSummary } from '../../src/cli/closeCommand';
import { runCli } from '../../src/cli/runCli';

const RULES = 'examples/data/export-trader/rules';

/** Runs the CLI with files from a map (else from disk) and collects what it prints. */
async function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readFile: (path) => {
      if (files[path] !== undefined) return files[path];
      if (path.startsWith('mem/')) throw new Error(`ENOENT: ${path}`);
      return readFileSync(path, 'utf8');
    },
  });
  return { code, out, err };
}

const plan = JSON.parse(readFileSync(`${RULES}/commissionPlan.json`, 'utf8')) as Record<
  string,
  unknown
>;

describe('crm-rules validate', async () => {
  it("accepts the sample company's plan, scorecard and policies, guessing each kind (exit 0)", async () => {
    const files = ['commissionPlan', 'scorecard', 'gradePolicy', 'riskPolicy'].map(
      (n) => `${RULES}/${n}.json`,
    );
    const { code, out, err } = await run(['validate', ...files]);
    expect([code, err]).toEqual([0, []]);
    expect(out).toEqual([
      `${RULES}/commissionPlan.json: a valid plan`,
      `${RULES}/scorecard.json: a valid scorecard`,
      `${RULES}/gradePolicy.json: a valid grade-policy`,
      `${RULES}/riskPolicy.json: a valid risk-policy`,
    ]);
  });

  it('prints every coded error with its path in the file, and exits 2', async () => {
    const bad = {
      ...plan,
      effectiveFrom: '2026-13-01',
      components: [
        {
          id: 'c',
          name: 'C',
          calculation: { kind: 'flat', rate: { kind: 'rate', value: 0.01 } },
        },
      ],
    };
    const { code, err } = await run(['validate', 'plan.json'], {
      'plan.json': JSON.stringify(bad),
    });
    expect(code).toBe(2);
    expect(err).toEqual([
      'plan.json: INVALID_DATE at effectiveFrom: expected a calendar date as YYYY-MM-DD',
      expect.stringMatching(
        /^plan\.json: INVALID_AMOUNT at components\[0\]\.calculation\.rate\.value: /,
      ),
    ]);
  });

  it('gives each version of a list its index, and takes --kind', async () => {
    const card = JSON.parse(readFileSync(`${RULES}/scorecard.json`, 'utf8')) as {
      kpis: Array<{ weight: string }>;
    };
    const off = {
      ...card,
      effectiveFrom: '2027-01-01',
      kpis: card.kpis.map((k, i) => (i === 0 ? { ...k, weight: '41' } : k)),
    };
    const { code, err } = await run(['validate', '--kind', 'scorecard', 'cards.json'], {
      'cards.json': JSON.stringify([card, off]),
    });
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^cards\.json: WEIGHTS_NOT_100 at \[1\]/);
  });

  it('exits 2 for a file that is not JSON, not there, or not a rule document', async () => {
    expect((await run(['validate', 'x.json'], { 'x.json': '{ nope' })).err[0]).toMatch(
      /^x\.json: INVALID_INPUT: not JSON/,
    );
    expect((await run(['validate', 'missing/plan.json'])).err[0]).toMatch(
      /^missing\/plan\.json: INVALID_INPUT: cannot read/,
    );
    expect((await run(['validate', 'y.json'], { 'y.json': '[]' })).code).toBe(2);
    expect((await run(['validate', '--kind', 'budget', 'y.json'], { 'y.json': '{}' })).code).toBe(
      2,
    );
    expect((await run(['validate'])).code).toBe(2);
  });
});

describe('crm-rules schema', async () => {
  it('prints the JSON Schemas of the four rule documents and the column mapping, by kind', async () => {
    const { code, out } = await run(['schema']);
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('\n')) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual([
      'plan',
      'scorecard',
      'grade-policy',
      'risk-policy',
      'mapping',
    ]);
    expect(printed.plan).toEqual(toJsonSchema('CommissionPlan'));
    expect(printed['risk-policy']).toEqual(toJsonSchema('RiskPolicy'));
  });

  it('prints one schema when named, and exits 2 for an unknown kind', async () => {
    expect(JSON.parse((await run(['schema', 'grade-policy'])).out.join('\n'))).toEqual(
      toJsonSchema('GradePolicy'),
    );
    expect((await run(['schema', 'budget'])).code).toBe(2);
  });

  it('writes the schema into a file with --out, and needs a file system for it', async () => {
    const written: Record<string, string> = {};
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: () => undefined, readFile: () => '' };
    const code = await runCli(['schema', 'plan', '--out', 'plan.schema.json'], {
      ...io,
      writeFile: (path, text) => {
        written[path] = text;
      },
    });
    expect([code, out]).toEqual([0, ['wrote plan.schema.json']]);
    expect(JSON.parse(written['plan.schema.json'] ?? '')).toEqual(toJsonSchema('CommissionPlan'));
    expect(await runCli(['schema', 'plan', '--out', 'plan.schema.json'], io)).toBe(2);
  });
});

describe('crm-rules', async () => {
  it('exits 2 with the usage for no command, an unknown command or option; 0 for --help', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['grade-all'])).err[0]).toMatch(/^unknown command grade-all/);
    expect((await run(['validate', '--colour', 'x'])).code).toBe(2);
    const help = await run(['--help']);
    expect([help.code, help.out[0]]).toEqual([0, expect.stringMatching(/^usage: crm-rules/)]);
  });
});

/** A small company folder in the sample's layout, with the sample company's rules. */
const rule = (name: string) => readFileSync(`${RULES}/${name}.json`, 'utf8');
const line = { lineId: '1', productId: 'P', categoryId: 'PUMP', quantity: '1', unitPrice: '10000' };
const company = {
  accountManagers: [
    { id: 'AM-01', name: 'Wang Li', teamId: 'T-EU', hireDate: '2020-01-01', payCurrency: 'CNY' },
  ],
  customers: [
    {
      id: 'C-1',
      name: 'Hamburg Pumpen GmbH',
      country: 'DE',
      ownerId: 'AM-01',
      creditLimit: { amount: '5000', currency: 'CNY' },
    },
  ],
  orders: [
    {
      id: 'SO-1',
      customerId: 'C-1',
      ownerId: 'AM-01',
      orderDate: '2026-07-10',
      currency: 'CNY',
      status: 'completed',
      lines: [line],
    },
  ],
  invoices: [
    {
      id: 'INV-1',
      customerId: 'C-1',
      ownerId: 'AM-01',
      orderId: 'SO-1',
      issueDate: '2026-07-10',
      dueDate: '2026-07-20',
      currency: 'CNY',
      total: '10000',
    },
  ],
};
const folder: Record<string, string> = {
  'mem/co/company.json': JSON.stringify({ baseCurrency: 'CNY' }),
  'mem/co/screeningList.json': '[]',
  'mem/co/managerRatings.json': JSON.stringify([
    { period: '2026-Q3', managerId: 'AM-01', kpi: 'teamwork', value: '4', source: 'team lead' },
  ]),
  ...Object.fromEntries(
    Object.entries(company).map(([k, v]) => [`mem/co/${k}.json`, JSON.stringify(v)]),
  ),
  ...Object.fromEntries(
    ['gradePolicy', 'scorecard', 'commissionPlan', 'riskPolicy', 'countryGroups'].map((n) => [
      `mem/co/rules/${n}.json`,
      rule(n),
    ]),
  ),
  'mem/co/rules/commissionAssignments.json': JSON.stringify([
    { payeeId: 'AM-01', planId: 'haitong-am', effectiveFrom: '2026-01-01' },
  ]),
};

describe('crm-rules close', () => {
  it('closes the period of a company folder: the figures of closeBooks, exit 1 for block findings', async () => {
    const { code, out, err } = await run(
      ['close', '--data', 'mem/co', '--period', '2026-Q3', '--format', 'json'],
      folder,
    );
    expect(err).toEqual([]);
    const printed = JSON.parse(out.join('\n')) as ReturnType<typeof reportSummary>;
    const input = {
      period: '2026-Q3',
      baseCurrency: 'CNY',
      rules: {
        gradePolicy: JSON.parse(rule('gradePolicy')),
        scorecard: JSON.parse(rule('scorecard')),
        commission: {
          plans: [JSON.parse(rule('commissionPlan'))],
          assignments: JSON.parse(folder['mem/co/rules/commissionAssignments.json'] ?? ''),
        },
        riskPolicy: JSON.parse(rule('riskPolicy')),
        countryGroups: JSON.parse(rule('countryGroups')),
      },
      manualKpis: [{ managerId: 'AM-01', kpi: 'teamwork', value: '4', source: 'team lead' }],
      screeningList: [],
    };
    const expected = reportSummary(await closeBooks(createMemoryStore(company as never), input));
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    // 10,000 CNY owed against a 5,000 limit, 72 days past due: block findings → exit 1.
    expect(printed.risk.block).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  it('prints the figures as text by default', async () => {
    const { out } = await run(['close', '--data', 'mem/co', '--period', '2026-Q3'], folder);
    const json = await run(
      ['close', '--data', 'mem/co', '--period', '2026-Q3', '--format', 'json'],
      folder,
    );
    const { stored, grades } = JSON.parse(json.out.join('\n')) as ReturnType<typeof reportSummary>;
    expect(out[0]).toBe('close 2026-Q3 (2026-07-01 to 2026-09-30), CNY');
    expect(out[1]).toBe(`grades: ${grades.map((g) => `${g.grade} ${g.customers}`).join(', ')}`);
    expect(stored.created).toBeGreaterThan(0);
    expect(out.at(-1)).toBe(`stored: ${stored.created} new, 0 replaced, 0 unchanged`);
  });

  it('prints the report as a self-contained HTML page, in the language asked for', async () => {
    const { code, out } = await run(
      ['close', '--data', 'mem/co', '--period', '2026-Q3', '--format', 'html', '--lang', 'zh-CN'],
      folder,
    );
    const page = out.join('\n');
    expect(code).toBe(1);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('各等级客户数');
    expect(page).toContain('应收账款账龄（CNY）');
    expect(page.match(/<svg /g)?.length).toBe(4);
    expect(
      (await run(['close', '--data', 'mem/co', '--period', '2026-Q3', '--lang', 'fr'], folder))
        .code,
    ).toBe(2);
  });

  it('exits 2 naming the file, or the coded error and its path, for bad input', async () => {
    const badDate = {
      ...folder,
      'mem/co/orders.json': JSON.stringify([{ ...company.orders[0], orderDate: '2026-07-32' }]),
    };
    const dated = await run(['close', '--data', 'mem/co', '--period', '2026-Q3'], badDate);
    expect(dated.code).toBe(2);
    expect(dated.err[0]).toMatch(/^mem\/co: INVALID_DATE at orders\[0\]\.orderDate: /);
    const noRules = { ...folder, 'mem/co/rules/scorecard.json': undefined as never };
    expect((await run(['close', '--data', 'mem/co', '--period', '2026-Q3'], noRules)).err[0]).toBe(
      'mem/co/rules/scorecard.json: INVALID_INPUT: missing',
    );
    expect((await run(['close', '--data', 'mem/co'], folder)).code).toBe(2);
    expect(
      (await run(['close', '--data', 'mem/co', '--period', '2026-Q3', '--format', 'xml'], folder))
        .code,
    ).toBe(2);
  });
});
