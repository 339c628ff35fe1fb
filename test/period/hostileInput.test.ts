import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import * as period from '../../src/period';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysInPeriod,
  inRange,
  intersectRanges,
  parsePeriod,
  periodContains,
} from '../../src/period';
import { BYPASSING_VALUES } from '../_support/hostile';
import { expectError } from './_support';

/** Day numbers of the first and last dates a `YYYY-MM-DD` string can write. */
const FIRST = dayNumber('0000-01-01');
const LAST = dayNumber('9999-12-31');
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const anyDate = fc.integer({ min: FIRST, max: LAST }).map((days) => dateOfDayNumber(days));

describe('date helpers refuse garbage (issue 13)', () => {
  it.each([
    ['NaN days', Number.NaN],
    ['fractional days', 1.5],
    ['days as a string', '1'],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an unsafe integer', 2 ** 60],
    ['null', null],
  ])('addDays with %s → INVALID_INPUT at days', (_name, days) => {
    expectError(() => addDays('2026-01-01', days as number), 'INVALID_INPUT', ['days'], days);
    expectError(() => dateOfDayNumber(days as number), 'INVALID_INPUT', ['days'], days);
  });

  it('never writes a date past 9999-12-31 or before 0000-01-01', () => {
    expectError(() => addDays('9999-12-31', 1), 'INVALID_DATE', ['days'], 1);
    expectError(() => addDays('0000-01-01', -1), 'INVALID_DATE', ['days'], -1);
    expectError(() => addDays('2026-01-01', 3_000_000), 'INVALID_DATE', ['days'], 3_000_000);
    expectError(() => dateOfDayNumber(LAST + 1), 'INVALID_DATE', ['days'], LAST + 1);
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0000-01-02', -1)).toBe('0000-01-01');
  });

  it('names the date argument of addDays', () => {
    expectError(() => addDays('2026-02-30', 1), 'INVALID_DATE', ['date'], '2026-02-30');
    expectError(() => addDays(20260101 as unknown as string, 1), 'INVALID_DATE', ['date']);
  });

  it('daysInPeriod of a reversed range is an error, never a negative count', () => {
    expectError(
      () => daysInPeriod({ start: '2026-02-01', end: '2026-01-02' }),
      'INVALID_DATE_RANGE',
      ['period', 'end'],
    );
    expectError(() => daysInPeriod(null as never), 'INVALID_INPUT', ['period']);
  });

  it('range helpers check their ranges', () => {
    expectError(
      () => intersectRanges({ start: '2026-03-01', end: '2026-01-01' }, parsePeriod('2026')),
      'INVALID_DATE_RANGE',
      ['left', 'end'],
    );
    expectError(
      () => intersectRanges(parsePeriod('2026'), { start: 'zzz', end: 'zzzz' }),
      'INVALID_DATE',
      ['right', 'start'],
    );
    expectError(() => periodContains({ start: 'x', end: 'y' }, '2026-01-01'), 'INVALID_DATE', [
      'period',
      'start',
    ]);
    expectError(() => inRange(null as never, '2026-01-01'), 'INVALID_INPUT', ['range']);
  });

  describe('properties', () => {
    it('addDays(addDays(d, n), −n) = d, and every result is a valid date of 0000–9999', () => {
      fc.assert(
        fc.property(
          anyDate,
          fc.integer({ min: -(LAST - FIRST) - 10, max: LAST - FIRST + 10 }),
          (date, n) => {
            const target = dayNumber(date) + n;
            if (target < FIRST || target > LAST) {
              expectError(() => addDays(date, n), 'INVALID_DATE', ['days'], n);
              return;
            }
            const moved = addDays(date, n);
            expect(moved).toMatch(ISO);
            expect(dayNumber(moved)).toBe(target);
            expect(addDays(moved, -n)).toBe(date);
          },
        ),
      );
    });
  });
});

/** Values that bypass the types. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    ...BYPASSING_VALUES,
    -(2 ** 53),
    '1',
    '2026-02-30',
    '9999-12-31',
    '0000-01-01',
    '10000-01-01',
    '2026-13',
    'FY2026-Q5',
    'month',
    'quarter',
    Symbol('s'),
    [],
    {},
    { start: '2026-02-01', end: '2026-01-01' },
    { start: '2026-01-01', end: '2026-04-01' },
    { start: 5, end: null },
    { effectiveFrom: '2026-01-01' },
    { startMonth: Number.NaN },
    () => 1,
  ),
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(parsePeriod('2026-Q1'), parsePeriod('FY2027', { startMonth: 4 })),
);

/** Whether a value holds a NaN, a non-finite number or a string that is not a valid output. */
function poisoned(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'string') return /NaN|Infinity|undefined/.test(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((item) => poisoned(item, seen));
}

describe('every period export, with hostile arguments, returns a sound value or a CrmRulesError', () => {
  const functions = (Object.entries(period) as Array<[string, unknown]>).filter(
    (entry): entry is [string, (...args: unknown[]) => unknown] =>
      typeof entry[1] === 'function' && !('safeParse' in entry[1]),
  );

  it.each(functions)('%s', (_name, run) => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 3 }), (args) => {
        let result: unknown;
        try {
          result = run(...args);
          if (result !== null && typeof result === 'object' && Symbol.iterator in result)
            result = Array.from(result as Iterable<unknown>).slice(0, 50);
        } catch (error) {
          expect(error).toBeInstanceOf(CrmRulesError);
          return;
        }
        const failed = (result as { success?: unknown; error?: unknown } | null)?.success === false;
        if (failed) expect((result as { error: unknown }).error).toBeInstanceOf(CrmRulesError);
        else expect(poisoned(result)).toBe(false);
        if (typeof result === 'string' && ISO.test(result))
          expect(() => dayNumber(result)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
