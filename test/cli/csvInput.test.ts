import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';

const RULES = 'examples/data/export-trader/rules';

/** Runs the CLI over in-memory files (`mem/…`), else files on disk, and collects its output. */
async function run(argv: string[], files: Record<string, string>, extra: object = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const code = await runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readFile: (path) => {
      if (files[path] !== undefined) return files[path];
      if (path.startsWith('mem/')) throw new Error(`ENOENT: ${path}`);
      return readFileSync(path, 'utf8');
    },
    writeFile: (path, text) => {
      written[path] = text;
    },
    ...extra,
  });
  return { code, out, err, written };
}

/** A 纷享销客-style export: Chinese headers, mapped to the model by a mapping file. */
const mapping = {
  collections: {
    accountManagers: {
      file: '客户经理.csv',
      columns: {
        编号: 'id',
        姓名: 'name',
        团队: 'teamId',
        入职日期: 'hireDate',
        薪酬币种: 'payCurrency',
      },
    },
    customers: {
      file: '客户.csv',
      columns: {
        客户编号: 'id',
        客户名称: 'name',
        国家: 'country',
        负责人: 'ownerId',
        信用额度: { field: 'creditLimit', type: 'money', currencyColumn: '额度币种' },
      },
    },
    orders: {
      file: '订单.csv',
      groupBy: '订单编号',
      columns: {
        订单编号: 'id',
        客户编号: 'customerId',
        负责人: 'ownerId',
        下单日期: 'orderDate',
        币种: 'currency',
        状态: 'status',
        行号: 'lines[].lineId',
        产品: 'lines[].productId',
        品类: 'lines[].categoryId',
        数量: 'lines[].quantity',
        单价: 'lines[].unitPrice',
        退货: { field: 'lines[].isReturn', type: 'boolean' },
      },
    },
  },
};
const files: Record<string, string> = {
  'mem/fx/mapping.json': JSON.stringify(mapping),
  'mem/fx/company.json': JSON.stringify({ baseCurrency: 'CNY' }),
  'mem/fx/客户经理.csv': '编号,姓名,团队,入职日期,薪酬币种\nAM-01,王丽,T-EU,2020-01-01,CNY\n',
  'mem/fx/客户.csv':
    '客户编号,客户名称,国家,负责人,信用额度,额度币种\nC-1,"Hamburg Pumpen, GmbH",DE,AM-01,5000.00,CNY\nC-2,宁波百货,CN,AM-01,,\n',
  'mem/fx/订单.csv': [
    '订单编号,客户编号,负责人,下单日期,币种,状态,行号,产品,品类,数量,单价,退货',
    'SO-1,C-1,AM-01,2026-07-10,CNY,completed,1,P,PUMP,2,5000,否',
    'SO-1,C-1,AM-01,2026-07-10,CNY,completed,2,Q,PUMP,1,800,',
    'SO-2,C-2,AM-01,2026-08-01,CNY,completed,1,P,PUMP,-1,300,是',
  ].join('\n'),
  'mem/fx/rules/gradePolicy.json': readFileSync(`${RULES}/gradePolicy.json`, 'utf8'),
};
const grade = [
  'grade',
  '--data',
  'mem/fx',
  '--period',
  '2026-Q3',
  '--mapping',
  'mem/fx/mapping.json',
];

describe('crm-rules reads CSV exports by a column mapping', () => {
  it('maps Chinese headers, quoted fields, money and grouped order lines to the model', async () => {
    const { code, out, err } = await run([...grade, '--format', 'json'], files);
    expect([code, err]).toEqual([0, []]);
    const printed = JSON.parse(out.join('\n')) as { grades: Array<{ customerId: string }> };
    expect(printed.grades.map((g) => g.customerId)).toEqual(['C-1', 'C-2']);
  });

  it('reports every bad cell with its file, row and column, and exits 2', async () => {
    const bad = {
      ...files,
      'mem/fx/客户.csv':
        '客户编号,客户名称,国家,负责人,信用额度,额度币种\nC-1,A,DE,AM-01,5000.00,XYZ\nC-2,B,CN,AM-01,,\n',
      'mem/fx/订单.csv': [
        '订单编号,客户编号,负责人,下单日期,币种,状态,行号,产品,品类,数量,单价,退货',
        'SO-1,C-1,AM-01,2026-07-32,CNY,completed,1,P,PUMP,2,5000,否',
        'SO-2,C-2,AM-01,2026-08-01,CNY,completed,1,P,PUMP,1,300,maybe',
      ].join('\n'),
    };
    const { code, err } = await run(grade, bad);
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /^mem\/fx\/客户\.csv: row 2, column "额度币种": UNKNOWN_CURRENCY: .*\(cell "XYZ"\)$/,
      ),
      expect.stringMatching(
        /^mem\/fx\/订单\.csv: row 3, column "退货": INVALID_INPUT: expected yes or no/,
      ),
      expect.stringMatching(
        /^mem\/fx\/订单\.csv: row 2, column "下单日期": INVALID_DATE: .*\(cell "2026-07-32"\)$/,
      ),
    ]);
  });

  it("refuses a grouped order whose later row changes the order's own fields; a blank repeats", async () => {
    const clash = {
      ...files,
      'mem/fx/订单.csv': [
        '订单编号,客户编号,负责人,下单日期,币种,状态,行号,产品,品类,数量,单价,退货',
        'SO-1,C-1,AM-01,2026-07-10,CNY,completed,1,P,PUMP,2,5000,否',
        'SO-1,C-2,,2026-07-11,CNY,,2,Q,PUMP,1,800,',
      ].join('\n'),
    };
    const { code, err } = await run(grade, clash);
    expect(code).toBe(2);
    expect(err).toEqual([
      'mem/fx/订单.csv: row 3, column "客户编号": INVALID_INPUT: differs from row 2 ("C-1") of the same "订单编号" (cell "C-2")',
      'mem/fx/订单.csv: row 3, column "下单日期": INVALID_INPUT: differs from row 2 ("2026-07-10") of the same "订单编号" (cell "2026-07-11")',
    ]);
  });

  it('names a missing column, and hints at a wrong delimiter', async () => {
    const missing = {
      ...files,
      'mem/fx/客户经理.csv': '编号,姓名,团队,薪酬币种\nAM-01,王丽,T-EU,CNY\n',
    };
    expect((await run(grade, missing)).err).toEqual([
      'mem/fx/客户经理.csv: row 1, column "入职日期": INVALID_INPUT: missing column',
    ]);
    const semicolons = {
      ...files,
      'mem/fx/客户经理.csv': '编号;姓名;团队;入职日期;薪酬币种\nAM-01;王丽;T-EU;2020-01-01;CNY\n',
    };
    const { code, err } = await run(grade, semicolons);
    expect(code).toBe(2);
    expect(err).toHaveLength(5);
    expect(err[0]).toMatch(
      /^mem\/fx\/客户经理\.csv: row 1, column "编号": INVALID_INPUT: missing column \(the header row is one column .*is the delimiter right\?\)$/,
    );
  });

  it('reports malformed rows (an unclosed quote, a row of another width), all of them', async () => {
    const broken = {
      ...files,
      'mem/fx/客户.csv':
        '客户编号,客户名称,国家,负责人,信用额度,额度币种\nC-1,A,DE,AM-01\nC-2,B,CN,AM-01,,\nC-3,"open,CN,AM-01,,\n',
    };
    const { code, err } = await run(grade, broken);
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /^mem\/fx\/客户\.csv: row 2: INVALID_INPUT: malformed CSV \(CSV_RECORD_INCONSISTENT_FIELDS_LENGTH/,
      ),
      expect.stringMatching(
        /^mem\/fx\/客户\.csv: row 4: INVALID_INPUT: malformed CSV \(CSV_QUOTE_NOT_CLOSED/,
      ),
    ]);
  });

  it('names the row that opened a quote left open, past blank lines and good rows', async () => {
    const open = {
      ...files,
      'mem/fx/客户.csv':
        '客户编号,客户名称,国家,负责人,信用额度,额度币种\nC-1,A,DE,AM-01,,\n\nC-2,"open,CN,AM-01,,\nC-3,B,CN,AM-01,,\nC-4,B,CN,AM-01,,\n',
    };
    const { code, err } = await run(grade, open);
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /^mem\/fx\/客户\.csv: row 4: INVALID_INPUT: malformed CSV \(CSV_QUOTE_NOT_CLOSED/,
      ),
    ]);
  });

  it('bounds the errors it prints and counts the rest', async () => {
    const rows = Array.from(
      { length: 60 },
      (_, i) => `SO-${i},C-1,AM-01,2026-13-01,CNY,completed,1,P,PUMP,1,1,`,
    );
    const many = {
      ...files,
      'mem/fx/订单.csv': [
        '订单编号,客户编号,负责人,下单日期,币种,状态,行号,产品,品类,数量,单价,退货',
        ...rows,
      ].join('\n'),
    };
    const { err } = await run(grade, many);
    expect(err).toHaveLength(51);
    expect(err.at(-1)).toBe('… and 10 more issues (the first 50 shown)');
  });

  it('refuses a bad mapping with coded errors and their paths (exit 2)', async () => {
    const badMapping = {
      collections: {
        orders: { file: 'o.csv', columns: { A: 'lines[].x', B: '__proto__.y' } },
        budgets: { file: 'b.csv', columns: {} },
      },
    };
    const { code, err } = await run(grade, {
      ...files,
      'mem/fx/mapping.json': JSON.stringify(badMapping),
    });
    expect(code).toBe(2);
    expect(
      err.every((line) => line.startsWith('mem/fx/mapping.json: INVALID_INPUT: collections.')),
    ).toBe(true);
    expect(err.join('\n')).toMatch(/collections\.orders\.columns\.B/);
    expect(err.join('\n')).toMatch(/groupBy/);
    expect(err.join('\n')).toMatch(/collections\.budgets/);
    expect(
      (
        await run(['validate', '--kind', 'mapping', 'm.json'], {
          'm.json': JSON.stringify(badMapping),
        })
      ).code,
    ).toBe(2);
    expect((await run(['validate', 'examples/mappings/sample-export.json'], {})).out).toEqual([
      'examples/mappings/sample-export.json: a valid mapping',
    ]);
    const schema = JSON.parse((await run(['schema', 'mapping'], {})).out.join('\n')) as {
      title: string;
    };
    expect(schema.title).toBe('ColumnMapping');
  });
});

describe('crm-rules output options', () => {
  it('writes --out, prints csv one row per result line, and words text in zh-CN', async () => {
    const written = await run([...grade, '--format', 'csv', '--out', 'grades.csv'], files);
    expect(written.out).toEqual(['wrote grades.csv']);
    const csv = (written.written['grades.csv'] ?? '').trimEnd().split('\n');
    expect(csv[0]).toBe('customer,grade,previous,change');
    expect(csv).toHaveLength(3);
    const zh = await run([...grade, '--lang', 'zh-CN'], files);
    expect(zh.out[0]).toBe('客户分级 2026-Q3');
    expect(zh.out[1]).toMatch(/^客户 +等级 +上期等级 +变动$/);
  });

  it('shows a progress line once a run has taken over a second, not before', async () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = (text: string) => lines.push(text);
    await run(grade, files, { now: () => clock, progress });
    expect(lines).toEqual([]);
    await run(grade, files, { now: () => (clock += 800), progress });
    expect(lines).toEqual([
      // 0.8 s after reading (quiet), 1.6 s when done.
      'crm-rules grade: done (1.6 s)',
    ]);
  });

  it('exits 2 for a bad format or language, or --out without a file writer', async () => {
    expect((await run([...grade, '--format', 'xml'], files)).code).toBe(2);
    expect((await run([...grade, '--lang', 'fr'], files)).code).toBe(2);
    expect(
      (await run(['grade', '--data', 'mem/fx', '--period', '2026-Q3', 'extra'], files)).code,
    ).toBe(2);
  });
});
