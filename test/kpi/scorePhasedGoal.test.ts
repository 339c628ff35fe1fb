import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCatalog, findUnrenderable, mergeCatalogs, renderTrace } from '../../src';
import { kpiCatalog, safeScorePhasedGoal, scorePhasedGoal } from '../../src/kpi';
import { Decimal } from '../../src/money';
import { addDays } from '../../src/period';

/** A three-year goal: year 1 weighs 40 %, years 2 and 3 30 % each. */
const goal = {
  id: 'expand-east',
  start: '2026-01-01',
  end: '2029-01-01',
  curve: { kind: 'ratio', direction: 'higher-is-better', cap: '1.5' },
  phases: [
    { id: 'y1', start: '2026-01-01', end: '2027-01-01', target: '1000000', weight: '40' },
    { id: 'y2', start: '2027-01-01', end: '2028-01-01', target: '3650000', weight: '30' },
    { id: 'y3', start: '2028-01-01', end: '2029-01-01', target: '5000000', weight: '30' },
  ],
};
const catalog = mergeCatalogs(coreCatalog, kpiCatalog);

describe('scorePhasedGoal', () => {
  it('scores complete phases, prorates the current one, leaves the future unscored', () => {
    const r = scorePhasedGoal(goal, { y1: '1200000', y2: '450000' }, { asOf: '2027-03-31' });
    expect(
      r.phases.map((p) => [
        p.phase,
        p.status,
        p.elapsedDays,
        p.targetToDate,
        p.score,
        p.contribution,
      ]),
    ).toEqual([
      ['y1', 'complete', 365, '1000000', '1.2', '0.48'],
      ['y2', 'current', 90, '900000', '0.5', '0.15'],
      ['y3', 'future', 0, '0', null, null],
    ]);
    // (40 × 1.2 + 30 × 0.5) ÷ 70 = 0.9; with year 3 at 0: 0.63.
    expect([r.scoreToDate, r.total]).toEqual(['0.9', '0.63']);
    expect(renderTrace(r.phases[1]?.trace ?? [], { locale: 'en', catalog })[0]).toBe(
      'phase y2 is in progress: 90 of 365 days → target to date 3,650,000 × 90 ÷ 365 = 900,000',
    );
    expect(renderTrace(r.trace, { locale: 'zh-CN', catalog })).toEqual([
      '截至 2027-03-31：已评分的 2 个阶段加权平均（权重合计 70%）= 0.9',
      '目标总分：Σ 权重 × 得分 ÷ 100，未开始的阶段计 0 = 0.63',
    ]);
  });

  it('rounds the target to date at the goal scale by largest remainder', () => {
    // 1,000,000 × 1 ÷ 365 = 2739.726… → 2739.73.
    const r = scorePhasedGoal(goal, { y1: '3000' }, { asOf: '2026-01-01' });
    expect(r.phases[0]?.targetToDate).toBe('2739.73');
    const whole = scorePhasedGoal({ ...goal, scale: 0 }, { y1: '3000' }, { asOf: '2026-01-01' });
    expect(whole.phases[0]?.targetToDate).toBe('2740');
  });

  it('scores nothing before the goal begins, and everything at its end', () => {
    const before = scorePhasedGoal(goal, {}, { asOf: '2025-12-31' });
    expect([before.scoreToDate, before.total, before.trace[0]?.code]).toEqual([
      null,
      '0',
      'kpi.goal.to-date.none',
    ]);
    const end = scorePhasedGoal(
      goal,
      { y1: '1000000', y2: '3650000', y3: '7500000' },
      { asOf: '2028-12-31' },
    );
    expect([end.scoreToDate, end.total]).toEqual(['1.15', '1.15']);
  });

  it('emits only codes kpiCatalog renders, and every kpi.goal code', () => {
    const runs = [
      scorePhasedGoal(goal, { y1: '1200000', y2: '450000' }, { asOf: '2027-03-31' }),
      scorePhasedGoal(goal, {}, { asOf: '2020-01-01' }),
      scorePhasedGoal(
        { ...goal, scale: 0, phases: goal.phases.map((p) => ({ ...p, target: '1' })) },
        { y1: '1' },
        { asOf: '2026-01-01' },
      ),
    ];
    const steps = runs.flatMap((r) => [...r.trace, ...r.phases.flatMap((p) => p.trace)]);
    expect(findUnrenderable(steps, catalog)).toEqual([]);
    const codes = [...kpiCatalog.messages.keys()].filter((c) => c.startsWith('kpi.goal.'));
    expect(new Set(steps.map((s) => s.code).filter((c) => c.startsWith('kpi.goal.')))).toEqual(
      new Set(codes),
    );
  });

  it('refuses bad goals and actuals with one coded error and its path', () => {
    const at = (g: object, actuals: object = { y1: '1' }, asOf = '2026-06-30') => {
      const r = safeScorePhasedGoal(g, actuals as never, { asOf });
      return r.success ? null : [r.error.code, r.error.path];
    };
    const phases = goal.phases;
    expect(at({ ...goal, phases: [{ ...phases[0], weight: '50' }, phases[1], phases[2]] })).toEqual(
      ['WEIGHTS_NOT_100', ['goal', 'phases']],
    );
    expect(at({ ...goal, phases: [phases[1], phases[0], phases[2]] })).toEqual([
      'INVALID_DATE_RANGE',
      ['goal', 'phases', 1, 'start'],
    ]);
    expect(
      at({ ...goal, phases: [phases[0], { ...phases[1], start: '2026-12-01' }, phases[2]] }),
    ).toEqual(['INVALID_DATE_RANGE', ['goal', 'phases', 1, 'start']]);
    expect(
      at({ ...goal, phases: [phases[0], phases[1], { ...phases[2], end: '2029-02-01' }] }),
    ).toEqual(['INVALID_DATE_RANGE', ['goal', 'phases', 2, 'end']]);
    expect(at({ ...goal, phases: [{ ...phases[0], target: '0' }, phases[1], phases[2]] })).toEqual([
      'INVALID_AMOUNT',
      ['goal', 'phases', 0, 'target'],
    ]);
    expect(
      at({ ...goal, phases: [{ ...phases[0], target: '1.001' }, phases[1], phases[2]] }),
    ).toEqual(['INVALID_INPUT', ['goal', 'phases', 0, 'target']]);
    expect(at(goal, {})).toEqual(['INVALID_INPUT', ['actuals', 'y1']]);
    expect(at(goal, { y1: '1', y9: '1' })).toEqual(['INVALID_INPUT', ['actuals', 'y9']]);
    expect(at(goal, { y1: 0.5 })).toEqual(['INVALID_AMOUNT', ['actuals', 'y1']]);
    expect(at(goal, { y1: '1' }, '2026-02-30')).toEqual(['INVALID_DATE', ['options', 'asOf']]);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: -10, max: 3 * 366 + 10 }).map((n) => addDays('2026-01-01', n));
  const amount = fc.integer({ min: 0, max: 10_000_000 }).map(String);

  it('the targets to date grow with asOf, never pass the targets, and add up to them at the end', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const actuals = { y1: '1', y2: '1', y3: '1' };
        const sum = (asOf: string) =>
          scorePhasedGoal(goal, actuals, { asOf }).phases.map((p) => new Decimal(p.targetToDate));
        const e = sum(early);
        const l = sum(late);
        e.forEach((t, i) => {
          expect(t.lte(l[i] as Decimal)).toBe(true);
          expect(t.lte(goal.phases[i]?.target as string)).toBe(true);
        });
      }),
    );
    const end = scorePhasedGoal(goal, { y1: '1', y2: '1', y3: '1' }, { asOf: '2028-12-31' });
    expect(Decimal.sum(...end.phases.map((p) => p.targetToDate)).toFixed()).toBe('9650000');
  });

  it('the score to date is a weighted average within the curve, never NaN', () => {
    fc.assert(
      fc.property(day, amount, amount, amount, (asOf, y1, y2, y3) => {
        const r = scorePhasedGoal(goal, { y1, y2, y3 }, { asOf });
        for (const text of [r.scoreToDate ?? '0', r.total])
          expect(new Decimal(text).gte(0) && new Decimal(text).lte('1.5')).toBe(true);
        const scored = r.phases.filter((p) => p.contribution !== null);
        const contributions = Decimal.sum(0, ...scored.map((p) => p.contribution as string));
        expect(contributions.eq(r.total)).toBe(true);
      }),
    );
  });
});
