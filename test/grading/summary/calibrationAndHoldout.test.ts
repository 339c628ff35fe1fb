import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calibrationAndHoldout,
  ledgerOf,
  safeCalibrationAndHoldout,
  summarise,
} from '../../../src/grading/summary';
import { hasSharedData, readSharedText } from '../../_support/sharedData';

const usd = { currency: 'USD' } as const;
const tx = (customerId: string, date: string, amount: string) => ({ customerId, date, amount });

// Worked example after lifetimes' `calibration_and_holdout_data` (lifetimes/utils.py,
// CamDavidsonPilon/lifetimes): the calibration summary is the summary at the calibration end
// (inclusive); `frequency_holdout` counts the distinct periods with transactions after it, up to
// the observation end (inclusive), for the calibration customers (a left join: customers first
// seen in the holdout are dropped, the others get 0); `duration_holdout` is observation end −
// calibration end in periods.
const book = [
  tx('A', '2026-01-05', '10'),
  tx('A', '2026-01-19', '20'),
  tx('A', '2026-02-02', '30'),
  tx('A', '2026-02-02', '5'), // same day: one purchase day
  tx('A', '2026-02-16', '15'),
  tx('B', '2026-01-25', '40'), // bought once in the calibration, nothing after
  tx('C', '2026-02-09', '99'), // first seen in the holdout: not in the result
];
const ledger = ledgerOf(book, usd);

describe('calibrationAndHoldout', () => {
  it('splits at the calibration end: calibration summary, holdout purchases and duration (days)', () => {
    const split = calibrationAndHoldout(ledger, {
      calibrationEnd: '2026-01-31',
      observationEnd: '2026-02-28',
    });
    // A: calibration days 5 and 19 Jan → frequency 1, recency 14, T 26; holdout 2 and 16 Feb → 2.
    // B: 25 Jan → frequency 0, T 6; holdout 0. Duration 28 days.
    expect(
      split.calibration.summaries.map((s) => [s.customerId, s.frequency, s.recency, s.T]),
    ).toEqual([
      ['A', 1, 14, 26],
      ['B', 0, 0, 6],
    ]);
    expect(
      split.holdout.map((h) => [h.customerId, h.frequency, h.value.amount.toString()]),
    ).toEqual([
      ['A', 2, '50'],
      ['B', 0, '0'],
    ]);
    expect(split.duration).toBe(28);
    expect(split.calibration.end).toBe('2026-01-31');
  });

  it('weeks and ISO weeks: duration in the unit, holdout purchases per bucket', () => {
    const weeks = calibrationAndHoldout(ledger, {
      calibrationEnd: '2026-01-31',
      observationEnd: '2026-02-28',
      unit: 'weeks',
    });
    expect(weeks.duration).toBe(4);
    // ISO weeks: 31 Jan 2026 is a Saturday (week of 26 Jan), 28 Feb a Saturday (week of 23 Feb).
    const iso = calibrationAndHoldout(ledger, {
      calibrationEnd: '2026-01-31',
      observationEnd: '2026-02-28',
      unit: 'iso-weeks',
    });
    expect(iso.duration).toBe(4);
    expect(iso.holdout.map((h) => h.frequency)).toEqual([2, 0]);
  });

  it('an empty holdout (observation end = calibration end) has zero purchases and duration', () => {
    const split = calibrationAndHoldout(ledger, {
      calibrationEnd: '2026-01-31',
      observationEnd: '2026-01-31',
    });
    expect(split.holdout.map((h) => h.frequency)).toEqual([0, 0]);
    expect(split.duration).toBe(0);
  });

  it('refuses an observation end before the calibration end', () => {
    const result = safeCalibrationAndHoldout(ledger, {
      calibrationEnd: '2026-01-31',
      observationEnd: '2026-01-30',
    });
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_DATE_RANGE',
      ['options', 'observationEnd'],
    ]);
  });
});

describe.skipIf(!hasSharedData)('CDNOW sample: holdout (weeks 40–78)', () => {
  it('counts each customer’s distinct purchase days from 1997-10-01 to 1998-06-30', () => {
    const rows = readSharedText('cdnow/CDNOW_sample.txt')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [, id, date, , amount] = line.trim().split(/\s+/) as [
          string,
          string,
          string,
          string,
          string,
        ];
        return tx(
          String(Number(id)),
          `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
          amount,
        );
      });
    const split = calibrationAndHoldout(ledgerOf(rows, usd), {
      calibrationEnd: '1997-09-30',
      observationEnd: '1998-06-30',
      unit: 'weeks',
    });
    // Independent count: distinct (customer, day) pairs after the calibration end.
    const days = new Map<string, Set<string>>();
    for (const row of rows)
      if (row.date > '1997-09-30')
        days.set(row.customerId, (days.get(row.customerId) ?? new Set()).add(row.date));
    expect(split.calibration.summaries).toHaveLength(2357);
    expect(split.holdout.map((h) => h.frequency)).toEqual(
      split.holdout.map((h) => days.get(h.customerId)?.size ?? 0),
    );
    expect(split.duration).toBeCloseTo(273 / 7, 12); // 39 weeks
  });
});

describe('properties', () => {
  it('calibration is the summary at the calibration end; holdout + calibration purchases = purchases at the observation end', () => {
    const dayArb = fc
      .integer({ min: 0, max: 120 })
      .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('A', 'B', 'C'), dayArb, fc.integer({ min: 1, max: 99 })),
          { minLength: 1, maxLength: 25 },
        ),
        dayArb,
        (items, cut) => {
          const l = ledgerOf(
            items.map(([c, d, a]) => tx(c, d, String(a))),
            usd,
          );
          const first = items.map(([, d]) => d).sort()[0] as string;
          const calibrationEnd = cut < first ? first : cut;
          const split = calibrationAndHoldout(l, { calibrationEnd, observationEnd: '2026-05-01' });
          expect(split.calibration).toEqual(summarise(l, { end: calibrationEnd }));
          const whole = new Map(
            summarise(l, { end: '2026-05-01' }).summaries.map((s) => [s.customerId, s]),
          );
          split.calibration.summaries.forEach((s, i) => {
            expect(s.purchases + (split.holdout[i]?.frequency ?? -1)).toBe(
              whole.get(s.customerId)?.purchases,
            );
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
