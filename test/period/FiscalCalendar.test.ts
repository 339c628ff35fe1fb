import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/errors';
import { FiscalCalendar, FiscalYearNaming, fiscalCalendar } from '../../src/period';
import { expectError } from './_support';

describe('FiscalCalendar', () => {
  it('defaults to a January start named by end year', () => {
    expect(FiscalCalendar.parse({})).toEqual({ startMonth: 1, naming: 'end-year' });
    expect(fiscalCalendar({})).toEqual({ startMonth: 1, naming: 'end-year' });
    expect(FiscalYearNaming.options).toEqual(['end-year', 'start-year']);
  });

  it('agrees with fiscalCalendar on every valid input', () => {
    for (let startMonth = 1; startMonth <= 12; startMonth += 1)
      for (const naming of FiscalYearNaming.options)
        expect(fiscalCalendar({ startMonth, naming })).toEqual(
          FiscalCalendar.parse({ startMonth, naming }),
        );
  });

  describe('bad input', () => {
    it.each([0, 13, 4.5, Number.NaN, '4'])('refuses the start month %j', (startMonth) => {
      expectError(
        () => fiscalCalendar({ startMonth: startMonth as number }, ['company', 'calendar']),
        'INVALID_INPUT',
        ['company', 'calendar', 'startMonth'],
        startMonth,
      );
      expect(safeParseWith(FiscalCalendar, { startMonth }).success).toBe(false);
    });

    it('refuses an unknown naming and a non-object', () => {
      expectError(
        () => fiscalCalendar({ naming: 'end' as 'end-year' }),
        'INVALID_INPUT',
        ['naming'],
        'end',
      );
      expectError(() => fiscalCalendar('april' as never), 'INVALID_INPUT', [], 'april');
    });
  });
});

describe('unknown keys (issue 13)', () => {
  it('a calendar with a key it does not have is refused, not read as January', () => {
    expect(() =>
      fiscalCalendar({ fiscalYearStartMonth: 4 } as never, ['plan', 'calendar']),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        path: ['plan', 'calendar', 'fiscalYearStartMonth'],
      }),
    );
    expect(FiscalCalendar.safeParse({ startMonth: 4, fiscalYearStartMonth: 4 }).success).toBe(
      false,
    );
  });
});
