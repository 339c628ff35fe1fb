import { describe, expect, it } from 'vitest';
import { Grain, monthsInGrain } from '../../src/period';
import { expectError } from './_support';

describe('Grain', () => {
  it('lists month, quarter, half and year with their months', () => {
    expect(Grain.options.map((grain) => [grain, monthsInGrain(grain)])).toEqual([
      ['month', 1],
      ['quarter', 3],
      ['half', 6],
      ['year', 12],
    ]);
  });

  it('refuses other grains', () => {
    expect(Grain.safeParse('week').success).toBe(false);
    expect(Grain.safeParse('Quarter').success).toBe(false);
    expectError(() => monthsInGrain('week' as 'month'), 'INVALID_INPUT', ['grain'], 'week');
    expectError(
      () => monthsInGrain('constructor' as 'month'),
      'INVALID_INPUT',
      ['grain'],
      'constructor',
    );
  });
});
