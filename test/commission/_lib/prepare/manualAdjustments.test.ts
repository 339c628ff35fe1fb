import { describe, expect, it } from 'vitest';
import { computeStatements, safeComputeStatements } from '../../../../src/commission';
import { assign, input, plan } from '../../fixtures';

function adjustment(payeeId: string, period: string, amount = '150.00', id = 'ADJ-1') {
  return { id, payeeId, period, amount: { amount, currency: 'USD' }, reason: 'correction' };
}

function failure(adjustments: ReturnType<typeof adjustment>[], extra = {}) {
  const result = safeComputeStatements(input({ adjustments, ...extra }));
  return result.success ? null : [result.error.code, result.error.path];
}

describe('manual adjustments are applied or refused, never ignored (issue 13)', () => {
  it('an adjustment for a payee without an assignment in the period is UNKNOWN_PAYEE', () => {
    expect(
      failure([adjustment('AM-7', '2026-03'), adjustment('AM-9', '2026-03', '1', 'ADJ-2')]),
    ).toEqual(['UNKNOWN_PAYEE', ['adjustments', 1, 'payeeId']]);
    // an assignment that ended before the period is none in it
    expect(
      failure([adjustment('AM-8', '2026-03')], {
        assignments: [assign('AM-7'), assign('AM-8', { effectiveTo: '2026-02-01' })],
      }),
    ).toEqual(['UNKNOWN_PAYEE', ['adjustments', 0, 'payeeId']]);
  });

  it('a period label that does not parse is INVALID_PERIOD', () => {
    for (const label of ['March 2026', '2026-13', '2026-3'])
      expect(failure([adjustment('AM-7', label)])).toEqual([
        'INVALID_PERIOD',
        ['adjustments', 0, 'period'],
      ]);
  });

  it('a period of another grain than the plans close is INVALID_PERIOD (no run would apply it)', () => {
    expect(failure([adjustment('AM-7', '2026-Q1')])).toEqual([
      'INVALID_PERIOD',
      ['adjustments', 0, 'period'],
    ]);
    const quarterly = plan({ periodGrain: 'quarter' });
    expect(
      failure([adjustment('AM-7', '2026-03')], { period: '2026-Q1', plans: [quarterly] }),
    ).toEqual(['INVALID_PERIOD', ['adjustments', 0, 'period']]);
  });

  it('appears in the period it names; one naming another period is that run’s, not this one’s', () => {
    const adjustments = [
      adjustment('AM-7', '2026-03', '150.00', 'ADJ-MAR'),
      adjustment('AM-7', '2026-04', '99.00', 'ADJ-APR'),
      // a payee unknown in March is not checked in March for an April adjustment
      adjustment('AM-9', '2026-04', '1.00', 'ADJ-AM9'),
    ];
    const march = computeStatements(input({ adjustments }));
    expect(march.map((s) => s.lines.map((l) => [l.id, l.amount]))).toEqual([
      [['manual/ADJ-MAR', '150.00']],
    ]);
    const april = safeComputeStatements(input({ period: '2026-04', adjustments }));
    expect(april.success ? null : [april.error.code, april.error.path]).toEqual([
      'UNKNOWN_PAYEE',
      ['adjustments', 2, 'payeeId'],
    ]);
  });

  it('a fiscal label is read in the plans’ calendar', () => {
    const fiscal = plan({ calendar: { startMonth: 4 }, periodGrain: 'quarter' });
    const [statement] = computeStatements(
      input({
        period: 'FY2026-Q4',
        plans: [fiscal],
        adjustments: [adjustment('AM-7', 'FY2026-Q4')],
      }),
    );
    expect(statement?.lines.map((l) => l.id)).toEqual(['manual/ADJ-1']);
  });
});

describe('KPI scores with a period label that names no period (issue 13)', () => {
  it('are INVALID_PERIOD, not ignored; another period’s score is left for its run', () => {
    const score = (period: string) => ({ payeeId: 'AM-7', kpi: 'csat', period, score: '90' });
    const result = safeComputeStatements(
      input({ kpiScores: [score('2026-04'), score('Mar 2026')] }),
    );
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_PERIOD',
      ['kpiScores', 1, 'period'],
    ]);
    expect(safeComputeStatements(input({ kpiScores: [score('2026-04')] })).success).toBe(true);
  });
});
