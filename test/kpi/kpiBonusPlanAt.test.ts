import { describe, expect, it } from 'vitest';
import { computeKpiBonus, kpiBonusPlanAt, safeKpiBonusPlanAt } from '../../src/kpi';

const version = (effectiveFrom: string, amount: string, extra: object = {}) => ({
  id: 'am-bonus',
  effectiveFrom,
  currency: 'CNY',
  target: { kind: 'amount', amount: { amount, currency: 'CNY' } },
  payoutCurve: {
    kind: 'linear',
    points: [
      { x: '0', y: '0' },
      { x: '100', y: '100' },
    ],
  },
  ...extra,
});
const amountOf = (plan: ReturnType<typeof kpiBonusPlanAt>) =>
  plan.target.kind === 'amount' ? plan.target.amount.amount : null;

describe('kpiBonusPlanAt', () => {
  const history = [version('2026-07-01', '25000'), version('2026-01-01', '20000')];

  it('picks the version in force on the date, in any order, as scorecardAt does', () => {
    expect(amountOf(kpiBonusPlanAt(history, '2026-01-01'))).toBe('20000');
    expect(amountOf(kpiBonusPlanAt(history, '2026-06-30'))).toBe('20000');
    expect(amountOf(kpiBonusPlanAt(history, '2026-07-01'))).toBe('25000');
    expect(amountOf(kpiBonusPlanAt(version('2026-01-01', '1'), '2030-01-01'))).toBe('1');
  });

  it('gives a plan computeKpiBonus takes as it is', () => {
    const plan = kpiBonusPlanAt(history, '2026-09-30');
    const { payout } = computeKpiBonus(plan, { score: '80' });
    expect([payout.amount.toFixed(2), payout.currency]).toEqual(['20000.00', 'CNY']);
  });

  it.each([
    ['a date before the first version', history, '2025-12-31', 'NO_VERSION_IN_FORCE', ['versions']],
    ['no versions', [], '2026-01-01', 'NO_VERSION_IN_FORCE', ['versions']],
    [
      'a closed version',
      [version('2026-01-01', '1', { effectiveTo: '2026-04-01' })],
      '2026-04-01',
      'NO_VERSION_IN_FORCE',
      ['versions'],
    ],
    [
      'two versions in force on one day',
      [version('2026-01-01', '1'), version('2026-01-01', '2')],
      '2026-02-01',
      'OVERLAPPING_VERSIONS',
      ['versions', 1],
    ],
    [
      'a bad version',
      [version('2026-01-01', '1'), version('2026-07-01', '2', { combine: 'sometimes' })],
      '2026-02-01',
      'INVALID_INPUT',
      ['versions', 1, 'combine'],
    ],
    ['a malformed date', history, '2026-13-01', 'INVALID_DATE', ['date']],
  ])('refuses %s', (_, versions, date, code, path) => {
    const result = safeKpiBonusPlanAt(versions, date);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([code, path]);
  });
});
