import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCatalog, findUnrenderable, mergeCatalogs, renderTrace } from '../../src';
import {
  explainCascadeTarget,
  explainSplitTarget,
  forcedDistribution,
  kpiCatalog,
  percentileRank,
  prorateTarget,
  rankScores,
  safeExplainCascadeTarget,
  safeExplainSplitTarget,
  splitTarget,
  zScores,
} from '../../src/kpi';
import { Decimal, money } from '../../src/money';
import { parsePeriod } from '../../src/period';

const catalog = mergeCatalogs(coreCatalog, kpiCatalog);
const en = (trace: readonly { code: string; params: object }[]) =>
  renderTrace(trace as never, { locale: 'en', catalog });
const zh = (trace: readonly { code: string; params: object }[]) =>
  renderTrace(trace as never, { locale: 'zh-CN', catalog });

describe('target traces', () => {
  it('explains a seasonal split part by part, with the unit from the largest remainder', () => {
    const { parts, trace } = explainSplitTarget(money('1200000', 'CNY'), ['20', '30', '25', '25']);
    expect(parts).toEqual(splitTarget(money('1200000', 'CNY'), ['20', '30', '25', '25']));
    expect(en(trace).slice(0, 2)).toEqual([
      'annual target 1,200,000.00 CNY split into 4 parts by weights totalling 100',
      'part 1: 1,200,000.00 CNY × weight 20 ÷ 100 = 240,000.00 CNY',
    ]);
    expect(en(explainSplitTarget(money('100', 'USD'), [1, 1, 1]).trace)[1]).toBe(
      'part 1: 100.00 USD × weight 1 ÷ 3 = 33.33 USD rounded down, + 0.01 USD from the largest remainder = 33.34 USD',
    );
    expect(zh(explainSplitTarget(money('100', 'USD'), [1, 1, 1]).trace)[1]).toBe(
      '第 1 份：100.00 USD × 权重 1 ÷ 3 向下取整为 33.33 USD，按最大余数法 + 0.01 USD = 33.34 USD',
    );
    const bad = safeExplainSplitTarget(money('-1', 'USD'), [1]);
    expect(bad.success ? null : [bad.error.code, bad.error.path]).toEqual([
      'INVALID_AMOUNT',
      ['annual'],
    ]);
  });

  it('explains a cascade member by member, in id order', () => {
    const { targets, trace } = explainCascadeTarget(money('100', 'USD'), {
      wang: '1',
      li: '1',
      zhao: '1',
    });
    expect(Object.keys(targets)).toEqual(['li', 'wang', 'zhao']);
    expect(en(trace)).toEqual([
      'team target 100.00 USD cascaded to 3 members by shares totalling 3',
      'member li: 100.00 USD × share 1 ÷ 3 = 33.33 USD rounded down, + 0.01 USD from the largest remainder = 33.34 USD',
      'member wang: 100.00 USD × share 1 ÷ 3 = 33.33 USD',
      'member zhao: 100.00 USD × share 1 ÷ 3 = 33.33 USD',
    ]);
    const bad = safeExplainCascadeTarget(money('100', 'USD'), { li: '-1' });
    expect(bad.success ? null : bad.error.path).toEqual(['shares', 'li']);
  });

  it('explains a proration by days in post', () => {
    const q1 = parsePeriod('2026-Q1');
    const share = prorateTarget(money('90000', 'USD'), q1, { hireDate: '2026-02-15' });
    expect(en(share.trace)).toEqual([
      'target 90,000.00 USD × 45 days in post (2026-02-15 to 2026-03-31) ÷ 90 days = 45,000.00 USD',
    ]);
    const none = prorateTarget(money('90000', 'USD'), q1, { hireDate: '2026-05-01' });
    expect(zh(none.trace)).toEqual(['期间内未在岗：目标 90,000.00 USD × 0 ÷ 90 天 = 0.00 USD']);
  });
});

describe('calibration traces', () => {
  const team = [
    { id: 'a', score: '92' },
    { id: 'b', score: '85' },
    { id: 'c', score: '92' },
    { id: 'd', score: '70' },
  ];

  it('explains a rank, a percentile rank and a z-score', () => {
    expect(en(rankScores(team)[2]?.trace ?? [])).toEqual([
      'b: score 85, 2 scores higher, 0 tied → rank 3',
    ]);
    expect(en(rankScores(team)[0]?.trace ?? [])).toEqual([
      'a: score 92, 0 scores higher, 1 tied → rank 1',
    ]);
    expect(en(percentileRank(team)[0]?.trace ?? [])).toEqual([
      'a: (2 below + 2 equal ÷ 2) ÷ 4 × 100 = percentile rank 75.00',
    ]);
    const three = [
      { id: 'a', score: '2' },
      { id: 'b', score: '4' },
      { id: 'c', score: '6' },
    ];
    expect(en(zScores(three, { deviation: 'sample' })[0]?.trace ?? [])).toEqual([
      'c: (score 6 − mean 4.000000) ÷ σ 2.000000 (sample, ÷ n − 1, n = 3) = z 1.0000',
    ]);
    expect(zh(zScores(three)[0]?.trace ?? [])).toEqual([
      'c：（得分 6 − 均值 4.000000）÷ 总体标准差 1.632993（÷ n，n = 3）= z 1.2247',
    ]);
  });

  it('explains a forced distribution bucket by bucket, and who falls outside', () => {
    const proposed = [
      { id: 'an', score: '92', bucket: 'top' },
      { id: 'bo', score: '88', bucket: 'top' },
      { id: 'chen', score: '80', bucket: 'top' },
      { id: 'du', score: '75', bucket: 'middle' },
      { id: 'fang', score: '60', bucket: 'bottom' },
    ] as const;
    const check = forcedDistribution(proposed, { top: '20', middle: '70', bottom: '10' });
    expect(en(check.trace)).toEqual([
      'top: 20% of 5 = 1 → 1 to 1 people (guideline 1); 3 proposed: over the maximum',
      'middle: 70% of 5 = 3.5 → 3 to 4 people (guideline 4); 1 proposed: under the minimum',
      'bottom: 10% of 5 = 0.5 → 0 to 1 people (guideline 0); 1 proposed: within the range',
      'chen falls outside top',
      'bo falls outside top',
    ]);
  });

  it('emits only codes kpiCatalog renders, and every kpi.target and kpi.calibration code', () => {
    const q1 = parsePeriod('2026-Q1');
    const steps = [
      ...explainSplitTarget(money('100', 'USD'), [1, 1, 1]).trace,
      ...explainCascadeTarget(money('100', 'USD'), { a: 1, b: 2 }).trace,
      ...prorateTarget(money('9', 'USD'), q1, { hireDate: '2026-02-01' }).trace,
      ...prorateTarget(money('9', 'USD'), q1, { leaveDate: '2025-12-01' }).trace,
      ...rankScores(team).flatMap((r) => r.trace),
      ...percentileRank(team).flatMap((r) => r.trace),
      ...zScores(team).flatMap((r) => r.trace),
      ...zScores(team, { deviation: 'sample' }).flatMap((r) => r.trace),
      ...forcedDistribution(
        [
          { id: 'a', score: '3', bucket: 'top' },
          { id: 'b', score: '2', bucket: 'top' },
          { id: 'c', score: '1', bucket: 'bottom' },
        ],
        { top: '20', middle: '60', bottom: '20' },
      ).trace,
    ];
    expect(findUnrenderable(steps, catalog)).toEqual([]);
    const mine = (c: string) => c.startsWith('kpi.target.') || c.startsWith('kpi.calibration.');
    expect(new Set(steps.map((s) => s.code).filter(mine))).toEqual(
      new Set([...kpiCatalog.messages.keys()].filter(mine)),
    );
  });
});

describe('properties', () => {
  it("a split's trace restates it: each part is its share rounded down plus the units it got", () => {
    const weight = fc.integer({ min: 0, max: 1000 }).map(String);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(weight, { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x !== '0')),
        (cents, weights) => {
          const annual = money(new Decimal(cents.toString()).div(100), 'USD');
          const { parts, trace } = explainSplitTarget(annual, weights);
          const total = Decimal.sum(...weights);
          let extras = new Decimal(0);
          trace.slice(1).forEach((step, i) => {
            const p = step.params as Record<string, string>;
            const floor = new Decimal(p.floor ?? p.amount ?? '0');
            extras = extras.plus(p.extra ?? '0');
            expect(floor.lte(annual.amount.times(weights[i] as string).div(total))).toBe(true);
            expect(floor.plus(p.extra ?? '0').eq((parts[i] as { amount: Decimal }).amount)).toBe(
              true,
            );
          });
          // The leftover units: fewer than the parts, one at most each.
          expect(extras.times(100).lt(parts.length)).toBe(true);
        },
      ),
    );
  });
});
