import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateSubPeriods, safeAggregateSubPeriods } from '../../src/kpi';
import { Decimal } from '../../src/money';

const month = (period: string, value: string) => ({ period, value });
const q1 = [month('2026-01', '100'), month('2026-02', '90'), month('2026-03', '80')];

describe('aggregateSubPeriods', () => {
  it('sums, averages, takes the last and weighs by calendar days', () => {
    expect(aggregateSubPeriods(q1, 'sum')).toEqual({
      value: '270',
      trace: [
        { code: 'kpi.subperiods.sum', params: { values: '100, 90, 80', count: 3, value: '270' } },
      ],
    });
    expect(aggregateSubPeriods(q1, 'average').value).toBe('90');
    expect(aggregateSubPeriods([...q1].reverse(), 'last')).toEqual({
      value: '80',
      trace: [
        { code: 'kpi.subperiods.last', params: { period: '2026-03', count: 3, value: '80' } },
      ],
    });
    // 31 × 100 + 28 × 90 + 31 × 80 = 8100 over 90 days.
    expect(aggregateSubPeriods(q1, 'weighted-by-days')).toEqual({
      value: '90',
      trace: [
        {
          code: 'kpi.subperiods.weighted-by-days',
          params: { terms: '100 × 31 + 90 × 28 + 80 × 31', days: 90, value: '90' },
        },
      ],
    });
    // January (31 days) at 100, February (28) at 70: one division to 40 significant digits.
    const two = aggregateSubPeriods(
      [month('2026-01', '100'), month('2026-02', '70')],
      'weighted-by-days',
    );
    expect(two.value).toBe(new Decimal(5060).div(59).toDecimalPlaces(38).toFixed());
    expect(
      aggregateSubPeriods([month('2026-01', '1'), month('2026-02', '2')], 'average').value,
    ).toBe('1.5');
  });

  it('takes ranges as { start, end } and weighs a leap February by 29 days', () => {
    const ranges = [
      { period: { start: '2024-02-01', end: '2024-03-01' }, value: '10' },
      { period: { start: '2024-03-01', end: '2024-03-02' }, value: '40' },
    ];
    // (29 × 10 + 1 × 40) ÷ 30 = 11.
    expect(aggregateSubPeriods(ranges, 'weighted-by-days').value).toBe('11');
  });

  it.each([
    ['an empty list', [], 'sum', 'INVALID_INPUT', ['values']],
    ['an unknown rule', q1, 'median', 'INVALID_INPUT', ['rule']],
    [
      'overlapping sub-periods',
      [month('2026-Q1', '1'), month('2026-02', '1')],
      'sum',
      'INVALID_INPUT',
      ['values', 1, 'period'],
    ],
    [
      'a malformed period',
      [month('2026-13', '1')],
      'sum',
      'INVALID_PERIOD',
      ['values', 0, 'period'],
    ],
    [
      'a float value',
      [{ period: '2026-01', value: 0.1 }],
      'sum',
      'INVALID_AMOUNT',
      ['values', 0, 'value'],
    ],
    [
      'an empty range',
      [{ period: { start: '2026-01-01', end: '2026-01-01' }, value: '1' }],
      'weighted-by-days',
      'INVALID_INPUT',
      ['values', 0, 'period'],
    ],
  ])('%s is one CrmRulesError', (_, values, rule, code, path) => {
    const result = safeAggregateSubPeriods(values as never, rule as never);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([code, path]);
  });
});

describe('properties', () => {
  const months = fc
    .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 })
    .chain((ms) =>
      fc.tuple(
        fc.constant(ms),
        fc.array(fc.integer({ min: -10_000, max: 10_000 }), {
          minLength: ms.length,
          maxLength: ms.length,
        }),
      ),
    )
    .map(([ms, vs]) =>
      ms.map((m, i) =>
        month(
          `2026-${String(m).padStart(2, '0')}`,
          new Decimal(vs[i] as number).div(100).toFixed(),
        ),
      ),
    );

  it('the order of the sub-periods never changes the result, and the sum is exact', () => {
    fc.assert(
      fc.property(months, (values) => {
        const reversed = [...values].reverse();
        for (const rule of ['sum', 'average', 'last', 'weighted-by-days'] as const)
          expect(aggregateSubPeriods(reversed, rule)).toEqual(aggregateSubPeriods(values, rule));
        const sum = values.reduce((acc, v) => acc.plus(v.value), new Decimal(0));
        expect(aggregateSubPeriods(values, 'sum').value).toBe(sum.toFixed());
      }),
      { numRuns: 50 },
    );
  });

  it('an average and a day-weighted average lie between the lowest and the highest value', () => {
    fc.assert(
      fc.property(months, (values) => {
        const numbers = values.map((v) => new Decimal(v.value));
        for (const rule of ['average', 'weighted-by-days'] as const) {
          const value = new Decimal(aggregateSubPeriods(values, rule).value);
          expect(value.gte(Decimal.min(...numbers)) && value.lte(Decimal.max(...numbers))).toBe(
            true,
          );
        }
      }),
      { numRuns: 50 },
    );
  });
});
