import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cascadeTarget, safeCascadeTarget } from '../../src/kpi';
import { money } from '../../src/money';
import { thrown } from '../_support/money';

const amounts = (targets: Record<string, { amount: { toFixed(n: number): string } }>) =>
  Object.fromEntries(Object.entries(targets).map(([id, t]) => [id, t.amount.toFixed(2)]));

describe('cascadeTarget', () => {
  it('cascades a team target to members by share, exactly', () => {
    expect(
      amounts(cascadeTarget(money('500000', 'CNY'), { wang: '50', li: '30', zhao: '20' })),
    ).toEqual({
      li: '150000.00',
      wang: '250000.00',
      zhao: '100000.00',
    });
  });

  it('gives a tied leftover cent to the smaller id, whatever the key order', () => {
    expect(amounts(cascadeTarget(money('0.01', 'USD'), { b: '1', a: '1' }))).toEqual({
      a: '0.01',
      b: '0.00',
    });
  });

  it('names the member whose share is bad', () => {
    expect(thrown(() => cascadeTarget(money('1', 'USD'), { li: '1', wang: 'x' }))).toMatchObject({
      code: 'INVALID_AMOUNT',
      path: ['shares', 'wang'],
    });
    expect(thrown(() => cascadeTarget(money('1', 'USD'), {}))).toMatchObject({
      code: 'INVALID_ALLOCATION',
      path: ['shares'],
    });
    expect(thrown(() => cascadeTarget(money('1', 'USD'), [] as never))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['shares'],
    });
    expect(safeCascadeTarget(money('-5', 'USD'), { a: '1' })).toMatchObject({
      success: false,
      error: { path: ['teamTarget'] },
    });
  });
});

describe('properties', () => {
  const shares = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 4 }),
    fc.integer({ min: 1, max: 100 }).map(String),
    { minKeys: 1, maxKeys: 8 },
  );

  it('adds up to the team target and ignores the order of the members', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), shares, (cents, byId) => {
        const team = money((cents / 100).toFixed(2), 'USD');
        const forward = amounts(cascadeTarget(team, byId));
        const reversed = amounts(
          cascadeTarget(team, Object.fromEntries(Object.entries(byId).reverse())),
        );
        expect(reversed).toEqual(forward);
        const total = Object.values(forward).reduce(
          (sum, a) => sum + Math.round(Number(a) * 100),
          0,
        );
        expect(total).toBe(cents);
      }),
    );
  });
});
