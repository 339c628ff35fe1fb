import fc from 'fast-check';
import { expect } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import type { FiscalCalendar, Grain } from '../../src/period';

/** Runs `run`, expects a CrmRulesError and returns it. */
export function thrown(run: () => unknown): CrmRulesError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrmRulesError);
    return error as CrmRulesError;
  }
  throw new Error('expected a CrmRulesError, but nothing was thrown');
}

/** Expects `run` to throw a CrmRulesError with this code, path and (when given) value. */
export function expectError(
  run: () => unknown,
  code: string,
  path: ReadonlyArray<string | number>,
  ...value: [unknown?]
): void {
  const error = thrown(run);
  expect({ code: error.code, path: error.path }).toEqual({ code, path });
  if (value.length > 0) expect(error.value).toEqual(value[0]);
}

/*
 * Oracles. The library computes dates as day numbers with its own calendar code; the tests check
 * it against JavaScript's UTC calendar (Date.UTC), an independent implementation of the same
 * proleptic Gregorian calendar. Tests only: the library never touches Date.
 */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, by Date.UTC. */
export function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return Math.round(at.getTime() / DAY_MS);
}

/** The `YYYY-MM-DD` date of a day number, by Date. */
export function utcDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Every date of a half-open range, in order. */
export function daysOf(range: { start: string; end: string }): string[] {
  const days: string[] = [];
  for (let day = utcDay(range.start); day < utcDay(range.end); day += 1) days.push(utcDate(day));
  return days;
}

/** Months per grain, written out here rather than imported. */
export const MONTHS: Record<Grain, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** Year and month (1-12) of a date. */
export function yearMonth(date: string): [number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
}

/** Whole months from `a` to `b` (both first days of months). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = yearMonth(a);
  const [yb, mb] = yearMonth(b);
  return (yb - ya) * 12 + (mb - ma);
}

/** Dates from 1900-01-01 to 2199-12-31. */
export const dateArb: fc.Arbitrary<string> = fc
  .integer({ min: utcDay('1900-01-01'), max: utcDay('2199-12-31') })
  .map(utcDate);

/** A grain. */
export const grainArb: fc.Arbitrary<Grain> = fc.constantFrom('month', 'quarter', 'half', 'year');

/** A complete fiscal calendar with any start month and naming. */
export const fiscalArb: fc.Arbitrary<FiscalCalendar> = fc.record({
  startMonth: fc.integer({ min: 1, max: 12 }),
  naming: fc.constantFrom('end-year' as const, 'start-year' as const),
});

/** No calendar (calendar periods) or a fiscal calendar. */
export const calendarArb: fc.Arbitrary<FiscalCalendar | null> = fc.option(fiscalArb, {
  nil: null,
});

/** A non-empty half-open range of up to `maxDays` days starting between `from` and `to`. */
export function rangeArb(
  maxDays = 800,
  from = '1990-01-01',
  to = '2040-01-01',
): fc.Arbitrary<{ start: string; end: string }> {
  return fc
    .tuple(fc.integer({ min: utcDay(from), max: utcDay(to) }), fc.integer({ min: 1, max: maxDays }))
    .map(([start, length]) => ({ start: utcDate(start), end: utcDate(start + length) }));
}

/** A version: dates plus a name to tell versions apart. */
export interface TestVersion {
  name: string;
  effectiveFrom: string;
  effectiveTo?: string;
}

/**
 * Valid version histories around 2026, in shuffled order: distinct starts, some with an explicit
 * `effectiveTo` no later than the next start (leaving gaps), some open.
 */
export const versionsArb: fc.Arbitrary<TestVersion[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 7 })
  .map((offsets) => offsets.sort((a, b) => a - b))
  .chain((offsets) =>
    fc.tuple(
      fc.constant(offsets),
      fc.array(fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }), {
        minLength: offsets.length,
        maxLength: offsets.length,
      }),
    ),
  )
  .map(([offsets, lengths]) => {
    const base = utcDay('2026-01-01');
    return offsets.map((offset, i) => {
      const version: TestVersion = { name: `v${i}`, effectiveFrom: utcDate(base + offset) };
      const length = lengths[i];
      if (length !== undefined) {
        const next = offsets[i + 1];
        version.effectiveTo = utcDate(
          base + (next === undefined ? offset + length : Math.min(offset + length, next)),
        );
      }
      return version;
    });
  })
  .chain((versions) => fc.shuffledSubarray(versions, { minLength: versions.length }));

/**
 * The version in force on a day, straight from the definition: started on or before the day, and
 * neither ended (explicit `effectiveTo`) nor followed by a later version that has started.
 */
export function inForceOracle(versions: readonly TestVersion[], day: string): TestVersion | null {
  const candidates = versions.filter((v) => {
    if (v.effectiveFrom > day) return false;
    if (v.effectiveTo !== undefined && day >= v.effectiveTo) return false;
    return !versions.some((w) => w.effectiveFrom > v.effectiveFrom && w.effectiveFrom <= day);
  });
  expect(candidates.length).toBeLessThanOrEqual(1);
  return candidates[0] ?? null;
}

/** Each item with the one before it: `[[a, b], [b, c], …]`. */
export function neighbours<T>(items: readonly T[]): Array<[T, T]> {
  return items.slice(1).map((item, i) => [items[i] as T, item]);
}
