import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  IsoDate,
  isoDate,
} from '../../src/period';
import { dateArb, expectError, utcDay } from './_support';

describe('IsoDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(IsoDate.safeParse('2000-02-29').success).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-7-1',
    '26-07-01',
    '2026-07-01T00:00',
  ])('refuses %j with INVALID_DATE', (text) => {
    expectError(() => isoDate(text, ['order', 'date']), 'INVALID_DATE', ['order', 'date'], text);
    expect(IsoDate.safeParse(text).success).toBe(false);
  });

  it('does day arithmetic across month, year and leap boundaries', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dateOfDayNumber(19723)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });

  describe('properties', () => {
    it('day numbers agree with an independent calendar and round-trip', () => {
      fc.assert(
        fc.property(dateArb, fc.integer({ min: -1000, max: 1000 }), (date, n) => {
          expect(dayNumber(date)).toBe(utcDay(date));
          expect(dateOfDayNumber(dayNumber(date))).toBe(date);
          expect(daysBetween(date, addDays(date, n))).toBe(n);
        }),
      );
    });
  });
});
