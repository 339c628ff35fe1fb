import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/errors';
import { DateRange, dateRange, inRange } from '../../src/period';
import { expectError } from './_support';

describe('DateRange', () => {
  it('accepts ordered and empty ranges', () => {
    expect(dateRange('2026-01-01', '2026-04-01')).toEqual({
      start: '2026-01-01',
      end: '2026-04-01',
    });
    expect(DateRange.parse({ start: '2026-01-01', end: '2026-01-01' })).toEqual({
      start: '2026-01-01',
      end: '2026-01-01',
    });
  });

  it('refuses reversed ranges and invalid dates', () => {
    expectError(
      () => dateRange('2026-04-01', '2026-01-01', ['range']),
      'INVALID_DATE_RANGE',
      ['range', 'end'],
      {
        start: '2026-04-01',
        end: '2026-01-01',
      },
    );
    expectError(
      () => dateRange('2026-02-30', '2026-04-01'),
      'INVALID_DATE',
      ['start'],
      '2026-02-30',
    );
    const result = safeParseWith(DateRange, { start: '2026-04-01', end: '2026-01-01' });
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_DATE_RANGE',
      ['end'],
    ]);
  });

  it('treats the end as exclusive', () => {
    const july = { start: '2026-07-01', end: '2026-08-01' };
    expect([
      inRange(july, '2026-07-01'),
      inRange(july, '2026-07-31'),
      inRange(july, '2026-08-01'),
    ]).toEqual([true, true, false]);
  });
});
