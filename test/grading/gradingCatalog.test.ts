import { describe, expect, it } from 'vitest';
import {
  coreCatalog,
  findUnrenderable,
  mergeCatalogs,
  renderStep,
  renderTrace,
  type TraceStep,
} from '../../src/explain';
import { abcClasses } from '../../src/grading/abc';
import { gradeNameStep } from '../../src/grading/grades';
import { GRADING_TRACE_CODES, gradingCatalog } from '../../src/grading/gradingCatalog';
import { gradeMovements } from '../../src/grading/movements';
import { scorePoints } from '../../src/grading/points';
import { type GradeResult, gradeCustomers } from '../../src/grading/policy';
import { rfmScores, segmentCustomers } from '../../src/grading/rfm';
import { summariseTransactions } from '../../src/grading/summary';
import { money } from '../../src/money';

/** Runs every grading function in enough variants to emit every code it can. */
function everyTrace(): TraceStep[] {
  const steps: TraceStep[] = [];
  const tx = (customerId: string, date: string, amount: string) => ({ customerId, date, amount });
  const txs = [
    tx('A', '2026-01-05', '900'),
    tx('A', '2026-03-05', '300'),
    tx('B', '2026-02-01', '80'),
    tx('C', '2026-03-30', '0'),
  ];
  for (const unit of ['days', 'weeks', 'iso-weeks', 'calendar-months'] as const) {
    const result = summariseTransactions(txs, {
      currency: 'USD',
      end: '2026-03-31',
      convention: 'rfm',
      unit,
    });
    for (const spec of [
      { kind: 'quantile' as const, bins: 5 },
      { kind: 'thresholds' as const, thresholds: ['1', '10'] },
    ]) {
      const scores = rfmScores(result, { recency: spec, frequency: spec, monetary: spec });
      steps.push(...scores.flatMap((s) => s.trace));
    }
  }
  const grid = [1, 2, 3, 4, 5].flatMap((r) =>
    [1, 2, 3, 4, 5].map((f) => ({ customerId: `${r}${f}`, r, f, m: 1 })),
  );
  steps.push(
    ...segmentCustomers([...grid, { customerId: 'x', r: 0, f: 0, m: 0 }]).flatMap((s) => s.trace),
  );
  steps.push(
    ...segmentCustomers([{ customerId: 'a', r: 1, f: 1, m: 1 }], {
      rules: [{ segment: 'mine', when: { fact: 'r', operator: 'eq', value: 1 } }],
      default: 'rest',
    }).flatMap((s) => s.trace),
  );
  const usd = (amount: string) => money(amount, 'USD');
  steps.push(
    ...abcClasses([
      { customerId: 'a', value: usd('500') },
      { customerId: 'b', value: usd('350') },
      { customerId: 'c', value: usd('100') },
      { customerId: 'd', value: usd('0') },
    ]).customers.flatMap((c) => c.trace),
  );
  const points = {
    effectiveFrom: '2026-01-01',
    groups: [{ id: 'g', max: 5 }],
    rules: [
      {
        id: 'named',
        group: 'g',
        points: 10,
        when: { fact: 'purchases', operator: 'gte', value: 1 },
      },
      { points: 100, when: { fact: 'purchases', operator: 'gte', value: 5 } },
    ],
    max: 50,
  };
  const pointRows = [
    { customerId: 'a', facts: { purchases: 5 } },
    { customerId: 'b', facts: { purchases: 0 } },
  ];
  steps.push(...scorePoints(points, pointRows, { asOf: '2026-06-30' }).flatMap((s) => s.trace));
  steps.push(
    ...scorePoints({ ...points, bands: [{ grade: 'key', min: 10 }], below: 'vip' }, pointRows, {
      asOf: '2026-06-30',
    }).flatMap((s) => s.trace),
  );
  const policy = {
    effectiveFrom: '2026-01-01',
    grades: ['key', 'ordinary', 'potential', 'new', 'dormant', 'lost', 'vip'].map((id) => ({ id })),
    rules: [
      { id: 'big', grade: 'key', when: { fact: 'purchases', operator: 'gte', value: 10 } },
      { grade: 'ordinary', when: { fact: 'purchases', operator: 'gte', value: 2 } },
    ],
    default: 'potential',
    hysteresis: { demoteAfterPeriods: 2, promoteAfterPeriods: 2 },
  };
  const at = (purchases: number, held: string, computed: string) =>
    gradeCustomers(policy, [{ customerId: 'c', facts: { purchases } }], {
      asOf: '2026-06-30',
      period: 'P2',
      history: [{ customerId: 'c', period: 'P1', grade: held, computed }],
    }).grades;
  const graded: GradeResult[] = [
    ...at(12, 'key', 'key'),
    ...at(0, 'key', 'key'), // hold a demotion
    ...at(0, 'key', 'potential'), // demote
    ...at(12, 'potential', 'potential'), // hold a promotion
    ...at(12, 'potential', 'key'), // promote
    ...at(3, 'gone', 'gone'), // unknown previous grade
  ];
  steps.push(...graded.flatMap((g) => g.trace));
  for (const id of ['key', 'ordinary', 'potential', 'new', 'dormant', 'lost', 'vip'])
    steps.push(gradeNameStep(id));
  const report = gradeMovements(
    [
      { customerId: 'a', grade: 'key' },
      { customerId: 'b', grade: 'ordinary' },
      { customerId: 'c', grade: 'key' },
      { customerId: 'd', grade: 'x' },
      { customerId: 'e', grade: 'key' },
    ],
    [
      { customerId: 'a', grade: 'ordinary' },
      { customerId: 'b', grade: 'key' },
      { customerId: 'c', grade: 'key' },
      { customerId: 'd', grade: 'key' },
      { customerId: 'f', grade: 'new' },
    ],
  );
  steps.push(...report.movements.flatMap((m) => m.trace));
  return steps;
}

describe('gradingCatalog', () => {
  const catalog = mergeCatalogs(coreCatalog, gradingCatalog);
  const steps = everyTrace();

  it('renders every step every grading function emits, in en and zh-CN, without fallback', () => {
    expect(findUnrenderable(steps, catalog)).toEqual([]);
  });

  it('has a message for exactly the codes the functions emit (none missing, none dead)', () => {
    const emitted = new Set(
      steps.map((step) => step.code).filter((code) => code.startsWith('grading.')),
    );
    expect([...emitted].sort()).toEqual([...GRADING_TRACE_CODES]);
  });

  it('names grades in natural Chinese', () => {
    const zh = (code: string) => renderStep({ code, params: {} }, { locale: 'zh-CN', catalog });
    expect(
      ['key', 'ordinary', 'potential', 'dormant'].map((g) => zh(`grading.grade.${g}`)),
    ).toEqual(['等级：重点客户', '等级：普通客户', '等级：潜在客户', '等级：休眠客户']);
    expect(zh('grading.segment.champions')).toBe('细分：冠军客户');
  });

  it('renders a whole grade explanation', () => {
    const [graded] = gradeCustomers(
      {
        effectiveFrom: '2026-01-01',
        rules: [
          {
            grade: 'key',
            when: {
              all: [
                { fact: 'amount', operator: 'gte', value: { amount: '1000000', currency: 'CNY' } },
                { fact: 'tenureYears', operator: 'gte', value: 3 },
              ],
            },
          },
        ],
        default: 'ordinary',
      },
      [{ customerId: 'C-1', facts: { amount: money('2500000', 'CNY'), tenureYears: 5 } }],
      { asOf: '2026-06-30' },
    ).grades;
    expect(renderTrace(graded?.trace ?? [], { locale: 'zh-CN', catalog, indent: '  ' })).toEqual([
      '等级：重点客户',
      '命中评级规则第 1 条 → key',
      '  以下条件全部满足 ✓（2 项中满足 2 项）',
      '    amount 大于或等于 1,000,000.00 CNY ✓（实际为 2,500,000.00 CNY）',
      '    tenureYears 大于或等于 3 ✓（实际为 5）',
    ]);
    expect(renderTrace(graded?.trace ?? [], { locale: 'en', catalog }).slice(0, 2)).toEqual([
      'grade: key customer',
      'grading rule 1 holds → key',
    ]);
  });
});
