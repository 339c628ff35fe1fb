import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prorateTarget, safeProrateTarget } from '../../src/kpi';
import { money } from '../../src/money';
import { addDays, parsePeriod } from '../../src/period';
import { thrown } from '../_support/money';

const q1 = parsePeriod('2026-Q1'); // 2026-01-01 … 2026-03-31, 90 days

describe('prorateTarget', () => {
  it('prorates a mid-quarter hire by days in post', () => {
    const share = prorateTarget(money('90000', 'USD'), q1, { hireDate: '2026-02-15' });
    expect([share.target.amount.toFixed(2), share.coveredDays, share.totalDays]).toEqual([
      '45000.00',
      45,
      90,
    ]);
  });

  it('counts the leave date as a day in post', () => {
    const share = prorateTarget(money('90000', 'USD'), q1, { leaveDate: '2026-01-01' });
    expect([share.target.amount.toFixed(2), share.coveredDays]).toEqual(['1000.00', 1]);
  });

  it('rounds half-up to the minor unit', () => {
    // 1.00 × 45 / 90 = 0.50 exactly; 0.01 × 45 / 90 = 0.005 → 0.01 (half-up)
    expect(
      prorateTarget(money('0.01', 'USD'), q1, { hireDate: '2026-02-15' }).target.amount.toFixed(2),
    ).toBe('0.01');
    // 1.00 × 1 / 90 = 0.0111… → 0.01
    expect(
      prorateTarget(money('1', 'USD'), q1, { hireDate: '2026-03-31' }).target.amount.toFixed(2),
    ).toBe('0.01');
  });

  it('gives the whole target without dates and nothing outside the period', () => {
    expect(prorateTarget(money('10', 'USD'), q1).target.amount.toFixed(2)).toBe('10.00');
    expect(prorateTarget(money('10', 'USD'), q1, { hireDate: '2026-05-01' }).coveredDays).toBe(0);
    expect(
      prorateTarget(money('10', 'USD'), q1, { leaveDate: '2025-12-31' }).target.amount.toFixed(2),
    ).toBe('0.00');
  });

  it('refuses bad dates and a leave before the hire with one coded error', () => {
    expect(
      thrown(() => prorateTarget(money('1', 'USD'), q1, { hireDate: '2026-02-30' })),
    ).toMatchObject({
      code: 'INVALID_DATE',
      path: ['tenure', 'hireDate'],
    });
    expect(
      thrown(() =>
        prorateTarget(money('1', 'USD'), q1, { hireDate: '2026-02-10', leaveDate: '2026-02-09' }),
      ),
    ).toMatchObject({ code: 'INVALID_DATE_RANGE', path: ['tenure', 'leaveDate'] });
    expect(thrown(() => prorateTarget(money('-1', 'USD'), q1))).toMatchObject({
      code: 'INVALID_AMOUNT',
      path: ['target'],
    });
    expect(safeProrateTarget(money('1', 'USD'), null as never)).toMatchObject({
      success: false,
      error: { path: ['period'] },
    });
  });
});

describe('properties', () => {
  it('a hire and a leaver on the same day split the target between them exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 89 }),
        (cents, day) => {
          const target = money((cents / 100).toFixed(2), 'USD');
          const switchDay = addDays('2026-01-01', day);
          const joiner = prorateTarget(target, q1, { hireDate: switchDay });
          const leaver =
            day === 0
              ? undefined
              : prorateTarget(target, q1, { leaveDate: addDays(switchDay, -1) });
          expect(joiner.coveredDays + (leaver?.coveredDays ?? 0)).toBe(90);
          const sum = joiner.target.amount.plus(leaver?.target.amount ?? 0);
          // Each is rounded half-up on its own, so the two may differ from the whole by a cent.
          expect(sum.minus(target.amount).abs().lte('0.01')).toBe(true);
        },
      ),
    );
  });
});
