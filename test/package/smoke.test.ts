import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * One documented computation per public subpath, through the BUILT package under ESM and under
 * CommonJS, in a fresh Node process (so .ci/node-matrix runs them on each Node version). `m` is
 * the subpath's module, `M` is `crm-rules/money`.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };

const cases: ReadonlyArray<readonly [subpath: string, expression: string, expected: unknown]> = [
  ['.', "m.formatPath(['lines', 3, 'amount'])", 'lines[3].amount'],
  [
    './money',
    "m.allocate(m.money('100', 'USD'), [1, 1, 1]).map((p) => m.toMoneyJson(p).amount)",
    ['33.34', '33.33', '33.33'],
  ],
  [
    './period',
    "m.dateRange('2026-01-01', '2026-04-01')",
    { start: '2026-01-01', end: '2026-04-01' },
  ],
  [
    './rules',
    "m.conditionToJson(m.parseCondition({ fact: 'n', operator: 'between', value: [1, '2.50'] }, { n: 'number' }))",
    { fact: 'n', operator: 'between', value: ['1', '2.5'] },
  ],
  ['./grading', "m.GRADING_TRACE_CODES.includes('grading.grade.key')", true],
  [
    './kpi',
    "m.KpiDefinition.parse({ id: 'sales', metric: 'sales_amount', weight: '30', curve: { kind: 'ratio', direction: 'higher-is-better' } }).weight",
    '30',
  ],
  [
    './commission',
    "m.collectedFraction(M.money('500', 'USD'), M.money('1000', 'USD')).toFixed()",
    '0.5',
  ],
  ['./risk', "m.RiskSubject.parse({ kind: 'customer', id: 'C-001' }).kind", 'customer'],
  [
    './assignment',
    "m.assignAccounts({ effectiveFrom: '2026-01-01', currency: 'USD' }, { customers: [{ id: 'C-1' }], managers: [{ id: 'M-1', hireDate: '2020-01-01' }] }, { asOf: '2026-06-30' }).customers[0].managerId",
    'M-1',
  ],
  ['./ports', "m.canonicalJson({ b: [1, 'x'], a: null, c: undefined })", '{"a":null,"b":[1,"x"]}'],
  [
    './memory',
    "await m.createMemoryStore({ teams: [{ id: 'T-EU', name: 'Europe' }] }).teams.get('T-EU')",
    { id: 'T-EU', name: 'Europe' },
  ],
  [
    './report',
    "m.renderHtmlReport({ title: 'Q3', locale: 'en', blocks: [{ kind: 'bars', title: 'Grades', bars: [{ label: 'A', value: '1' }] }] }).includes('class=\"mark\"')",
    true,
  ],
  [
    './postgres',
    'm.POSTGRES_SUPPORT.readers.payments',
    ['range', 'customerId', 'ownerId', 'invoiceId'],
  ],
  ['./testing', 'm.sampleDataset().orders?.length', 6],
];

const specifier = (subpath: string) =>
  subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;

/** Runs every case in one fresh process (two in all: a process per case took 1-3 s each). */
function runAll(kind: 'esm' | 'cjs'): unknown[] {
  const load = (subpath: string) => {
    const name = JSON.stringify(specifier(subpath));
    return kind === 'esm' ? `await import(${name})` : `require(${name})`;
  };
  const body = `const M = ${load('./money')}; const results = [];
${cases.map(([subpath, expression]) => `{ const m = ${load(subpath)}; results.push(${expression}); }`).join('\n')}
console.log(JSON.stringify(results));`;
  const script = kind === 'esm' ? body : `(async () => { ${body} })();`;
  const args = [kind === 'esm' ? '--input-type=module' : '--input-type=commonjs', '-e', script];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as unknown[];
}

describe(`a smoke test of each area of the built package (Node ${process.version})`, () => {
  it.each(['esm', 'cjs'] as const)('computes one documented example per subpath (%s)', (kind) => {
    const results = runAll(kind);
    cases.forEach(([subpath, expression, expected], i) => {
      expect(results[i], `${subpath}: ${expression}`).toEqual(expected);
    });
  });
});
