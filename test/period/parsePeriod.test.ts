import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPeriod,
  type Period,
  parsePeriod,
  periodOf,
  safeParsePeriod,
} from '../../src/period';
import { calendarArb, dateArb, expectError, fiscalArb, grainArb } from './_support';

const APRIL = { startMonth: 4 } as const;

describe('parsePeriod', () => {
  it.each([
    ['2026-07', 'month', '2026-07-01', '2026-08-01'],
    ['2026-12', 'month', '2026-12-01', '2027-01-01'],
    ['2026-Q1', 'quarter', '2026-01-01', '2026-04-01'],
    ['2026-Q3', 'quarter', '2026-07-01', '2026-10-01'],
    ['2026-Q4', 'quarter', '2026-10-01', '2027-01-01'],
    ['2026-H1', 'half', '2026-01-01', '2026-07-01'],
    ['2026-H2', 'half', '2026-07-01', '2027-01-01'],
    ['2026', 'year', '2026-01-01', '2027-01-01'],
  ] as const)('reads the calendar label %s', (label, grain, start, end) => {
    expect(parsePeriod(label)).toEqual({ grain, label, start, end, fiscal: null });
  });

  it('reads FY labels with the default calendar: January start, named by end year', () => {
    const fiscal = { startMonth: 1, naming: 'end-year' };
    expect(parsePeriod('FY2026')).toEqual({
      grain: 'year',
      label: 'FY2026',
      start: '2026-01-01',
      end: '2027-01-01',
      fiscal,
    });
    expect(parsePeriod('FY2026-H2')).toMatchObject({ start: '2026-07-01', end: '2027-01-01' });
  });

  // The brief's example: a fiscal year starting in April, named after the year it ends in.
  it('reads an April fiscal year named by end year: FY2027 = 2026-04-01 … 2027-03-31', () => {
    expect(parsePeriod('FY2027', APRIL)).toEqual({
      grain: 'year',
      label: 'FY2027',
      start: '2026-04-01',
      end: '2027-04-01',
      fiscal: { startMonth: 4, naming: 'end-year' },
    });
    expect(parsePeriod('FY2027-Q1', APRIL)).toMatchObject({
      start: '2026-04-01',
      end: '2026-07-01',
    });
    expect(parsePeriod('FY2027-Q4', APRIL)).toMatchObject({
      start: '2027-01-01',
      end: '2027-04-01',
    });
    expect(parsePeriod('FY2027-H2', APRIL)).toMatchObject({
      start: '2026-10-01',
      end: '2027-04-01',
    });
  });

  // Japan's fiscal year (会計年度, Public Finance Act art. 11) runs 1 April – 31 March and is
  // named after the year it starts in: 2026年度 is 2026-04-01 … 2027-03-31.
  it('reads a Japanese fiscal year, named by start year', () => {
    const japan = { startMonth: 4, naming: 'start-year' } as const;
    expect(parsePeriod('FY2026', japan)).toMatchObject({ start: '2026-04-01', end: '2027-04-01' });
    expect(parsePeriod('FY2026-Q4', japan)).toMatchObject({
      start: '2027-01-01',
      end: '2027-04-01',
    });
  });

  // The US federal fiscal year (31 U.S.C. § 1102) runs 1 October – 30 September and is named
  // after the year it ends in: FY2026 is 2025-10-01 … 2026-09-30.
  it('reads the US federal fiscal year', () => {
    const us = { startMonth: 10 };
    expect(parsePeriod('FY2026', us)).toMatchObject({ start: '2025-10-01', end: '2026-10-01' });
    expect(parsePeriod('FY2026-Q1', us)).toMatchObject({ start: '2025-10-01', end: '2026-01-01' });
    expect(parsePeriod('FY2026-H2', us)).toMatchObject({ start: '2026-04-01', end: '2026-10-01' });
  });

  it('reads calendar labels as calendar periods whatever the calendar', () => {
    expect(parsePeriod('2026-Q1', APRIL)).toEqual(parsePeriod('2026-Q1'));
    expect(parsePeriod('2026-07', APRIL).fiscal).toBeNull();
  });

  it('reads the earliest and latest representable periods', () => {
    expect(parsePeriod('0000-01')).toMatchObject({ start: '0000-01-01', end: '0000-02-01' });
    expect(parsePeriod('9999-11')).toMatchObject({ start: '9999-11-01', end: '9999-12-01' });
  });

  it('returns a SafeResult from safeParsePeriod', () => {
    expect(safeParsePeriod('2026-Q3')).toEqual({ success: true, data: parsePeriod('2026-Q3') });
    const result = safeParsePeriod('2026-Q5', null, ['plan', 'period']);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_PERIOD');
      expect(result.error.path).toEqual(['plan', 'period']);
      expect(result.error.value).toBe('2026-Q5');
    }
  });

  describe('bad input', () => {
    it.each([
      '2026-Q5',
      '2026-Q0',
      '2026-13',
      '2026-00',
      'FY26',
      '2026-H3',
      '2026-H0',
      '',
      '2026-7',
      '26',
      '2026-q3',
      'fy2026',
      'FY2026-07',
      'FY2026-Q5',
      ' 2026',
      '2026-Q3 ',
      '2026-07-01',
      '20260',
      '2026-W01',
      'FY-2026',
    ])('refuses %j with INVALID_PERIOD, its path and value', (label) => {
      expectError(
        () => parsePeriod(label, null, ['targets', 2, 'period']),
        'INVALID_PERIOD',
        ['targets', 2, 'period'],
        label,
      );
    });

    it.each([null, undefined, 2026, { label: '2026' }])('refuses the non-string %j', (label) => {
      expectError(() => parsePeriod(label), 'INVALID_PERIOD', [], label);
    });

    it('refuses periods whose end cannot be written as a date', () => {
      expectError(() => parsePeriod('9999'), 'INVALID_PERIOD', [], '9999');
      expectError(() => parsePeriod('9999-12'), 'INVALID_PERIOD', [], '9999-12');
      expectError(() => parsePeriod('FY0000', APRIL), 'INVALID_PERIOD', [], 'FY0000');
    });

    it('refuses a malformed calendar with INVALID_INPUT', () => {
      expectError(
        () => parsePeriod('FY2026', { startMonth: 13 }),
        'INVALID_INPUT',
        ['calendar', 'startMonth'],
        13,
      );
      expectError(
        () => parsePeriod('FY2026', { naming: 'middle' as 'end-year' }),
        'INVALID_INPUT',
        ['calendar', 'naming'],
        'middle',
      );
    });
  });

  describe('properties', () => {
    const periodArb: fc.Arbitrary<Period> = fc
      .tuple(dateArb, grainArb, calendarArb)
      .map(([date, grain, calendar]) => periodOf(date, grain, calendar));

    it('parse(format(p)) = p', () => {
      fc.assert(
        fc.property(periodArb, (period) => {
          expect(parsePeriod(formatPeriod(period), period.fiscal)).toEqual(period);
        }),
      );
    });

    it('format(parse(label)) = label for every well-formed label', () => {
      const year = fc.integer({ min: 1000, max: 9998 }).map(String);
      const label = fc.oneof(
        year,
        fc
          .tuple(year, fc.integer({ min: 1, max: 12 }))
          .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
        fc
          .tuple(
            fc.constantFrom('', 'FY'),
            year,
            fc.constantFrom('', '-Q1', '-Q2', '-Q3', '-Q4', '-H1', '-H2'),
          )
          .map(([fy, y, suffix]) => `${fy}${y}${suffix}`),
      );
      fc.assert(
        fc.property(label, fiscalArb, (text, calendar) => {
          const period = parsePeriod(text, calendar);
          expect(formatPeriod(period)).toBe(text);
          expect(period.label).toBe(text);
        }),
      );
    });

    it('names a fiscal year after the calendar year of its last day (end-year) or first day (start-year)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1000, max: 9000 }), fiscalArb, (year, calendar) => {
          const period = parsePeriod(`FY${year}`, calendar);
          const lastDayYear =
            Number(period.end.slice(0, 4)) - (period.end.slice(5) === '01-01' ? 1 : 0);
          const named =
            calendar.naming === 'end-year' ? lastDayYear : Number(period.start.slice(0, 4));
          expect(named).toBe(year);
          expect(Number(period.start.slice(5, 7))).toBe(calendar.startMonth);
        }),
      );
    });
  });
});
