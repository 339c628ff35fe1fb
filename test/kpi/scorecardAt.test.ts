import { describe, expect, it } from 'vitest';
import { safeScorecardAt, scorecardAt } from '../../src/kpi';

const version = (effectiveFrom: string, salesWeight: string, extra: object = {}) => ({
  id: 'am',
  effectiveFrom,
  scale: { min: '0', max: '5' },
  combine: 'weighted-sum',
  kpis: [
    {
      id: 'sales',
      metric: 'sales_amount',
      weight: salesWeight,
      curve: { kind: 'ratio', direction: 'higher-is-better' },
    },
    {
      id: 'csat',
      metric: 'csat',
      weight: String(100 - Number(salesWeight)),
      curve: { kind: 'ratio', direction: 'higher-is-better' },
    },
  ],
  ...extra,
});

describe('scorecardAt', () => {
  const history = [version('2026-07-01', '50'), version('2026-01-01', '60')];

  it('picks the version in force on the date, in any order, like grade policies and point rules', () => {
    expect(scorecardAt(history, '2026-01-01').kpis[0]?.weight).toBe('60');
    expect(scorecardAt(history, '2026-06-30').kpis[0]?.weight).toBe('60');
    expect(scorecardAt(history, '2026-07-01').kpis[0]?.weight).toBe('50');
    expect(scorecardAt(version('2026-01-01', '70'), '2030-01-01').kpis[0]?.weight).toBe('70');
  });

  it.each([
    ['a date before the first version', history, '2025-12-31', 'NO_VERSION_IN_FORCE', ['versions']],
    ['no versions', [], '2026-01-01', 'NO_VERSION_IN_FORCE', ['versions']],
    [
      'a closed version',
      [version('2026-01-01', '60', { effectiveTo: '2026-04-01' })],
      '2026-04-01',
      'NO_VERSION_IN_FORCE',
      ['versions'],
    ],
    [
      'two versions in force on one day',
      [version('2026-01-01', '60'), version('2026-01-01', '50')],
      '2026-02-01',
      'OVERLAPPING_VERSIONS',
      ['versions', 1],
    ],
    [
      'a bad version',
      [version('2026-01-01', '60'), version('2026-07-01', '30', { kpis: [] })],
      '2026-02-01',
      'INVALID_INPUT',
      ['versions', 1, 'kpis'],
    ],
    ['a malformed date', history, '2026-13-01', 'INVALID_DATE', ['date']],
  ])('refuses %s', (_, versions, date, code, path) => {
    const result = safeScorecardAt(versions, date);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([code, path]);
  });
});
