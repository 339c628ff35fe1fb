import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, money, RoundingPolicy, round, roundDecimal, subtract } from '../../src/money';
import { decimalText, thrown } from '../_support/money';

const at = (amount: string, currency: string, policy = {}) =>
  round(money(amount, currency), policy).amount.toString();

describe('round', () => {
  it('rounds half-up (四舍五入) to the minor unit by default, away from zero for negatives', () => {
    expect(at('2.345', 'USD')).toBe('2.35');
    expect(at('-2.345', 'USD')).toBe('-2.35');
    expect(at('2.344', 'USD')).toBe('2.34');
    expect(at('1234.5', 'JPY')).toBe('1235');
    expect(at('1.0005', 'KWD')).toBe('1.001');
  });

  it('implements every named mode', () => {
    const cases: Array<[string, string, string]> = [
      // mode, input, expected at 0 places
      ['half-up', '2.5', '3'],
      ['half-up', '-2.5', '-3'],
      ['half-even', '2.5', '2'],
      ['half-even', '3.5', '4'],
      ['half-even', '-2.5', '-2'],
      ['half-down', '2.5', '2'],
      ['half-down', '2.51', '3'],
      ['down', '2.9', '2'],
      ['down', '-2.9', '-2'],
      ['up', '2.1', '3'],
      ['up', '-2.1', '-3'],
      ['ceiling', '-2.1', '-2'],
      ['ceiling', '2.1', '3'],
      ['floor', '2.9', '2'],
      ['floor', '-2.1', '-3'],
    ];
    for (const [mode, input, expected] of cases) {
      expect(`${mode} ${input} → ${at(input, 'JPY', { mode })}`).toBe(
        `${mode} ${input} → ${expected}`,
      );
    }
  });

  it('rounds to another scale or a cash increment when the policy says so', () => {
    expect(at('2.3456', 'USD', { scale: 3 })).toBe('2.346');
    expect(at('1.23', 'CHF', { increment: '0.05' })).toBe('1.25');
    expect(at('1.22', 'CHF', { increment: '0.05' })).toBe('1.2');
    expect(at('1234', 'JPY', { increment: '10', mode: 'down' })).toBe('1230');
  });

  it('parses a rounding policy with half-up as the default', () => {
    expect(RoundingPolicy.parse({})).toEqual({ mode: 'half-up' });
    expect(thrown(() => round(money('1', 'USD'), { mode: 'bankers' as 'half-up' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(thrown(() => round(money('1', 'USD'), { increment: '0' })).code).toBe('INVALID_INPUT');
  });

  it('refuses a policy outside its bounds, saying why, at ["policy"]', () => {
    const refused = (policy: object) => thrown(() => round(money('1', 'USD'), policy));
    for (const scale of [-1, 1.5])
      expect(refused({ scale })).toMatchObject({ code: 'INVALID_INPUT', path: ['policy'] });
    expect(at('1.23456789', 'USD', { scale: 20 })).toBe('1.23456789');
    expect(at('1.5', 'USD', { scale: 0 })).toBe('2');
    expect(refused({ increment: '-0.05' })).toMatchObject({
      code: 'INVALID_INPUT',
      value: { increment: '-0.05' },
      message: expect.stringContaining('increment must be positive'),
    });
    expect(roundDecimal(new Decimal('2.5'), 0).toString()).toBe('3');
    expect(roundDecimal(new Decimal('-2.25'), 1).toString()).toBe('-2.3');
  });

  describe('properties', () => {
    const amount = decimalText({ scale: 6 });
    const mode = fc.constantFrom(...RoundingPolicy.shape.mode.def.innerType.options);

    it('every mode lands within one minor unit, and the half modes within half a unit', () => {
      fc.assert(
        fc.property(amount, mode, (text, name) => {
          const value = money(text, 'USD');
          const drift = subtract(round(value, { mode: name }), value).amount.abs();
          expect(drift.lt('0.01')).toBe(true);
          if (name.startsWith('half')) expect(drift.lte('0.005')).toBe(true);
        }),
      );
    });

    it('rounding is idempotent and leaves amounts already at the scale alone', () => {
      fc.assert(
        fc.property(amount, mode, (text, name) => {
          const once = round(money(text, 'USD'), { mode: name });
          expect(round(once, { mode: name }).amount.eq(once.amount)).toBe(true);
          expect(once.amount.decimalPlaces()).toBeLessThanOrEqual(2);
        }),
      );
    });

    it('half-up is symmetric around zero', () => {
      fc.assert(
        fc.property(amount, (text) => {
          const value = new Decimal(text);
          expect(roundDecimal(value.neg(), 2).eq(roundDecimal(value, 2).neg())).toBe(true);
        }),
      );
    });
  });
});
