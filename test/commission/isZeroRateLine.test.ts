import { describe, expect, it } from 'vitest';
import { computeStatements, isZeroRateLine, safeIsZeroRateLine } from '../../src/commission';
import { assign, flat, invoice, plan, tiers } from './fixtures';

describe('isZeroRateLine (issue 14: commission-free lines can be left out of a rendered statement)', () => {
  const line = {
    amount: '0.00',
    rate: null,
    slices: null,
  } as unknown as Parameters<typeof isZeroRateLine>[0];
  it.each([
    ['a none rate', { rate: { row: null, kind: 'none', value: null, noMatch: 'x' } }, true],
    ['a 0 % rate', { rate: { row: 'r', kind: 'rate', value: '0', noMatch: null } }, true],
    ['slices all at 0 %', { slices: [{ rate: '0' }, { rate: '0.000' }] }, true],
    ['a paying slice', { amount: '1.00', slices: [{ rate: '0' }, { rate: '0.01' }] }, false],
    [
      'a 4 % rate capped to zero',
      { rate: { row: null, kind: 'rate', value: '0.04', noMatch: null } },
      false,
    ],
    ['a zero line without a rate (a clawback netting to zero)', {}, false],
    [
      'a none rate with a non-zero amount',
      { amount: '5.00', rate: { row: null, kind: 'none', value: null, noMatch: null } },
      false,
    ],
  ])('isZeroRateLine: %s → %s', (_, fields, expected) => {
    expect(isZeroRateLine({ ...line, ...fields } as typeof line)).toBe(expected);
  });

  it('on a computed statement: a 0 % component and volume below the first paying tier', () => {
    const statements = computeStatements({
      period: '2026-03',
      plans: [
        plan({
          components: [
            flat('0.04'),
            flat('0', 'launch'),
            tiers('marginal', 'line', [
              ['0', '1000', '0'],
              ['1000', null, '0.05'],
            ]),
          ],
        }),
      ],
      assignments: [assign('AM-7')],
      invoices: [
        invoice('I-1', 'AM-7', '2026-03-02', '500.00', {
          lines: [{ lineId: 'L-1', amount: '500.00' }],
        }),
      ],
    });
    const lines = statements[0]?.lines ?? [];
    expect(lines.map((line) => [line.component, isZeroRateLine(line)])).toEqual([
      ['base', false],
      ['launch', true],
      ['tiers', true],
    ]);
  });
});

describe('isZeroRateLine on values that are not statement lines', () => {
  it.each([
    ['null', null, []],
    ['an amount that is a number', { amount: 0, rate: null, slices: null }, ['amount']],
    ['a rate that is a string', { amount: '0.00', rate: 'none', slices: null }, ['rate']],
    ['slices that are not an array', { amount: '0.00', rate: null, slices: {} }, ['slices']],
    ['a slice without a rate', { amount: '0.00', rate: null, slices: [{}] }, ['slices', 0, 'rate']],
  ])('%s → INVALID_INPUT with its path', (_, value, path) => {
    const result = safeIsZeroRateLine(value as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.path).toEqual(['line', ...path]);
    }
  });
});
