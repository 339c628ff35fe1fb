import { describe, expect, it } from 'vitest';
import { formatPeriod, type Period, parsePeriod } from '../../src/period';
import { expectError } from './_support';

describe('formatPeriod', () => {
  it.each(['2026-07', '2026-Q3', '2026-H2', '2026', 'FY2026', 'FY2026-Q1', 'FY2026-H2'])(
    'writes %s back as it was read',
    (label) => {
      expect(formatPeriod(parsePeriod(label, { startMonth: 7 }))).toBe(label);
    },
  );

  it('works the label out from the fields, not from the label field', () => {
    const q3 = parsePeriod('2026-Q3');
    expect(formatPeriod({ ...q3, label: 'anything' })).toBe('2026-Q3');
    const fiscal: Period = {
      grain: 'half',
      label: '',
      start: '2026-10-01',
      end: '2027-04-01',
      fiscal: { startMonth: 4, naming: 'end-year' },
    };
    expect(formatPeriod(fiscal)).toBe('FY2027-H2');
    expect(formatPeriod({ ...fiscal, fiscal: { startMonth: 4, naming: 'start-year' } })).toBe(
      'FY2026-H2',
    );
  });

  it('pads years to four digits', () => {
    expect(formatPeriod(parsePeriod('0987-03'))).toBe('0987-03');
    expect(formatPeriod(parsePeriod('FY0042-Q2', { startMonth: 2 }))).toBe('FY0042-Q2');
  });

  describe('bad input', () => {
    it('refuses fields that are not a period of their grain', () => {
      const q1 = parsePeriod('2026-Q1');
      expectError(
        () => formatPeriod({ ...q1, start: '2026-02-01', end: '2026-05-01' }),
        'INVALID_PERIOD',
        ['period', 'start'],
        '2026-02-01',
      );
      expectError(() => formatPeriod({ ...q1, start: '2026-01-02' }), 'INVALID_PERIOD', [
        'period',
        'start',
      ]);
      expectError(
        () => formatPeriod({ ...q1, end: '2026-03-31' }),
        'INVALID_PERIOD',
        ['period', 'end'],
        '2026-03-31',
      );
      expectError(
        () =>
          formatPeriod({
            ...parsePeriod('2026-07'),
            fiscal: { startMonth: 4, naming: 'end-year' },
          }),
        'INVALID_PERIOD',
        ['period', 'fiscal'],
      );
      expectError(
        () => formatPeriod({ ...q1, grain: 'week' as 'month' }),
        'INVALID_INPUT',
        ['period', 'grain'],
        'week',
      );
    });
  });
});
