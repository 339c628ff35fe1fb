import { describe, expect, it } from 'vitest';
import { parseWith, safeParseWith } from '../../src/errors';
import { Period, parsePeriod } from '../../src/period';

describe('Period (schema)', () => {
  it('accepts what parsePeriod returns, and survives a JSON round trip', () => {
    for (const label of [
      '2026-07',
      '2026-Q3',
      '2026-H2',
      '2026',
      'FY2026',
      'FY2026-Q1',
      'FY2026-H2',
    ]) {
      const period = parsePeriod(label, { startMonth: 11 });
      expect(Period.parse(JSON.parse(JSON.stringify(period)))).toEqual(period);
    }
  });

  it('fills in the defaults of a fiscal calendar', () => {
    const json = {
      grain: 'year',
      label: 'FY2026',
      start: '2026-01-01',
      end: '2027-01-01',
      fiscal: {},
    };
    expect(Period.parse(json).fiscal).toEqual({ startMonth: 1, naming: 'end-year' });
  });

  describe('bad input', () => {
    const q3 = {
      grain: 'quarter',
      label: '2026-Q3',
      start: '2026-07-01',
      end: '2026-10-01',
      fiscal: null,
    };

    it.each([
      [
        'a start that is not the first day of a quarter',
        { start: '2026-08-01', end: '2026-11-01' },
        'start',
        '2026-08-01',
      ],
      ['a start in the middle of a month', { start: '2026-07-02' }, 'start', '2026-07-02'],
      ['a wrong end', { end: '2026-09-30' }, 'end', '2026-09-30'],
      ['a wrong label', { label: '2026-Q2' }, 'label', '2026-Q2'],
      ['a fiscal label on a calendar quarter', { label: 'FY2026-Q3' }, 'label', 'FY2026-Q3'],
      [
        'a fiscal month',
        { grain: 'month', label: '2026-07', end: '2026-08-01', fiscal: { startMonth: 4 } },
        'fiscal',
        { startMonth: 4, naming: 'end-year' },
      ],
    ])('refuses %s with INVALID_PERIOD', (_, change, field, value) => {
      const result = safeParseWith(Period, { ...q3, ...change }, { path: ['period'] });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe('INVALID_PERIOD');
        expect(result.error.path).toEqual(['period', field]);
        expect(result.error.value).toEqual(value);
      }
    });

    it('reports malformed fields as zod issues', () => {
      const error = (() => {
        try {
          parseWith(Period, { ...q3, start: '2026-02-30' });
        } catch (e) {
          return e as { code: string; path: unknown };
        }
        return null;
      })();
      expect(error).toMatchObject({ code: 'INVALID_DATE', path: ['start'] });
      expect(safeParseWith(Period, { ...q3, grain: 'week' }).success).toBe(false);
    });
  });
});
